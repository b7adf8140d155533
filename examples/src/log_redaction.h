// Redacts secrets (tokens, card numbers, e-mail addresses) from log lines.
#pragma once
#include <string>
#include <string_view>

namespace service {

std::string redact(std::string line);

/// True for a GET or HEAD request line ("GET /index.html HTTP/1.1").
bool isReadOnlyRequest(const std::string &requestLine);

/// True when \p text holds something redact() would hide.
bool mentionsSecret(std::string_view text);

} // namespace service
