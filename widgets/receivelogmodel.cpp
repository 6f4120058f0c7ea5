#include "receivelogmodel.h"
