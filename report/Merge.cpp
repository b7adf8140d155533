//===--- Merge.cpp - one list of findings from many translation units -----===//

#include "report/Merge.h"

#include <algorithm>
#include <tuple>

namespace allochunt::report {

static auto identity(const Finding &F) {
  return std::tie(F.Position.FilePath, F.Position.Offset, F.Check, F.Message);
}

static auto fixOf(const Replacement &R) {
  return std::tie(R.FilePath, R.Offset, R.Length, R.Text);
}

static bool fixLess(const Finding &A, const Finding &B) {
  return std::lexicographical_compare(
      A.Replacements.begin(), A.Replacements.end(), B.Replacements.begin(),
      B.Replacements.end(), [](const Replacement &X, const Replacement &Y) {
        return fixOf(X) < fixOf(Y);
      });
}

static bool sameFix(const Finding &A, const Finding &B) {
  return std::equal(A.Replacements.begin(), A.Replacements.end(),
                    B.Replacements.begin(), B.Replacements.end(),
                    [](const Replacement &X, const Replacement &Y) {
                      return fixOf(X) == fixOf(Y);
                    });
}

std::vector<Finding> mergeFindings(std::vector<Finding> Findings) {
  // Identity and fix first so duplicates are adjacent; display order after.
  std::sort(Findings.begin(), Findings.end(),
            [](const Finding &A, const Finding &B) {
              if (identity(A) != identity(B))
                return identity(A) < identity(B);
              return fixLess(A, B);
            });
  const auto Last = std::unique(Findings.begin(), Findings.end(),
                                [](const Finding &A, const Finding &B) {
                                  return identity(A) == identity(B) && sameFix(A, B);
                                });
  Findings.erase(Last, Findings.end());
  std::sort(Findings.begin(), Findings.end(),
            [](const Finding &A, const Finding &B) {
              return std::tie(A.DisplayPath, A.Position.Line, A.Position.Column,
                              A.Check, A.Position.Offset, A.Message) <
                     std::tie(B.DisplayPath, B.Position.Line, B.Position.Column,
                              B.Check, B.Position.Offset, B.Message);
            });
  return Findings;
}

} // namespace allochunt::report
