#include "receivelogview.h"
