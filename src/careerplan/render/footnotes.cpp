#include "careerplan/render/footnotes.hpp"

#include <fmt/format.h>

#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan {

std::string Footnotes::mark(const SourceRef& ref) {
  std::size_t n = 0;
  while (n < m_refs.size() && !(m_refs[n].source == ref.source && m_refs[n].section == ref.section)) ++n;
  if (n == m_refs.size()) m_refs.push_back(ref);
  return fmt::format("[{}]", n + 1);
}

namespace {

// A URL longer than the width, cut after a '/' (or anywhere, for a piece with none) into lines
// that fit: a URL has no spaces to wrap at, and no line may run past the terminal.
std::vector<std::string> url_lines(std::string_view url, std::size_t width) {
  std::vector<std::string> lines;
  while (width > 0 && url.size() > width) {
    std::size_t cut = url.rfind('/', width - 1);
    cut = cut == std::string_view::npos || cut == 0 ? width : cut + 1;
    lines.emplace_back(url.substr(0, cut));
    url.remove_prefix(cut);
  }
  lines.emplace_back(url);
  return lines;
}

}  // namespace

std::string Footnotes::list(const TextStyle& style) const {
  if (m_refs.empty()) return {};
  std::string out = paint("Sources", Emphasis::heading, style) + "\n";
  for (std::size_t i = 0; i < m_refs.size(); ++i) {
    const std::string mark = fmt::format("  [{}] ", i + 1);
    const std::string indent(mark.size(), ' ');
    const std::size_t width = style.width > mark.size() + 20 ? style.width - mark.size() : 0;
    std::string text = wrap(source_line(m_c, m_refs[i], false), width, indent);
    out += mark + text.substr(std::min(indent.size(), text.size())) + "\n";
    const std::string_view url = m_c.source_of(m_refs[i]).url;
    if (!url.empty()) {
      for (const auto& line : url_lines(url, width)) out += indent + escape_controls(line) + "\n";
    }
  }
  return out;
}

std::string official_wage_text(const OfficialWage& w) {
  return fmt::format("{} ({})", money_range(w.median, w.median, escape_controls(w.currency), escape_controls(w.period)),
                     escape_controls(w.reference));
}

std::string outlook_text(const Outlook& o) {
  std::string out = fmt::format("{}{}% {}", o.percent > 0 ? "+" : "", o.percent, escape_controls(o.decade));
  if (!o.scope.empty()) out += fmt::format(" ({})", escape_controls(o.scope));
  return out;
}

std::string source_line(const Content& c, const SourceRef& ref, bool with_url) {
  const Source& s = c.source_of(ref);
  std::string out(s.title);
  if (!ref.section.empty()) out += fmt::format(", \u00a7 {}", ref.section);
  if (!s.publisher.empty()) out += fmt::format("; {}", s.publisher);
  if (!s.edition.empty()) out += fmt::format(", {}", s.edition);
  if (!s.checked.empty()) out += fmt::format("; checked {}", s.checked);
  if (s.grade != Grade::none) out += fmt::format("; grade {}", grade_name(s.grade));
  if (with_url && !s.url.empty()) out += fmt::format("; {}", s.url);
  if (!s.file.empty()) out += fmt::format(" (seed document {})", s.file);
  if (s.estimate) out += " (estimate)";
  return escape_controls(out);
}

}  // namespace careerplan
