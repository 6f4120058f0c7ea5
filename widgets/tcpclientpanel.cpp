#include "tcpclientpanel.h"
