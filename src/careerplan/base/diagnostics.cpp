#include "careerplan/base/diagnostics.hpp"

#include <fmt/format.h>

#include <utility>

#include "careerplan/base/text.hpp"

namespace careerplan {

namespace {

// A file name sits inside a one-line prefix, so even TAB and LF are escaped there.
std::string escape_file_name(std::string_view name) {
  std::string out;
  for (const char c : escape_controls(name)) {
    if (c == '\n') {
      out += "\\x0a";
    } else if (c == '\t') {
      out += "\\x09";
    } else {
      out += c;
    }
  }
  return out;
}

std::string first_message(const std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty()) return "careerplan: error: unknown failure";
  return format_diagnostic(diagnostics.front());
}

}  // namespace

Diagnostics::PerFile& Diagnostics::per_file(const std::string& file) {
  for (auto it = m_files.rbegin(); it != m_files.rend(); ++it) {
    if (it->file == file) return *it;
  }
  m_files.push_back(PerFile{file, 0, std::nullopt});
  return m_files.back();
}

void Diagnostics::count_hidden(PerFile& f, std::size_t n) {
  if (!f.summary) {
    f.summary = m_items.size();
    m_items.push_back(Diagnostic{Location{f.file, 0, 0}, {}, {"fix the errors shown and run again"}, 0});
  }
  Diagnostic& d = m_items[*f.summary];
  d.not_shown += n;
  d.message = fmt::format("{} more error{} in this file not shown (at most {} are shown)", d.not_shown,
                          d.not_shown == 1 ? "" : "s", k_max_errors_per_file);
}

void Diagnostics::error(Location where, std::string message, std::vector<std::string> hints) {
  PerFile& f = per_file(where.file);
  if (f.shown >= k_max_errors_per_file) {
    count_hidden(f, 1);
    return;
  }
  ++f.shown;
  m_items.push_back(Diagnostic{std::move(where), std::move(message), std::move(hints), 0});
}

void Diagnostics::add(const Diagnostic& d) {
  if (d.not_shown > 0) {
    count_hidden(per_file(d.where.file), d.not_shown);
  } else {
    error(d.where, d.message, d.hints);
  }
}

void Diagnostics::append(const Diagnostics& other) {
  for (const Diagnostic& d : other.m_items) add(d);
}

bool Diagnostics::will_show(const std::string& file) const {
  for (auto it = m_files.rbegin(); it != m_files.rend(); ++it) {
    if (it->file == file) return it->shown < k_max_errors_per_file;
  }
  return true;
}

Failure::Failure(ExitCode code, std::vector<Diagnostic> diagnostics)
    : std::runtime_error(first_message(diagnostics)),
      m_code(code),
      m_diagnostics(std::move(diagnostics)) {}

Failure::Failure(ExitCode code, Location where, std::string message, std::vector<std::string> hints)
    : Failure(code, std::vector<Diagnostic>{
                        Diagnostic{std::move(where), std::move(message), std::move(hints)}}) {}

std::string format_diagnostic(const Diagnostic& d) { return format_diagnostic(d, "error"); }

std::string format_diagnostic(const Diagnostic& d, std::string_view severity) {
  std::string out = "careerplan: ";
  if (!d.where.file.empty()) {
    out += escape_file_name(d.where.file);
    if (d.where.line > 0) {
      out += fmt::format(":{}", d.where.line);
      if (d.where.column > 0) out += fmt::format(":{}", d.where.column);
    }
    out += ": ";
  }
  out += severity;
  out += ": ";
  out += escape_controls(d.message);
  for (const std::string& hint : d.hints) {
    out += "\n  hint: ";
    out += escape_controls(hint);
  }
  return out;
}

void throw_if_any(const Diagnostics& diags, ExitCode code) {
  if (!diags.empty()) throw Failure(code, diags.items());
}

}  // namespace careerplan
