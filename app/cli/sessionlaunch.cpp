#include "sessionlaunch.h"
