#pragma once
// A job posting in the JSON Resume job schema (title, skills[].keywords, skills[].level,
// experience, qualifications, responsibilities), in JSON or YAML, read as a JobPosting.
#include "careerplan/load/content_loader.hpp"
#include "careerplan/model/job.hpp"

namespace careerplan {

// Throws Failure(data) listing every problem: not a mapping, a résumé or profile instead of a
// posting, wrong types. Unknown skill names are listed in `unmatched`, never an error.
JobPosting load_job(const TextFile& file, const Content& content);

}  // namespace careerplan
