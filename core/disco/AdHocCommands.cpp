#include "disco/AdHocCommands.h"
