// lgsp-console: desktop administration console for LGSP instances.
#include "application.h"

int main(int argc, char *argv[])
{
    return lgsp::app::runConsole(argc, argv);
}
