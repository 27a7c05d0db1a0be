#include "models/ConversationListModel.h"
