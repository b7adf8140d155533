// log-router: counts the lines of a service log per service and per endpoint, the way a log
// shipper's routing stage does. The log is generated (deterministically, from a seed), so a run
// needs no input file: `log-router --generated-lines=100000` routes 100000 lines and prints the
// counts.
//
// It is written the easy way, with the allocations AllocHunt finds: some on the path every line
// takes, some on the path a rare line takes, some in the option parsing that runs once.
// docs/measure.md profiles it with DHAT, ranks the findings by the allocations they cause and
// fixes the ones that matter.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct ServiceStats {
  std::size_t lines = 0;
  std::size_t errors = 0;
  std::size_t noise = 0;
};

// One line: `<sequence> <service> <level> <path> <message>`.
struct LogLine {
  std::string_view service;
  std::string_view level;
  std::string_view path;
  std::string_view message;
};

std::string_view nextField(std::string_view &rest) {
  const auto space = rest.find(' ');
  const std::string_view field = rest.substr(0, space);
  rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  return field;
}

LogLine parseLine(std::string_view line) {
  LogLine parsed;
  nextField(line); // the sequence number
  parsed.service = nextField(line);
  parsed.level = nextField(line);
  parsed.path = nextField(line);
  parsed.message = line;
  return parsed;
}

// Messages that say everything is fine: counted, not routed further.
bool isNoise(std::string_view message) {
  const std::vector<std::string> noise = {"health check passed", "connection pool refreshed"};
  return std::find(noise.begin(), noise.end(), message) != noise.end();
}

// A service name the router does not know is reported only if it looks like one.
bool looksLikeServiceName(std::string_view name) {
  return std::regex_match(name.begin(), name.end(), std::regex("[a-z]+(-[a-z]+)*"));
}

class Router {
public:
  explicit Router(const std::vector<std::string> &services) {
    for (const std::string &service : services)
      stats_.emplace(service, ServiceStats());
  }

  void route(std::string_view line) {
    const LogLine parsed = parseLine(line);
    auto it = stats_.find(std::string(parsed.service));
    if (it == stats_.end()) {
      if (looksLikeServiceName(parsed.service))
        ++unknown_services_;
      else
        ++malformed_;
      return;
    }
    ServiceStats &stats = it->second;
    ++stats.lines;
    if (parsed.level == "ERROR")
      ++stats.errors;
    if (isNoise(parsed.message)) {
      ++stats.noise;
      return;
    }
    std::string endpoint(parsed.service);
    endpoint += ':';
    endpoint += parsed.path;
    countEndpoint(endpoint.c_str());
  }

  // The counts of one service, for --only-service=NAME.
  void print(std::string_view service) const {
    auto it = stats_.find(std::string(service));
    if (it == stats_.end()) {
      std::printf("%.*s: no lines\n", static_cast<int>(service.size()), service.data());
      return;
    }
    std::printf("%-22s %8zu lines %7zu errors %7zu noise\n", it->first.c_str(), it->second.lines,
                it->second.errors, it->second.noise);
  }

  void print() const {
    for (const auto &[service, stats] : stats_)
      std::printf("%-22s %8zu lines %7zu errors %7zu noise\n", service.c_str(), stats.lines,
                  stats.errors, stats.noise);
    for (const auto &[endpoint, count] : endpoints_)
      std::printf("%-40s %8zu\n", endpoint.c_str(), count);
    std::printf("unknown services: %zu, malformed lines: %zu\n", unknown_services_, malformed_);
  }

private:
  void countEndpoint(const std::string &endpoint) {
    auto it = endpoints_.find(endpoint);
    if (it == endpoints_.end())
      endpoints_.emplace(endpoint, 1);
    else
      ++it->second;
  }

  std::map<std::string, ServiceStats, std::less<>> stats_;
  std::map<std::string, std::size_t, std::less<>> endpoints_;
  std::size_t unknown_services_ = 0;
  std::size_t malformed_ = 0;
};

// The generated log: a fixed mix of services, levels, paths and messages, and every 1000th line
// from a service the router does not know.
class LogGenerator {
public:
  explicit LogGenerator(std::uint64_t seed) : state_(seed) {}

  void next(std::string &line) {
    static constexpr std::string_view Services[] = {
        "payments-gateway-eu", "inventory-service-us", "checkout-frontend-ap",
        "shipping-quotes-eu", "identity-provider-us"};
    static constexpr std::string_view Levels[] = {"INFO", "INFO", "INFO", "WARN", "ERROR"};
    static constexpr std::string_view Paths[] = {"/api/v1/charge", "/api/v1/stock", "/cart",
                                                 "/api/v2/quote", "/login", "/health"};
    static constexpr std::string_view Messages[] = {
        "health check passed", "request served", "connection pool refreshed",
        "upstream timed out after 3 retries", "cache miss for key"};
    ++sequence_;
    line.clear();
    line += std::to_string(sequence_);
    line += ' ';
    line += sequence_ % 1000 == 0 ? std::string_view("recommendation-engine")
                                  : Services[random() % std::size(Services)];
    line += ' ';
    line += Levels[random() % std::size(Levels)];
    line += ' ';
    line += Paths[random() % std::size(Paths)];
    line += ' ';
    line += Messages[random() % std::size(Messages)];
  }

private:
  std::uint64_t random() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 33;
  }

  std::uint64_t state_;
  std::uint64_t sequence_ = 0;
};

struct Options {
  long lines = 1000;
  std::uint64_t seed = 1;
  std::string_view only_service; // empty: every service
};

[[noreturn]] void usage(const char *error) {
  std::fprintf(stderr,
               "log-router: %s\n"
               "usage: log-router [--generated-lines=N] [--generator-seed=N]"
               " [--only-service=NAME]\n",
               error);
  std::exit(2);
}

Options parseOptions(int argc, char **argv) {
  const std::map<std::string, int, std::less<>> names = {
      {"--generated-lines", 0}, {"--generator-seed", 1}, {"--only-service", 2}};
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto equals = arg.find('=');
    if (equals == std::string_view::npos)
      usage("options are --name=value");
    auto name = names.find(std::string(arg.substr(0, equals)));
    if (name == names.end())
      usage("unknown option");
    const char *value = argv[i] + equals + 1;
    if (name->second == 0)
      options.lines = std::strtol(value, nullptr, 10);
    else if (name->second == 1)
      options.seed = std::strtoull(value, nullptr, 10);
    else
      options.only_service = value;
  }
  return options;
}

} // namespace

int main(int argc, char **argv) {
  const Options options = parseOptions(argc, argv);
  Router router({"payments-gateway-eu", "inventory-service-us", "checkout-frontend-ap",
                 "shipping-quotes-eu", "identity-provider-us"});
  LogGenerator generator(options.seed);
  std::string line;
  for (long i = 0; i < options.lines; ++i) {
    generator.next(line);
    router.route(line);
  }
  if (options.only_service.empty())
    router.print();
  else
    router.print(options.only_service);
}
