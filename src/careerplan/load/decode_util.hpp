#pragma once
// The small readers every content decoder shares: text kept in the Content's store, source
// references, figures and id lists.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/load/content_decode.hpp"
#include "careerplan/model/model.hpp"

namespace careerplan {

// The largest number a figure, salary or wage may hold.
inline constexpr double k_max_figure = 1e9;

FilePos pos_of(const Item& item);
std::string what(std::string_view kind, std::string_view id);
// The id of an item's map, "" when it has none: names the item in messages before it is decoded.
std::string id_of(const yaml::Node& node);

// The YAML tree dies after loading: text the model keeps is moved into the Content's store.
void read_text(Fields& f, const YamlReader& r, std::string_view key, std::string_view& out, bool required, Content& c);
std::vector<std::string_view> keep_all(Content& c, std::vector<std::string> texts);

// `source: ID` or `source: {id: ID, section: "..."}`.
std::optional<SourceRef> read_source_ref(const YamlReader& r, const yaml::Node& n, Content& c);
SourceRef required_source(Fields& f, const YamlReader& r, Content& c);

// {low: N, high: N, source: REF} or {value: N, source: REF}.
std::optional<Figure> read_figure(const YamlReader& r, const yaml::Node& n, Content& c, std::string_view field);

// A list of ids of one kind, each resolved and listed once.
std::vector<Index> read_refs(const YamlReader& r, const yaml::Node& n, const IdTable& table, std::string_view kind,
                             std::string_view field);

// A three-letter ISO 4217 code and a pay period (year, month or hour), each checked.
std::optional<std::string_view> read_currency(Fields& f, const YamlReader& r, Content& c);
std::optional<std::string_view> read_period(Fields& f, const YamlReader& r, Content& c);

}  // namespace careerplan
