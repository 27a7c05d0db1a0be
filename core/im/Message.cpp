#include "im/Message.h"
