#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "careerplan/render/render_plan.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/render/plan_extras.hpp"
#include "careerplan/render/plan_format.hpp"
#include "careerplan/render/text_report.hpp"

namespace careerplan {

namespace {

constexpr std::string_view k_indent = "  ";

std::size_t longest_line(std::string_view text) {
  std::size_t longest = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    longest = std::max(longest, display_width(text.substr(pos, end - pos)));
    pos = end + 1;
  }
  return longest;
}
constexpr std::size_t k_label_width = 15;  // "Current stage", "Next stage", padded
constexpr std::size_t k_detail_indent = 4;    // explanations under a list item or a label
constexpr std::size_t k_numbered_indent = 5;  // text under "  1. "

// Content and profile text for one terminal line.
constexpr auto* term = &terminal_line;

class TextReport : TextReportBase {
public:
  TextReport(const Content& content, const Plan& plan, const TextStyle& style)
      : TextReportBase(style), m_c(content), m_plan(plan) {}

  std::string render(bool explain, bool all) {
    m_out.reserve(8192);  // a plan's report is about 4 KB: grown once, not doubled from nothing
    header();
    where_you_stand(explain);
    tracks();
    if (explain) fit_explanations();
    next_steps(explain || all);
    strategies(explain, explain || all);
    append_plan_extras_text(m_out, m_plan, m_style, explain || all);
    notes();
    footer();
    return std::move(m_out);
  }

private:
  // A heading with a dim note beside it, or under it when both do not fit the width.
  void heading_aside(const std::string& title, const std::string& aside) {
    if (aside.empty()) return heading(title);
    if (display_width(title) + 2 + display_width(aside) <= room(0)) {
      return heading(paint(title, Emphasis::heading, m_style) + "  " + paint(aside, Emphasis::dim, m_style), false);
    }
    heading(title);
    hanging(std::string(k_indent), paint(aside, Emphasis::dim, m_style));
  }

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
    const std::string facts = join_wrapped({years_text(p.years_experience) + " of experience",
                                            term(p.education_name),
                                            hours_per_week_text(p.hours_per_week)},
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
    if (cur.confidence == Confidence::stated) {
      labelled("Current stage", fmt::format("{} ({})", term(cur.title), term(cur.reason)));
    } else {
      labelled("Current stage", fmt::format("{} ({} confidence: {})", term(cur.title),
                                            confidence_name(cur.confidence), term(cur.reason)));
    }
    if (!cur.consolidate.empty()) labelled("To consolidate", needs_text(cur.consolidate, term));
    if (explain && !cur.evidence.checks.empty()) {
      checks(cur.evidence, "What puts you at this stage:", k_detail_indent);
    }
    for (std::size_t i = 0; i < m_plan.next_stages.size(); ++i) {
      const NextStage& ns = m_plan.next_stages[i];
      labelled(i == 0 ? "Next stage" : "", fmt::format("{}: {}", term(ns.title), readiness_text(ns)));
      if (!ns.ready && !ns.entry.needs.empty()) labelled("", "needs: " + first_needs_text(ns.entry.needs, term));
      if (explain && !ns.entry.checks.empty()) {
        checks(ns.entry, fmt::format("Entry rules for {}:", term(ns.title)), k_detail_indent);
      }
    }
    if (m_plan.next_stages.empty()) labelled("Next stage", "none: this is the last stage of the ladder");
    if (const auto& f = m_plan.first_target) {
      std::string text = term(f->title) + ", " + term(f->why);
      labelled("First target", text);
    }
  }

  [[nodiscard]] static std::string source_title(const Citation& c) {
    std::string out = term(c.title.empty() ? c.source_id : c.title);
    if (c.estimate) out += " (estimate)";
    return out;
  }

  // A footnote marker for `text`, numbered in first-use order: "[1]".
  std::string note(std::string text) {
    auto it = std::find(m_notes.begin(), m_notes.end(), text);
    if (it == m_notes.end()) it = m_notes.insert(m_notes.end(), std::move(text));
    return fmt::format("[{}]", it - m_notes.begin() + 1);
  }

  void notes() {
    if (m_notes.empty()) return;
    line();
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
      hanging(fmt::format("{}[{}] ", k_indent, i + 1), m_notes[i]);
    }
  }

  // The seed's salary range and the official median side by side (issue #17).
  void tracks() {
    std::string legend = "* a target";
    if (m_plan.target_choice == TargetChoice::focus) legend += " (--track)";
    if (m_plan.target_choice == TargetChoice::goals) legend += " (your goals)";
    heading_aside("Tracks for you", legend + "; horizon: when it opens (mo: months)");
    // The id beside the title is what `--track`, `path --to` and `tracks show` take: a column
    // when the table still fits, else one line under it, so no title is broken to make room.
    const auto table_of = [&](bool with_id) {
      TextTable table(with_id ? std::vector<std::string>{"#", "Track", "ID", "Fit", "Horizon", "Salary"}
                              : std::vector<std::string>{"#", "Track", "Fit", "Horizon", "Salary"});
      for (const RankedTrack& rt : m_plan.tracks) {
        const std::string rank = std::to_string(rt.rank) + (rt.target ? "*" : "");
        std::string salary = "-";
        if (rt.salary) {
          salary = salary_short_text(*rt.salary, term) + " " + note(source_title(rt.salary->source));
        }
        // The official median beside the seed's range, under one note for all of them:
        // `careerplan tracks` lists each one's month, source, edition and grade.
        if (rt.official_wage) {
          const OfficialWageInfo& w = *rt.official_wage;
          salary = fmt::format("{}median {} {} {}", salary == "-" ? "" : salary + "; ", term(w.currency),
                               group_thousands(w.median),
                               note("median: US national median wage (BLS); dates, grades: careerplan tracks"));
        }
        std::vector<std::string> row{rank, term(rt.title), term(rt.id), percent_text(rt.fit.fit),
                                     horizon_text(rt.horizon, rt.months_to_open), salary};
        if (!with_id) row.erase(row.begin() + 2);
        table.add_row(std::move(row));
      }
      return table;
    };
    const std::size_t width = room(k_indent.size());
    std::string rendered = table_of(true).render(0);
    const bool fits = width == 0 || longest_line(rendered) <= width;
    if (!fits) {
      // Wrapping the salary alone keeps every title whole; too narrow for that, any column wraps.
      TextTable table = table_of(false);
      table.set_wrap_column(4);
      rendered = table.render(width);
      if (longest_line(rendered) > width) rendered = table_of(false).render(width);
    }
    block(rendered, k_indent);
    if (!fits && !m_plan.tracks.empty()) {
      std::vector<std::string_view> ids;
      for (const RankedTrack& rt : m_plan.tracks) ids.push_back(rt.id);
      labelled("Track ids", list_text(ids, term));
    }
    if (!m_plan.behind.empty()) {
      std::vector<std::string_view> titles;
      for (const auto& b : m_plan.behind) titles.push_back(b.title);
      labelled("Behind you", list_text(titles, term));
    }
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

  // Nothing when the step serves the first target (the heading names it); else whom it serves,
  // inside the effort's brackets: "; next stage" or "; for <title>". JSON and Markdown list every
  // target served.
  [[nodiscard]] std::string serves_suffix(const NextStep& s) const {
    const auto& f = m_plan.first_target;
    const auto is_first = [&](const StepTarget& t) { return f && t.target.is_track == f->target.is_track && t.target.index == f->target.index; };
    if (s.serves.empty() || std::any_of(s.serves.begin(), s.serves.end(), is_first)) return {};
    const StepTarget& t = s.serves.front();
    if (!t.target.is_track && !m_plan.next_stages.empty() && m_plan.next_stages.front().stage == t.target.index) {
      return "; next stage";
    }
    return "; for " + term(t.title);
  }

  // A certification step's exam under it: a rename always (the exam by the old name can no longer
  // be taken), every published fact with --explain or --all (JSON, Markdown and HTML list them all).
  void exam_line(const NextStep& s, const std::string& under, bool all) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < s.exam_facts.size(); ++i) {
      const StepExamFact& f = s.exam_facts[i];
      if (!all && f.kind != ExamFactKind::renamed) continue;
      parts.push_back(fmt::format("{} {}", exam_fact_label(f.kind), term(f.value)));
      // One marker after each run of facts from the same source.
      const bool run_ends = !all || i + 1 == s.exam_facts.size() || s.exam_facts[i + 1].source.title != f.source.title;
      if (run_ends) parts.back() += " " + note(source_title(f.source));
    }
    if (parts.empty()) return;
    const std::string exam = all && !s.exam.empty() ? fmt::format("exam {}: ", term(s.exam)) : std::string("exam ");
    hanging(under, fmt::format("{}{}", exam, fmt::join(parts, "; ")));
  }

  // The short report closes the steps with the best practice project; --all lists every one.
  void next_steps(bool all) {
    const bool all_estimates = std::all_of(m_plan.next_steps.begin(), m_plan.next_steps.end(),
                                           [](const NextStep& s) { return s.estimate; });
    std::string title = m_plan.first_target ? fmt::format("Next steps, for {}", term(m_plan.first_target->title)) : "Next steps";
    heading_aside(title, all_estimates && !m_plan.next_steps.empty() ? "hours are estimates" : "");
    if (m_plan.next_steps.empty()) {
      line(fmt::format("{}None: you meet what your target tracks and the next stage ask for.", k_indent));
    }
    for (std::size_t i = 0; i < m_plan.next_steps.size(); ++i) {
      const NextStep& s = m_plan.next_steps[i];
      const std::string number = std::string(k_indent) + std::to_string(i + 1) + ". ";
      const std::string under(display_width(number), ' ');
      // One line where it fits: the title, its effort, and the targets it serves when it serves
      // more than the first target (which the heading names).
      m_text = step_title(s, term);
      m_text += status_suffix(s.status);
      m_text += " (" + hours_text(s.hours);
      if (s.estimate && !all_estimates) m_text += ", estimate";
      m_text += ", " + weeks_text(s.weeks) + serves_suffix(s) + ")";
      hanging(number, m_text);
      exam_line(s, under, all);
    }
    if (!all && !m_plan.projects.empty()) hanging(std::string(k_indent) + "Practice: ", best_project_text(m_plan));
  }

  void strategies(bool explain, bool all) {
    if (m_plan.strategies.empty()) return;
    const std::size_t total = m_plan.strategies.size() + m_plan.other_strategies.size();
    heading_aside("Strategies for you", all || total == m_plan.strategies.size()
                                            ? std::string()
                                            : fmt::format("{} of {}; --all for every one", m_plan.strategies.size(), total));
    const std::string bullet = std::string(k_indent) + "- ";
    const std::string under(bullet.size(), ' ');
    for (const auto& s : m_plan.strategies) {
      m_text = paint(term(s.title), Emphasis::accent, m_style);
      if (!s.reason.empty()) {
        m_text += ": ";
        append_escaped(m_text, s.reason, true);
      }
      hanging(bullet, m_text);
      if (!s.quote.empty()) {
        hanging(under, paint(fmt::format("\u201c{}\u201d {}", term(s.quote), note(source_title(s.source))),
                             Emphasis::dim, m_style));
      } else {
        hanging(under, paint(term(first_sentence(s.description)), Emphasis::dim, m_style));
      }
      if (explain && !s.why.checks.empty()) checks(s.why, "Applies because:", k_detail_indent);
    }
    if (m_plan.other_strategies.empty()) return;
    std::vector<std::string_view> titles;
    for (const auto& s : m_plan.other_strategies) titles.push_back(s.title);
    if (all) labelled("Also apply", list_text(titles, term));
  }

  void footer() {
    if (!m_style.terminal) return;  // a hint for a person at a terminal; a pipe gets the plan only
    if (m_notes.empty()) line();
    const std::string text = "Keep it: careerplan export " + term(m_plan.profile.file) + " -o plan.md";
    line(paint(wrap(text, room(0), ""), Emphasis::dim, m_style));
  }

  const Content& m_c;
  const Plan& m_plan;
  std::string m_text;  // a line being composed before it is wrapped into the report
  std::vector<std::string> m_notes;  // footnotes, in marker order
};

}  // namespace

// The plan carries every name the report shows but the files of --explain's rule lines.
std::string render_plan_text(const Content& content, const Plan& plan, const TextStyle& style, bool explain,
                             bool all) {
  return TextReport(content, plan, style).render(explain, all);
}

}  // namespace careerplan
