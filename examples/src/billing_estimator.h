// Estimates what a request will cost before it runs.
#pragma once
#include <cstdint>

namespace service {

struct Usage {
  double cpu_seconds = 0;
  double bytes = 0;
};

std::uint64_t estimate_cents(const Usage &usage, double price_per_cpu_second);

} // namespace service
