// A header whose conversions are reported only with -header-filter.
#pragma once

inline int scaledPixels(double points, double scale) {
  return static_cast<int>(points * scale);
}

inline int checkedPixels(double points) {
  if (!(points >= 0 && points <= 1e6))
    return 0;
  return static_cast<int>(points);
}
