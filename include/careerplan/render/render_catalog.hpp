#pragma once
// Listings of a content pack (tracks, one track, stages) as text for people and JSON for
// programs; both carry the same data under the same names.
#include <nlohmann/json.hpp>

#include <string>

#include "careerplan/model/model.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

// A listing is a table, one record a line unless the terminal or $COLUMNS gives a width (then
// only its free-text column wraps); the hint for the next command follows on a terminal only.
std::string tracks_text(const Content& content, const TextStyle& style);
// The same table as tab-separated values with a header line (`--format tsv`).
std::string tracks_tsv(const Content& content);
nlohmann::ordered_json tracks_json(const Content& content);

std::string track_text(const Content& content, Index track, const TextStyle& style);
nlohmann::ordered_json track_json(const Content& content, Index track);

std::string stages_text(const Content& content, const TextStyle& style);
std::string stages_tsv(const Content& content);
nlohmann::ordered_json stages_json(const Content& content);

// "\nHINT\n", dimmed, when stdout is a terminal; nothing otherwise, so pipes get records only.
std::string listing_hint(std::string_view hint, const TextStyle& style);

// {"id", "title", "section", "estimate"} for a source reference.
nlohmann::ordered_json source_json(const Content& content, const SourceRef& ref);
// The same with what dates and grades a source of official facts: publisher, edition, checked, grade, url.
nlohmann::ordered_json official_source_json(const Content& c, const SourceRef& ref);

}  // namespace careerplan
