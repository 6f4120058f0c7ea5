#include "sessionworkspace.h"
