#include "countersbar.h"
