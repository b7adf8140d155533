// Decides whether a request may reach a handler: blocked client hosts,
// crawlers, methods the service accepts.
#pragma once
#include <string>

namespace service {

bool isBlockedHost(const std::string &host);
bool isCrawler(const std::string &userAgent);
bool isAllowedMethod(const std::string &method);

} // namespace service
