#pragma once
// Listings of a content pack (tracks, one track, stages) as text for people and JSON for
// programs; both carry the same data under the same names.
#include <nlohmann/json.hpp>

#include <string>

#include "careerplan/model/model.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

std::string tracks_text(const Content& content, const TextStyle& style);
nlohmann::ordered_json tracks_json(const Content& content);

std::string track_text(const Content& content, Index track, const TextStyle& style);
nlohmann::ordered_json track_json(const Content& content, Index track);

std::string stages_text(const Content& content, const TextStyle& style);
nlohmann::ordered_json stages_json(const Content& content);

// {"id", "title", "section", "estimate"} for a source reference.
nlohmann::ordered_json source_json(const Content& content, const SourceRef& ref);
// The same with what dates and grades a source of official facts: publisher, edition, checked, grade, url.
nlohmann::ordered_json official_source_json(const Content& c, const SourceRef& ref);

}  // namespace careerplan
