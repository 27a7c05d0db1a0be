#include "im/ChatStateNotifier.h"
