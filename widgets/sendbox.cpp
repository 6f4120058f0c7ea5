#include "sendbox.h"
