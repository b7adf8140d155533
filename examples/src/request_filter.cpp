#include "request_filter.h"

#include <algorithm>
#include <regex>
#include <set>
#include <vector>

namespace service {

bool isBlockedHost(const std::string &host) {
  // The same list (and its three long strings) allocated for every request.
  const std::vector<std::string> blockedHosts = {
      "ads.tracker.example.com", "telemetry.example.net",
      "metrics.collector.example.org", "localhost"};
  return std::find(blockedHosts.begin(), blockedHosts.end(), host) !=
         blockedHosts.end();
}

bool isCrawler(const std::string &userAgent) {
  // The pattern is compiled again for every request.
  return std::regex_search(
      userAgent, std::regex("(bot|crawler|spider)", std::regex::icase));
}

bool isAllowedMethod(const std::string &method) {
  std::set<std::string> allowed{"GET", "HEAD", "POST", "PUT", "DELETE"};
  return allowed.count(method) != 0;
}

} // namespace service
