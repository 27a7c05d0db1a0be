#include "im/MessageStyling.h"
