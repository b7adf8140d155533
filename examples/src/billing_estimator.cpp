#include "billing_estimator.h"

namespace service {

namespace {
constexpr double kSafetyMargin = 1.25;
constexpr double kCentsPerDollar = 100.0;
} // namespace

std::uint64_t estimate_cents(const Usage &usage, double price_per_cpu_second) {
  // CPU time per byte of the traffic seen so far, applied to this request.
  const double cpu_seconds_per_byte = usage.cpu_seconds / usage.bytes;
  const double estimated =
      cpu_seconds_per_byte * usage.bytes * price_per_cpu_second * kCentsPerDollar;
  return static_cast<std::uint64_t>(estimated * kSafetyMargin);
}

} // namespace service
