#pragma once
// Listings of the skill and certification catalogues (`careerplan skills`, `careerplan certs`)
// as text for people and JSON for programs; both carry the same data under the same names
// (schema/skills.schema.json, skill.schema.json, certs.schema.json, cert.schema.json).
#include <nlohmann/json.hpp>

#include <string>

#include "careerplan/model/model.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

// Listed as tracks_text is; `*_tsv` as tab-separated values with a header line.
std::string skills_text(const Content& content, const TextStyle& style);
std::string skills_tsv(const Content& content);
nlohmann::ordered_json skills_json(const Content& content);

// One skill in full: what each level looks like and the hours to reach it.
std::string skill_text(const Content& content, Index skill, const TextStyle& style);
nlohmann::ordered_json skill_json(const Content& content, Index skill);

std::string certs_text(const Content& content, const TextStyle& style);
std::string certs_tsv(const Content& content);
nlohmann::ordered_json certs_json(const Content& content);

// One certification in full: the skills it evidences, preparation, renewal, tracks it helps.
std::string cert_text(const Content& content, Index cert, const TextStyle& style);
nlohmann::ordered_json cert_json(const Content& content, Index cert);

}  // namespace careerplan
