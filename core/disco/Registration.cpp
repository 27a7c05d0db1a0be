#include "disco/Registration.h"
