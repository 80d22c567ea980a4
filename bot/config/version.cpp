#include "bot/config/version.h"

namespace lenbot {

const char* version() { return LENBOT_VERSION; }

}  // namespace lenbot
