#include "im/ChatManager.h"
