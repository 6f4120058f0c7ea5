#include "tcpserversession.h"
