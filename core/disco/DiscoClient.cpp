#include "disco/DiscoClient.h"
