// A library header for test/lit/checks/string-round-trip.cpp: its findings
// appear with -header-filter. None of them has a fix-it, so -fix never edits
// this file.
#pragma once
#include <string>
#include <string_view>

inline std::string headerFromView(std::string_view sv) {
  return std::string(sv.data());
}

void headerTakesRvalue(std::string &&s);
inline void headerPassOn(const std::string &s) { headerTakesRvalue(s.c_str()); }

// Dependent: silent, also where the main file instantiates it.
template <typename S> S headerCopy(const S &s) { return S(s.c_str()); }
