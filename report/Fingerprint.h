//===--- Fingerprint.h - a stable identity for each finding ---------------===//
//
// GitLab Code Quality and SARIF (partialFingerprints) track a finding across
// commits by a fingerprint. Ours hashes the baseline key (check, file,
// normalised flagged text) and the finding's rank among findings with the same
// key, so it survives lines moving and stays unique within one report.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_FINGERPRINT_H
#define ALLOCHUNT_REPORT_FINGERPRINT_H

#include "report/Finding.h"

#include <string>
#include <vector>

namespace allochunt::report {

/// One 16-hex-digit fingerprint per finding, in the same order.
std::vector<std::string> fingerprints(const std::vector<Finding> &Findings);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_FINGERPRINT_H
