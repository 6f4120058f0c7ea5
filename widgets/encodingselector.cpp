#include "encodingselector.h"
