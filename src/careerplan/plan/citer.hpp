#pragma once
// Citations for a plan: SourceRefs resolved for display, and the sources the plan has cited.
#include <vector>

#include "careerplan/plan/planner.hpp"

namespace careerplan {

// Turns SourceRefs into Citations and remembers which sources the plan cites.
class Citer {
public:
  explicit Citer(const Content& c) : m_c(c), m_cited(c.sources.size(), false) {}

  Citation cite(const SourceRef& ref) {
    Citation out;
    out.section = ref.section;
    if (ref.source >= m_c.sources.size()) return out;
    const Source& s = m_c.sources[ref.source];
    m_cited[ref.source] = true;
    out.source_id = s.id;
    out.title = s.title;
    out.estimate = s.estimate;
    return out;
  }

  [[nodiscard]] std::vector<CitedSource> cited() const {
    std::vector<CitedSource> out;
    for (Index i = 0; i < m_c.sources.size(); ++i) {
      if (!m_cited[i]) continue;
      const Source& s = m_c.sources[i];
      out.push_back(CitedSource{i, s.id, s.title, s.author, s.file, s.url, s.estimate});
    }
    return out;
  }

private:
  const Content& m_c;
  std::vector<bool> m_cited;
};

}  // namespace careerplan
