#include "stdinreader.h"
