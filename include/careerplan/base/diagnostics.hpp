#pragma once
// Every user-facing problem becomes a Diagnostic; one place (the CLI) prints them.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

// Exit codes follow sysexits(3); the README documents them.
enum class ExitCode : int {
  ok = 0,
  usage = 64,        // EX_USAGE: bad command line
  data = 65,         // EX_DATAERR: input file is malformed or inconsistent
  no_input = 66,     // EX_NOINPUT: input file missing or unreadable
  software = 70,     // EX_SOFTWARE: internal error
  cant_create = 73,  // EX_CANTCREAT: output file cannot be created
  io = 74,           // EX_IOERR: error while reading or writing
};

// A position in a file; line and column are 1-based, column counts bytes.
struct Location {
  std::string file;
  int line = 0;  // 0: the whole file, no position
  int column = 0;
};

struct Diagnostic {
  Location where;
  std::string message;
  std::vector<std::string> hints;  // each printed as "hint: ..." under the error
};

// Collects problems so one run reports all of them, not only the first.
class Diagnostics {
public:
  void error(Location where, std::string message, std::vector<std::string> hints = {});
  [[nodiscard]] bool empty() const { return m_items.empty(); }
  [[nodiscard]] const std::vector<Diagnostic>& items() const { return m_items; }
  void append(const Diagnostics& other);

private:
  std::vector<Diagnostic> m_items;
};

// Thrown when work cannot go on; carries every diagnostic gathered so far and the exit code.
class Failure : public std::runtime_error {
public:
  Failure(ExitCode code, std::vector<Diagnostic> diagnostics);
  Failure(ExitCode code, Location where, std::string message, std::vector<std::string> hints = {});
  [[nodiscard]] ExitCode code() const { return m_code; }
  [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }

private:
  ExitCode m_code;
  std::vector<Diagnostic> m_diagnostics;
};

// "careerplan: FILE:LINE:COL: error: MESSAGE" plus "hint:" lines; control bytes escaped.
std::string format_diagnostic(const Diagnostic& d);
// The same with another severity word: "warning" for odd input careerplan still reads.
std::string format_diagnostic(const Diagnostic& d, std::string_view severity);

// Throws Failure(code) when diags holds anything.
void throw_if_any(const Diagnostics& diags, ExitCode code = ExitCode::data);

}  // namespace careerplan
