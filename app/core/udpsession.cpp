#include "udpsession.h"
