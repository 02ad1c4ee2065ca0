#include "careerplan/load/yaml_read.hpp"

#include <fmt/format.h>

#include <cmath>

#include "careerplan/base/text.hpp"

namespace careerplan {

namespace {

std::string shown(const yaml::Node& n) {
  if (n.is_scalar()) return fmt::format("'{}'", escape_controls(n.value));
  return std::string(yaml::describe(n));
}

// A plain scalar that YAML reads as null (`~`, `null`, empty) is "nothing", not the text "null".
bool is_nothing(const yaml::Node& n) {
  return n.is_null() || (n.is_scalar() && n.plain && (n.value == "~" || n.value == "null" || n.value == "Null" || n.value == "NULL"));
}

}  // namespace

void YamlReader::error(const yaml::Node& n, std::string message, std::vector<std::string> hints) const {
  m_diags.error(at(n), std::move(message), std::move(hints));
}

void YamlReader::error(Location where, std::string message, std::vector<std::string> hints) const {
  m_diags.error(std::move(where), std::move(message), std::move(hints));
}

bool YamlReader::expect(const yaml::Node& n, yaml::NodeKind kind, std::string_view field) const {
  if (n.kind == kind && !(kind == yaml::NodeKind::scalar && is_nothing(n))) return true;
  yaml::Node want;
  want.kind = kind;
  error(n, fmt::format("{} must be {}, found {}", field, yaml::describe(want), shown(n)));
  return false;
}

std::optional<std::string> YamlReader::text(const yaml::Node& n, std::string_view field) const {
  if (!n.is_scalar() || is_nothing(n)) {
    error(n, fmt::format("{} must be a text value, found {}", field, is_nothing(n) ? "nothing" : shown(n)));
    return std::nullopt;
  }
  return n.value;
}

std::optional<std::string> YamlReader::id(const yaml::Node& n, std::string_view field) const {
  auto value = text(n, field);
  if (!value) return std::nullopt;
  if (!is_kebab_id(*value)) {
    error(n, fmt::format("{} must be a kebab-case id (like 'incident-management'), found {}", field, shown(n)));
    return std::nullopt;
  }
  return value;
}

std::optional<long long> YamlReader::whole_number_in(const yaml::Node& n, long long lo, long long hi) {
  std::optional<long long> v;
  if (n.is_scalar() && !is_nothing(n)) v = parse_decimal(n.value);
  if (!v || *v < lo || *v > hi) return std::nullopt;
  return v;
}

std::optional<long long> YamlReader::integer(const yaml::Node& n, std::string_view field, long long lo,
                                             long long hi) const {
  const std::optional<long long> v = whole_number_in(n, lo, hi);
  if (!v) {
    error(n, fmt::format("{} must be a whole number from {} to {}, found {}", field, lo, hi,
                         is_nothing(n) ? "nothing" : shown(n)));
    return std::nullopt;
  }
  return v;
}

std::optional<double> YamlReader::number(const yaml::Node& n, std::string_view field, double lo,
                                         double hi) const {
  std::optional<double> v;
  if (n.is_scalar() && !is_nothing(n)) v = parse_decimal_number(n.value);
  if (!v || !std::isfinite(*v) || *v < lo || *v > hi) {
    error(n, fmt::format("{} must be a number from {} to {}, found {}", field, lo, hi,
                         is_nothing(n) ? "nothing" : shown(n)));
    return std::nullopt;
  }
  return v;
}

std::optional<bool> YamlReader::boolean(const yaml::Node& n, std::string_view field) const {
  if (n.is_scalar() && n.plain && n.value == "true") return true;
  if (n.is_scalar() && n.plain && n.value == "false") return false;
  error(n, fmt::format("{} must be true or false, found {}", field, is_nothing(n) ? "nothing" : shown(n)));
  return std::nullopt;
}

std::vector<std::string> YamlReader::text_list(const yaml::Node& n, std::string_view field) const {
  std::vector<std::string> out;
  if (!expect(n, yaml::NodeKind::sequence, field)) return out;
  for (const auto& item : n.items) {
    if (auto v = text(item, fmt::format("each item of {}", field))) out.push_back(std::move(*v));
  }
  return out;
}

Fields::Fields(const YamlReader& reader, const yaml::Node& map, std::string what)
    : m_reader(reader), m_map(map), m_what(std::move(what)), m_used(map.entries.size(), false),
      m_ok(map.is_map()) {
  if (!m_ok) {
    m_reader.error(map, fmt::format("{} must be a mapping of keys to values, found {}", m_what, shown(map)));
  }
}

const yaml::Node* Fields::optional(std::string_view key) {
  m_known.emplace_back(key);
  if (!m_ok) return nullptr;
  for (std::size_t i = 0; i < m_map.entries.size(); ++i) {
    if (m_map.entries[i].key == key) {
      m_used[i] = true;
      return &m_map.entries[i].value;
    }
  }
  return nullptr;
}

const yaml::Node* Fields::required(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (n == nullptr && m_ok) {
    m_reader.error(m_map, fmt::format("{} is missing required key '{}'", m_what, key));
  }
  return n;
}

void Fields::finish() {
  if (!m_ok) return;
  for (std::size_t i = 0; i < m_map.entries.size(); ++i) {
    if (m_used[i]) continue;
    const auto& e = m_map.entries[i];
    std::string message = fmt::format("unknown key '{}' in {}", escape_controls(e.key), m_what);
    if (auto guess = closest_match(e.key, m_known)) {
      message += fmt::format(" (did you mean '{}'?)", *guess);
    }
    std::vector<std::string> hints;
    if (message.back() != ')') hints.push_back(fmt::format("known keys: {}", fmt::join(m_known, ", ")));
    m_reader.error(Location{m_reader.file(), e.line, e.column}, std::move(message), std::move(hints));
  }
}

}  // namespace careerplan
