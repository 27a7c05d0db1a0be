// One libFuzzer harness: LINNET_FUZZ_TARGET names its body in FuzzTargets.h.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Linnet::Fuzz::initialize(argc, argv, qEnvironmentVariableIsEmpty("LINNET_FUZZ_VERBOSE"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Linnet::Fuzz::LINNET_FUZZ_TARGET(data, size);
    return 0;
}
