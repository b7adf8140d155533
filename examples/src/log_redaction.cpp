#include "log_redaction.h"

namespace service {

std::string redact(std::string line) { return line; }

} // namespace service
