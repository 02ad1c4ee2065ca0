#pragma once
// Compact source markers for text output: a cited source gets a number when first cited, a cell
// shows "[2]", and the numbered list goes under the output, so a figure names its source without a
// paragraph per cell. Also the few texts every catalogue shows of the official facts.
#include <string>
#include <vector>

#include "careerplan/model/model.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

class Footnotes {
public:
  explicit Footnotes(const Content& c) : m_c(c) {}

  // "[n]" for the source (and section) `ref` cites, numbered in order of first citation.
  std::string mark(const SourceRef& ref);
  // "Sources" and each cited source, wrapped: title, section, publisher, edition, the day it was
  // checked and its grade, then its URL on lines of its own; "" when nothing was cited.
  [[nodiscard]] std::string list(const TextStyle& style) const;
  [[nodiscard]] bool empty() const { return m_refs.empty(); }

private:
  const Content& m_c;
  std::vector<SourceRef> m_refs;
};

// "USD 104,620 a year (May 2024)".
std::string official_wage_text(const OfficialWage& w);
// "+4% 2024–34" (and ", database administrators and architects together" when it has a scope).
std::string outlook_text(const Outlook& o);
// One line naming a source: title, section, publisher, edition, the day checked, grade, and the
// URL when `with_url`.
std::string source_line(const Content& c, const SourceRef& ref, bool with_url = true);

// The credit the O*NET licence (CC BY 4.0) asks of a work that modifies its information.
inline constexpr std::string_view k_onet_credit =
    "This output includes information from the O*NET 29.2 Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET\u00ae is a "
    "trademark of USDOL/ETA. careerplan has modified all or some of this information. USDOL/ETA has not "
    "approved, endorsed, or tested these modifications.";

}  // namespace careerplan
