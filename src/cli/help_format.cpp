#include "help_format.hpp"

#include <fmt/format.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <string_view>
#include <vector>

#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan::cli {

namespace {

constexpr std::size_t k_max_help_width = 80;

// 80 columns, or fewer when the terminal (or $COLUMNS, for a pipe) is narrower.
std::size_t help_width() {
  static const std::size_t width = [] {
    std::size_t columns = 0;
    winsize ws{};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
      columns = ws.ws_col;
    } else if (const char* env = std::getenv("COLUMNS")) {
      if (auto v = parse_decimal(env); v && *v > 0 && *v <= 1000) columns = static_cast<std::size_t>(*v);
    }
    constexpr std::size_t k_narrowest = 50;
    return columns == 0 ? k_max_help_width : std::clamp(columns, k_narrowest, k_max_help_width);
  }();
  return width;
}
constexpr std::size_t k_name_column = 30;  // where descriptions start

// What an option's value is, from its CLI11 type name "BASE" or "BASE:CHECK".
struct ValueWords {
  std::string label;  // the placeholder shown after the option's name
  std::string limits;  // "1 to 50", or empty
};

std::string choices_of(std::string_view check) {  // "{a,b,c}" -> "a|b|c"
  std::string out(check.substr(1, check.size() - 2));
  for (auto& ch : out) {
    if (ch == ',') ch = '|';
  }
  return out;
}

ValueWords value_words(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  const auto colon = type.find(':');
  const std::string base = type.substr(0, colon);
  const std::string check = colon == std::string::npos ? std::string() : type.substr(colon + 1);
  ValueWords out;
  if (check.size() > 2 && check.front() == '{' && check.back() == '}') {
    out.label = choices_of(check);
    return out;
  }
  static const std::regex k_range(R"(\w+ in \[(\S+) - (\S+)\])");
  std::smatch m;
  if (std::regex_match(check, m, k_range)) out.limits = fmt::format("{} to {}", m[1].str(), m[2].str());
  if (base == "INT" || base == "UINT") {
    out.label = "N";
  } else if (base == "FLOAT") {
    out.label = "NUMBER";
  } else if (base == "TEXT" || base.empty()) {
    out.label = "VALUE";
  } else if (base == "ASSUMPTION") {
    out.label = "CERT|SKILL=LEVEL";
  } else {
    out.label = base;
  }
  return out;
}

// "  NAME  description" with the description wrapped in its column, under the name when the
// name is too long to share a line.
std::string help_line(const std::string& name, const std::string& description) {
  std::string out = "  " + name;
  if (description.empty()) return out + "\n";
  if (out.size() + 2 > k_name_column) {
    out += '\n';
    out.append(k_name_column, ' ');
  } else {
    out.append(k_name_column - out.size(), ' ');
  }
  const std::string indent(k_name_column, ' ');
  std::string body = wrap(description, help_width() - k_name_column, indent);
  out += body.substr(std::min(indent.size(), body.size()));
  return out + "\n";
}

// Each paragraph line of `text` wrapped to 80 columns; lines that start with a space (examples,
// commands) are kept as written.
std::string wrap_lines(const std::string& text) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line(text.data() + pos, end - pos);
    if (line.empty() || line.front() == ' ' || line.size() <= help_width()) {
      out.append(line);
    } else {
      const std::size_t colon = line.find(": ");  // "Exit codes: ..." continues under its label
      const std::size_t hang = colon != std::string_view::npos && colon < 20 ? colon + 2 : 0;
      std::string body = wrap(line.substr(hang), help_width() - hang, std::string(hang, ' '));
      out += std::string(line.substr(0, hang)) + body.substr(hang);
    }
    out += '\n';
    if (end == text.size()) break;
    pos = end + 1;
  }
  return out;
}

class HelpFormatter : public CLI::Formatter {
public:
  HelpFormatter() { column_width(k_name_column); }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    std::string name = make_option_name(opt, is_positional);
    std::string description = opt->get_description();
    std::vector<std::string> notes;
    if (!is_positional && opt->get_expected_min() > 0) {  // a flag takes no value
      const ValueWords v = value_words(*opt);
      name += " " + v.label;
      if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) name += " ...";
      if (!v.limits.empty()) notes.push_back(v.limits);
      if (!opt->get_default_str().empty()) notes.push_back("default " + opt->get_default_str());
      if (opt->get_required()) notes.push_back("required");
    }
    if (!opt->get_envname().empty()) notes.push_back("or $" + opt->get_envname());
    if (!notes.empty()) description += fmt::format(" ({})", fmt::join(notes, "; "));
    return help_line(name, description);
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    return help_line(sub->get_display_name(true), sub->get_description());
  }

  std::string make_description(const CLI::App* app) const override {
    const std::string desc = app->get_description();
    return desc.empty() ? std::string() : wrap_lines(desc);
  }

  std::string make_footer(const CLI::App* app) const override {
    const std::string footer = app->get_footer();
    return footer.empty() ? std::string() : wrap_lines(footer);
  }

  std::string make_usage(const CLI::App* app, std::string name) const override {
    std::string usage = CLI::Formatter::make_usage(app, std::move(name));
    if (usage.size() <= help_width() + 1) return usage;
    return wrap_lines(usage.substr(0, usage.size() - 1));
  }
};

std::string option_name(const std::string& what, const CLI::App& app) {
  const CLI::Option* opt = app.get_option_no_throw(what);
  return opt == nullptr ? what : opt->get_name(false, true);
}

}  // namespace

std::shared_ptr<CLI::Formatter> help_formatter() { return std::make_shared<HelpFormatter>(); }

std::string parse_error_words(const CLI::ParseError& e, const CLI::App& app) {
  const std::string what = e.what();
  std::smatch m;
  static const std::regex k_at_most(R"((\S+): At Most (\d+) required but received (\d+))");
  if (std::regex_match(what, m, k_at_most)) {
    return fmt::format("{} takes {} value{}, and was given {}", m[1].str(), m[2].str(), m[2].str() == "1" ? "" : "s",
                       m[3].str());
  }
  static const std::regex k_missing(R"((\S+): \d+ required .* missing)");
  if (std::regex_match(what, m, k_missing)) {
    const CLI::Option* opt = app.get_option_no_throw(m[1].str());
    if (opt == nullptr) return fmt::format("{} needs a value", m[1].str());
    const ValueWords v = value_words(*opt);
    return fmt::format("{} needs a value: {}{}", m[1].str(), v.label, v.limits.empty() ? "" : " (" + v.limits + ")");
  }
  static const std::regex k_not_in(R"((\S+): (.*) not in \{(.*)\})");
  if (std::regex_match(what, m, k_not_in)) {
    std::string choices = m[3].str();
    for (std::size_t at = choices.find(','); at != std::string::npos; at = choices.find(',', at + 2)) {
      choices.replace(at, 1, ", ");
    }
    return fmt::format("{}: '{}' is not one of {}", m[1].str(), m[2].str(), choices);
  }
  static const std::regex k_unexpected(R"(The following arguments? (?:was|were) not expected: (.*))");
  if (std::regex_match(what, m, k_unexpected)) return fmt::format("unexpected argument: {}", m[1].str());
  static const std::regex k_required(R"((\S+) is required)");
  if (std::regex_match(what, m, k_required)) return fmt::format("missing {}", option_name(m[1].str(), app));
  return what;
}

}  // namespace careerplan::cli
