#include "models/MessageModel.h"
