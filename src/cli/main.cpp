#include "app.hpp"

int main(int argc, char** argv) { return careerplan::cli::run(argc, argv); }
