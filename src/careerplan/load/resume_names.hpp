#pragma once
// The names people write on a résumé, turned into careerplan's: kebab keys for ids and aliases,
// education levels from a degree's name, skill levels from words. docs/resume.md lists the tables.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/model/model.hpp"

namespace careerplan {

// "Active Directory" -> "active-directory", "ITIL® 4 Foundation" -> "itil-4-foundation",
// "CompTIA A+ ce" -> "comptia-a-plus-ce", "C#" -> "c-sharp", "Node.js" -> "node-js":
// lower-case ASCII letters and digits, '+' read as "plus", '#' as "sharp", the rest separators.
std::string name_key(std::string_view text);

// The skill a name on a résumé stands for: its name_key is a skill's id or alias, or the name_key
// of a skill's name ("Windows and Windows Server").
std::optional<Index> find_skill(const Content& content, std::string_view name);
// The same for certifications ("Cisco Certified Network Associate (CCNA)" by its name).
std::optional<Index> find_cert(const Content& content, std::string_view name);

// The education level a degree's name (studyType) stands for: "BSc", "Bachelor of Science",
// "Associate of Applied Science", "Ph.D.", "MBA"; nullopt when the name is not one we know.
std::optional<Education> education_from_degree(std::string_view study_type);

// The careerplan level (1-5) a résumé's level word stands for ("Beginner" 1, "Intermediate" 2,
// "Advanced" 3, "Expert" and "Master" 4, a digit 1-5 itself); nullopt when it is not in the table.
std::optional<int> level_from_word(std::string_view word);

// The distinct skills (by index, in order of first mention) whose id or alias appears in free
// text as a run of up to four words, e.g. "ran Splunk searches" -> splunk's skill.
std::vector<Index> skills_in_text(const Content& content, std::string_view text);
// The same for any id table (certifications: "ITIL 4 Foundation preferred" -> itil-4-foundation).
std::vector<Index> ids_in_text(const IdTable& table, std::string_view text);

// Certifications free text names by id, alias or full name ("Oracle Database SQL Certified
// Associate or equivalent"), in order of first mention by id or alias, then by name.
std::vector<Index> certs_in_text(const Content& content, std::string_view text);

// Years of experience a sentence asks for: "3+ years", "2-4 years" (the lower bound), "five years";
// nullopt when it names none.
std::optional<double> years_in_text(std::string_view text);

// True when the words of `phrase` (a name_key) occur in `text` (a name_key) as whole words.
bool contains_words(std::string_view text, std::string_view phrase);

}  // namespace careerplan
