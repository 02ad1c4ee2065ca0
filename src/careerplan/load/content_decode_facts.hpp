#pragma once
// Decoders for the official facts beside the seeds; each reads its keys from the item's Fields.
#include "careerplan/load/yaml_read.hpp"
#include "careerplan/model/model.hpp"

namespace careerplan {

// publisher, edition, checked (YYYY-MM-DD) and grade (A, A-data or B) of a source.
void decode_source_facts(Fields& f, const YamlReader& r, Source& s, Content& c);
// occupations, no_occupation, official_wage, outlook and role_aliases of a track.
void decode_track_facts(Fields& f, const YamlReader& r, Track& t, Content& c);
// exam: {name, facts: [{fact, value, source}]} of a certification.
void decode_exam(Fields& f, const YamlReader& r, Certification& cert, Content& c);

}  // namespace careerplan
