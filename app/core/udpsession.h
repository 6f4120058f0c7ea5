#pragma once

#include "session.h"
