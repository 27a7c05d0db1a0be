#include "disco/ServiceCatalogue.h"
