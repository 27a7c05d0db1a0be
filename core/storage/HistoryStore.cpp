#include "storage/HistoryStore.h"
