#pragma once

namespace careerplan::cli {

// Parses the command line, runs the chosen command, and turns every failure into a message on
// stderr and a sysexits code; nothing escapes as an exception.
int run(int argc, char** argv);

}  // namespace careerplan::cli
