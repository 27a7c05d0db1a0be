#include "im/Archive.h"
