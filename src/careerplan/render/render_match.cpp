#include "careerplan/render/render_match.hpp"

#include <fmt/format.h>

#include <cmath>

#include "careerplan/base/json_writer.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/render/markdown.hpp"

namespace careerplan {

namespace {

std::string title_line(const JobFit& f) {
  std::string t = f.title.empty() ? std::string("the posting") : terminal_line(f.title);
  if (!f.company.empty()) t += " at " + terminal_line(f.company);
  return t;
}

std::string weeks_text(double weeks) { return fmt::format("{:.0f} week{}", std::ceil(weeks), std::ceil(weeks) == 1 ? "" : "s"); }

std::string years_line(const JobFit& f) {
  if (!f.years_asked) return fmt::format("Experience: {:.1f} years held; the posting asks for no number of years", f.years_held);
  const bool met = f.years_held + 1e-9 >= *f.years_asked;
  return fmt::format("Experience: {:.1f} years held, {:g} asked{}: {}", f.years_held, *f.years_asked,
                     f.years_estimated ? " (estimated from its level word)" : "", met ? "met" : "short");
}

std::string education_line(const JobFit& f) {
  if (!f.education_asked) return fmt::format("Education: {}; the posting names no degree", education_name(f.education_held));
  return fmt::format("Education: {} held, {} asked: {}", education_name(f.education_held), education_name(*f.education_asked),
                     f.education_held >= *f.education_asked ? "met" : "short");
}

std::string step_line(const Content& c, const JobStep& s) {
  switch (s.kind) {
    case JobStepKind::skill:
    case JobStepKind::cert:
      return fmt::format("{}: {:.0f}-{:.0f} hours, about {}", s.what, s.hours.low, s.hours.high, weeks_text(s.weeks));
    case JobStepKind::years: return fmt::format("{}: about {} (time, not study)", s.what, weeks_text(s.weeks));
    case JobStepKind::education: return s.what;
  }
  (void)c;
  return s.what;
}

}  // namespace

std::string render_match_text(const Content& c, const JobFit& f, const TextStyle& style, bool explain) {
  std::string out = paint(fmt::format("Fit to {}", title_line(f)), Emphasis::heading, style) + "\n";
  out += fmt::format("  Skills: {} of {} met; {:.0f}% of the asked levels held\n", f.skills_met, f.skills.size(), f.skill_fit * 100);
  for (const auto& s : f.skills) {
    const bool met = s.have >= s.need;
    out += fmt::format("    {} {}: level {} of {}{}\n", met ? paint("ok  ", Emphasis::good, style) : paint("gap ", Emphasis::bad, style),
                       c.skills[s.skill].name, s.have, s.need, s.level_stated ? "" : " (level not stated; 2 assumed)");
    if (explain) out += fmt::format("         asked in {}\n", terminal_line(s.from));
  }
  out += "  " + years_line(f) + "\n";
  if (explain && !f.years_from.empty()) out += fmt::format("    asked in {}\n", terminal_line(f.years_from));
  out += "  " + education_line(f) + "\n";
  if (explain && !f.education_from.empty()) out += fmt::format("    asked in {}\n", terminal_line(f.education_from));
  if (!f.certs.empty()) {
    out += "  Certifications named:\n";
    for (const auto& cert : f.certs) {
      out += fmt::format("    {} {}\n", cert.held ? paint("held", Emphasis::good, style) : paint("gap ", Emphasis::bad, style),
                         c.certifications[cert.cert].name);
      if (explain) out += fmt::format("         named in {}\n", terminal_line(cert.from));
    }
  }
  if (f.closest_track) {
    out += fmt::format("  Closest track: {} ({})\n", c.tracks[*f.closest_track].title, f.closest_why);
  }
  out += "\n" + paint("Next steps to close the gap", Emphasis::heading, style) +
         fmt::format(" (at {:g} hours a week)\n", f.hours_per_week);
  if (f.steps.empty()) out += "  none: the posting asks for nothing you lack\n";
  for (std::size_t i = 0; i < f.steps.size(); ++i) out += fmt::format("  {}. {}\n", i + 1, step_line(c, f.steps[i]));
  if (!f.unmatched.empty()) {
    out += "\nNot matched to careerplan's skills (see docs/resume.md):\n";
    for (const auto& u : f.unmatched) out += "  " + terminal_line(u) + "\n";
  }
  return out;
}

std::string render_match_markdown(const Content& c, const JobFit& f) {
  std::string out = fmt::format("# Fit to {}\n\n", markdown_escape(title_line(f)));
  out += fmt::format("{} of {} skills met; {:.0f}% of the asked levels held.\n\n", f.skills_met, f.skills.size(), f.skill_fit * 100);
  out += "| Skill | Yours | Asked | |\n|---|---:|---:|---|\n";
  for (const auto& s : f.skills) {
    out += fmt::format("| {} | {} | {}{} | {} |\n", markdown_escape(c.skills[s.skill].name), s.have, s.need, s.level_stated ? "" : "*",
                       s.have >= s.need ? "met" : "gap");
  }
  out += "\n\\* level not stated in the posting; 2 assumed.\n\n";
  out += "- " + markdown_escape(years_line(f)) + "\n- " + markdown_escape(education_line(f)) + "\n";
  for (const auto& cert : f.certs) {
    out += fmt::format("- Certification {}: {}\n", markdown_escape(c.certifications[cert.cert].name), cert.held ? "held" : "not held");
  }
  if (f.closest_track) out += fmt::format("- Closest track: {} ({})\n", markdown_escape(c.tracks[*f.closest_track].title), markdown_escape(f.closest_why));
  out += fmt::format("\n## Next steps (at {:g} hours a week)\n\n", f.hours_per_week);
  if (f.steps.empty()) out += "None: the posting asks for nothing you lack.\n";
  for (const auto& s : f.steps) out += "- [ ] " + markdown_escape(step_line(c, s)) + "\n";
  if (!f.unmatched.empty()) {
    out += "\n## Not matched\n\n";
    for (const auto& u : f.unmatched) out += "- " + markdown_escape(u) + "\n";
  }
  return out;
}

std::string render_match_json(const Content& c, const JobFit& f) {
  JsonWriter w(2);
  w.begin_object();
  w.key("schema_version").value(1);
  w.key("title").value(f.title);
  w.key("company").value(f.company);
  w.key("skill_fit").value(std::round(f.skill_fit * 1000) / 1000);
  w.key("skills_met").value(f.skills_met);
  w.key("skills").begin_array();
  for (const auto& s : f.skills) {
    w.begin_object();
    w.key("id").value(c.skills[s.skill].id);
    w.key("name").value(c.skills[s.skill].name);
    w.key("have").value(s.have);
    w.key("need").value(s.need);
    w.key("level_stated").value(s.level_stated);
    w.key("met").value(s.have >= s.need);
    w.key("from").value(s.from);
    w.end_object();
  }
  w.end_array();
  w.key("years").begin_object();
  w.key("held").value(std::round(f.years_held * 10) / 10);
  w.key("asked").value(f.years_asked);
  w.key("estimated").value(f.years_estimated);
  w.key("met").value(!f.years_asked || f.years_held + 1e-9 >= *f.years_asked);
  w.key("from").value(f.years_from);
  w.end_object();
  w.key("education").begin_object();
  w.key("held").value(education_name(f.education_held));
  if (f.education_asked) {
    w.key("asked").value(education_name(*f.education_asked));
  } else {
    w.key("asked").null();
  }
  w.key("met").value(!f.education_asked || f.education_held >= *f.education_asked);
  w.key("from").value(f.education_from);
  w.end_object();
  w.key("certifications").begin_array();
  for (const auto& cert : f.certs) {
    w.begin_object();
    w.key("id").value(c.certifications[cert.cert].id);
    w.key("held").value(cert.held);
    w.key("from").value(cert.from);
    w.end_object();
  }
  w.end_array();
  w.key("closest_track");
  if (f.closest_track) {
    w.begin_object();
    w.key("id").value(c.tracks[*f.closest_track].id);
    w.key("why").value(f.closest_why);
    w.end_object();
  } else {
    w.null();
  }
  w.key("hours_per_week").value(f.hours_per_week);
  w.key("steps").begin_array();
  for (const auto& s : f.steps) {
    w.begin_object();
    w.key("kind").value(step_kind_name(s.kind));
    if (s.kind == JobStepKind::skill) w.key("id").value(c.skills[s.index].id);
    if (s.kind == JobStepKind::cert) w.key("id").value(c.certifications[s.index].id);
    if (s.kind == JobStepKind::skill) {
      w.key("from_level").value(s.from_level);
      w.key("to_level").value(s.to_level);
    }
    if (s.kind == JobStepKind::skill || s.kind == JobStepKind::cert) {
      w.key("hours").begin_array().value(s.hours.low).value(s.hours.high).end_array();
    }
    w.key("weeks").value(std::ceil(s.weeks));
    w.key("what").value(s.what);
    w.end_object();
  }
  w.end_array();
  w.key("unmatched").begin_array();
  for (const auto& u : f.unmatched) w.value(u);
  w.end_array();
  w.end_object();
  return w.take() + "\n";
}

}  // namespace careerplan
