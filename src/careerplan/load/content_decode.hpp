#pragma once
// Decoders for each kind of content item; ids are registered beforehand so references resolve.
#include "careerplan/model/model.hpp"
#include "careerplan/load/yaml_read.hpp"

namespace careerplan {

// One item of a section: its file's reader, its node, the slot it fills in Content, and its
// file's index in Content::files.
struct Item {
  const YamlReader* reader = nullptr;
  const yaml::Node* node = nullptr;
  Index slot = 0;
  std::uint32_t file = k_no_file;
};

void decode_source(const Item& item, Content& c);
void decode_skill(const Item& item, Content& c);
void decode_certification(const Item& item, Content& c);
void decode_stage(const Item& item, Content& c);
void decode_track(const Item& item, Content& c);
void decode_strategy(const Item& item, Content& c);
void decode_transition(const Item& item, Content& c);
void decode_project(const Item& item, Content& c);
// `renamed: [{kind: skill, from: old-id, to: new-id}]`: old ids keep resolving to the new item.
void decode_renamed(const Item& item, Content& c);

}  // namespace careerplan
