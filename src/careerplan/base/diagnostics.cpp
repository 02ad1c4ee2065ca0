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

void Diagnostics::error(Location where, std::string message, std::vector<std::string> hints) {
  m_items.push_back(Diagnostic{std::move(where), std::move(message), std::move(hints)});
}

void Diagnostics::append(const Diagnostics& other) {
  m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
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
