#pragma once
// A JSON Resume (jsonresume.org, schema v1.0.0), in JSON or as YAML, read as a careerplan Profile.
// docs/resume.md documents every mapping rule and its limits.
#include <chrono>
#include <string>

#include "careerplan/load/yaml_tree.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

// True when a parsed file has a JSON Resume's shape: a mapping holding `basics`, `work` or another
// key only a résumé has. Decided by shape, never by the file's name.
bool is_resume(const yaml::Node& root);

// Reads the résumé; open-ended positions run to `as_of`. Throws Failure(data) listing every
// problem; odd but usable input (a future start date, no skills) becomes a warning in
// Profile::resume, never an error.
Profile load_resume(const yaml::Node& root, const std::string& file_name, const Content& content,
                    std::chrono::sys_days as_of);

}  // namespace careerplan
