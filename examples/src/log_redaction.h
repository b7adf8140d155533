// Redacts secrets (tokens, card numbers, e-mail addresses) from log lines.
#pragma once
#include <string>

namespace service {

std::string redact(std::string line);

} // namespace service
