#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "careerplan/render/render_plan.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/plan/plan_extras.hpp"
#include "careerplan/render/plan_format.hpp"
#include "careerplan/render/text_report.hpp"

namespace careerplan {

namespace {

constexpr std::string_view k_indent = "  ";
constexpr std::size_t k_label_width = 15;  // "Current stage", "Next stage", padded
constexpr std::size_t k_detail_indent = 4;    // explanations under a list item or a label
constexpr std::size_t k_numbered_indent = 5;  // text under "  1. "

// Content and profile text for one terminal line.
constexpr auto* term = &terminal_line;

class TextReport : TextReportBase {
public:
  TextReport(const Content& content, const Plan& plan, const TextStyle& style)
      : TextReportBase(style), m_c(content), m_plan(plan) {}

  std::string render(bool explain) {
    m_out.reserve(8192);  // a plan's report is about 5 KB: grown once, not doubled from nothing
    header();
    where_you_stand(explain);
    tracks();
    if (explain) fit_explanations();
    next_steps();
    append_plan_extras_text(m_out, m_plan, m_style);
    strategies(explain);
    footer(explain);
    return std::move(m_out);
  }

private:
  void labelled(std::string_view label, std::string_view text) {
    std::string prefix = fmt::format("{}{:<{}}", k_indent, label, k_label_width);
    hanging(prefix, text);
  }

  void block(const std::string& rendered, std::string_view indent) {
    std::size_t pos = 0;
    while (pos < rendered.size()) {
      const std::size_t end = std::min(rendered.find('\n', pos), rendered.size());
      if (end > pos) m_out += indent;
      m_out.append(rendered, pos, end - pos);
      m_out += '\n';
      pos = end + 1;
    }
  }

  // Items joined by `separator`, breaking lines only between items.
  static std::string join_wrapped(const std::vector<std::string>& items, std::string_view separator,
                                  std::size_t width) {
    std::string out;
    std::size_t column = 0;
    for (const auto& item : items) {
      const std::size_t size = display_width(item);
      if (column == 0) {
        out += item;
        column = size;
      } else if (width > 0 && column + display_width(separator) + size > width) {
        out += '\n' + item;
        column = size;
      } else {
        out += fmt::format("{}{}", separator, item);
        column += display_width(separator) + size;
      }
    }
    return out;
  }

  void header() {
    const auto& p = m_plan.profile;
    line(paint(fmt::format("Career plan for {}", term(p.name.empty() ? p.file : p.name)), Emphasis::heading,
               m_style));
    const std::string facts = join_wrapped({term(p.file), years_text(p.years_experience) + " of experience",
                                            "education: " + term(p.education_name),
                                            hours_per_week_text(p.hours_per_week) + " for learning"},
                                           " \u00b7 ", room(0));
    line(paint(facts, Emphasis::dim, m_style));
  }

  [[nodiscard]] std::string readiness_text(const NextStage& ns) const {
    if (ns.ready) return paint("ready", Emphasis::good, m_style);
    std::string out = paint("not yet", Emphasis::bad, m_style);
    if (ns.entry.blocked) return out + ": a condition stands in the way";
    if (ns.entry.effort.whole_months > 0) out += ", " + months_text(ns.entry.effort.whole_months);
    return out;
  }

  void where_you_stand(bool explain) {
    heading("Where you stand");
    const auto& cur = m_plan.current_stage;
    labelled("Current stage", fmt::format("{} ({})", term(cur.title), term(cur.reason)));
    if (explain && !cur.evidence.checks.empty()) {
      checks(cur.evidence, "What puts you at this stage:", k_detail_indent);
    }
    for (std::size_t i = 0; i < m_plan.next_stages.size(); ++i) {
      const NextStage& ns = m_plan.next_stages[i];
      labelled(i == 0 ? "Next stage" : "", fmt::format("{}: {}", term(ns.title), readiness_text(ns)));
      if (!ns.ready && !ns.entry.needs.empty()) labelled("", "needs: " + needs_text(ns.entry.needs, term));
      if (explain && !ns.entry.checks.empty()) {
        checks(ns.entry, fmt::format("Entry rules for {}:", term(ns.title)), k_detail_indent);
      }
    }
    if (m_plan.next_stages.empty()) labelled("Next stage", "none: this is the last stage of the ladder");
  }

  void tracks() {
    heading("Top tracks");
    // The id beside the title is what `--track`, `path --to` and `tracks show` take.
    TextTable table({"#", "Track", "ID", "Fit", "Salary"});
    // When the targets are not simply the best fits, a star marks them (a short mark, so it does
    // not widen the title column).
    const bool mark_targets = m_plan.target_choice != TargetChoice::top_fit;
    for (const RankedTrack& shown : m_plan.tracks) {
      const RankedTrack* rt = &shown;
      const std::string rank = std::to_string(rt->rank) + (mark_targets && rt->target ? "*" : "");
      std::string salary = paint("no salary figure in the sources", Emphasis::dim, m_style);
      if (rt->salary) {
        salary = salary_text(*rt->salary, term) +
                 paint(fmt::format(" (source: {})", citation_text(rt->salary->source, term)), Emphasis::dim,
                       m_style);
      }
      table.add_row({rank, term(rt->title), term(rt->id), percent_text(rt->fit.fit), salary});
      if (!rt->fit.reachable) table.add_row({"", "", "", "", paint(gate_text(rt->fit.gate), Emphasis::bad, m_style)});
    }
    block(table.render(room(k_indent.size())), k_indent);
    if (mark_targets) {
      const char* legend = m_plan.target_choice == TargetChoice::focus ? "* the track you chose with --track"
                                                                       : "* a target track from your profile's goals";
      line(paint(fmt::format("{}{}", k_indent, legend), Emphasis::dim, m_style));
    }
  }

  [[nodiscard]] static std::string gate_text(const Explanation& gate) {
    if (gate.blocked) return "not open to you: a condition stands in the way";
    std::string out = "not reachable yet";
    if (gate.effort.whole_months > 0) out = "reachable in " + months_text(gate.effort.whole_months);
    if (!gate.needs.empty()) out += ": needs " + needs_text(gate.needs, term);
    return out;
  }

  void fit_explanations() {
    heading("Why these fits");
    for (const RankedTrack& shown : m_plan.tracks) {
      const RankedTrack* rt = &shown;
      double points = 0;
      for (const auto& part : rt->fit.parts) points += part.earned;
      hanging(fmt::format("{}{}. ", k_indent, rt->rank),
              fmt::format("{}: {} = {} of {} points", term(rt->title), percent_text(rt->fit.fit),
                          number_text(points, k_points_decimals), number_text(k_fit_points, 0)));
      TextTable parts({"Part", "Points", "Detail"});
      for (const auto& part : rt->fit.parts) {
        parts.add_row({term(part.label),
                       fmt::format("{} / {}", number_text(part.earned, k_points_decimals),
                                   number_text(part.possible, k_points_decimals)),
                       term(part.detail)});
      }
      const std::string indent(k_numbered_indent, ' ');
      block(parts.render(room(indent.size())), indent);
      if (!rt->fit.gate.checks.empty()) checks(rt->fit.gate, "Entry rules:", k_numbered_indent);
    }
  }

  // A title, then one line per rule node: held or not, its file:line, and the check indented by
  // its depth.
  void checks(const Explanation& e, std::string_view title, std::size_t title_indent) {
    hanging(std::string(title_indent, ' '), title);
    const std::string indent(title_indent + 2, ' ');
    std::size_t where_width = 0;
    std::vector<std::string> wheres;
    for (const auto& c : e.checks) {
      wheres.push_back(c.where.line > 0 ? fmt::format("{}:{}", term(m_c.file_of(c.where)), c.where.line) : "-");
      where_width = std::max(where_width, display_width(wheres.back()));
    }
    for (std::size_t i = 0; i < e.checks.size(); ++i) {
      const Check& c = e.checks[i];
      const std::string mark = c.held ? paint("yes", Emphasis::good, m_style) : paint("no ", Emphasis::bad, m_style);
      std::string prefix = fmt::format("{}{}  {}", indent, mark, wheres[i]);
      prefix.append(where_width - display_width(wheres[i]) + 2 + 2 * static_cast<std::size_t>(std::max(c.depth, 0)),
                    ' ');
      std::string text = term(c.text);
      if (!c.held && !c.needs.empty()) text += " \u2014 needs " + needs_text(c.needs, term);
      // The prefix's colour codes take no columns; hang the text under where it starts.
      const std::size_t visible = indent.size() + 3 + 2 + where_width + 2 +
                                  2 * static_cast<std::size_t>(std::max(c.depth, 0));
      std::string wrapped = wrap(text, room(visible), std::string(visible, ' '));
      m_out += prefix;
      m_out += wrapped.substr(std::min(visible, wrapped.size()));
      m_out += '\n';
    }
  }

  void next_steps() {
    heading("Next steps");
    if (m_plan.next_steps.empty()) {
      line(fmt::format("{}None: you meet what your target tracks and the next stage ask for.", k_indent));
      return;
    }
    const double hpw = m_plan.profile.hours_per_week;
    for (std::size_t i = 0; i < m_plan.next_steps.size(); ++i) {
      const NextStep& s = m_plan.next_steps[i];
      const std::string number = std::string(k_indent) + std::to_string(i + 1) + ". ";
      const std::string under(display_width(number), ' ');
      m_text = step_title(s, term);
      m_text += status_suffix(s.status);
      hanging(number, m_text);
      hanging(under, effort_text(s.hours, s.estimate, s.weeks, hpw));
      if (s.why.empty()) continue;
      m_text = "why: ";
      append_escaped(m_text, s.why, true);
      hanging(under, m_text);
    }
  }

  void strategies(bool explain) {
    if (m_plan.strategies.empty()) return;
    heading("Strategies that apply");
    const std::string bullet = std::string(k_indent) + "- ";
    for (const auto& s : m_plan.strategies) {
      m_text = paint(term(s.title), Emphasis::accent, m_style);
      // Cut before terminal_line: it only turns tabs and newlines into spaces and escapes bytes
      // that hold no '.', quote or space, so the cut falls in the same place, on far less text.
      const std::string summary = first_sentence(s.description);
      if (!summary.empty()) {
        m_text += ": ";
        append_escaped(m_text, summary, true);
      }
      hanging(bullet, m_text);
      if (explain && !s.why.checks.empty()) checks(s.why, "Applies because:", k_detail_indent);
    }
  }

  // The first sentence (up to a full stop, and a closing quotation mark right after it, followed by
  // a space), so each strategy takes a line or two; a quotation cut short is closed again.
  static std::string first_sentence(std::string_view text) {
    static constexpr std::string_view k_closers[] = {"\"", "\u201d", "'", "\u2019"};
    std::string out;
    for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
      std::size_t end = dot + 1;
      for (std::string_view closer : k_closers) {
        if (text.compare(end, closer.size(), closer) == 0) {
          end += closer.size();
          break;
        }
      }
      if (end < text.size() && (text[end] == ' ' || text[end] == '\n' || text[end] == '\t')) {
        out = text.substr(0, end);
        break;
      }
    }
    if (out.empty()) return std::string(text);
    if (std::count(out.begin(), out.end(), '"') % 2 != 0) out += '"';
    const auto count = [&](std::string_view mark) {
      std::size_t n = 0;
      for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + mark.size())) ++n;
      return n;
    };
    if (count("\u201c") > count("\u201d")) out += "\u201d";
    return out;
  }

  void footer(bool explain) {
    if (!m_style.terminal) return;  // hints for a person at a terminal; a pipe gets the plan only
    line();
    const std::string file = term(m_plan.profile.file);
    std::string text;
    if (!explain) text = "Add --explain to see why each track scores as it does. ";
    text += "To keep this plan as a Markdown checklist:";
    line(paint(wrap(text, room(0), ""), Emphasis::dim, m_style));
    // The command on a line of its own, so it can be copied whole.
    line(paint(fmt::format("{}careerplan export {} -o plan.md", k_indent, file), Emphasis::dim, m_style));
  }

  const Content& m_c;
  const Plan& m_plan;
  std::string m_text;  // a line being composed before it is wrapped into the report
};

}  // namespace

// The plan carries every name the report shows but the files of --explain's rule lines.
std::string render_plan_text(const Content& content, const Plan& plan, const TextStyle& style, bool explain) {
  return TextReport(content, plan, style).render(explain);
}

}  // namespace careerplan
