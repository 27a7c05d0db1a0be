#include "im/Carbons.h"
