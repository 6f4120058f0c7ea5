#include "ipcalc.h"
