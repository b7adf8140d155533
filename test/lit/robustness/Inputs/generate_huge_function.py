#!/usr/bin/env python3
"""Prints a C++ translation unit with one huge function, for huge-function.test.

  generate_huge_function.py BLOCKS TERMS
BLOCKS blocks of statements (a float conversion in each arm of a branch, a lookup with a
temporary key, a to_string compared with a literal), then a TERMS-long chain of string
concatenations and a TERMS-long chain of && conditions: deep expression trees, a large CFG.
"""
import sys

blocks, terms = int(sys.argv[1]), int(sys.argv[2])
print("#include <map>\n#include <string>\n#include <string_view>\n#include <vector>\n")
print("long huge(const std::map<std::string, int> &m, const std::vector<double> &in,\n"
      "          std::string_view key, std::string &out) {\n"
      "  long total = 0;\n"
      "  int hits = 0;")
for i in range(blocks):
    print("  double v%d = in[%d] * %d.5;" % (i, i % 16, i % 7))
    print("  if (v%d > %d.0)\n    total += static_cast<long>(v%d);\n  else\n"
          "    total -= (int)(v%d / 3.0);" % (i, i % 100, i, i))
    print("  if (m.find(std::string(key)) != m.end() && std::to_string(%d) == \"%d\")\n"
          "    ++hits;" % (i, i))
print("  out = std::string(key)" + "".join(' + std::string("%d")' % i for i in range(terms)) + ";")
print("  bool all = " + " && ".join("in.size() > %d" % i for i in range(terms)) + ";")
print("  return total + hits + all;\n}")
