#pragma once
// Mapping the guarded YAML tree onto structs, one line per key, with exact messages:
// every problem names the field, what was expected and what was found, at file:line:col.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/load/yaml_tree.hpp"

namespace careerplan {

// Reads values out of one file's tree, reporting problems to a shared Diagnostics.
class YamlReader {
public:
  YamlReader(std::string file, Diagnostics& diags) : m_file(std::move(file)), m_diags(diags) {}

  [[nodiscard]] Location at(const yaml::Node& n) const { return {m_file, n.line, n.column}; }
  [[nodiscard]] const std::string& file() const { return m_file; }
  void error(const yaml::Node& n, std::string message, std::vector<std::string> hints = {}) const;
  void error(Location where, std::string message, std::vector<std::string> hints = {}) const;
  // False once this file's errors are past the cap and further ones are only counted.
  [[nodiscard]] bool will_show() const { return m_diags.will_show(m_file); }

  // Each returns nullopt (after reporting) when the node does not hold what is asked.
  std::optional<std::string> text(const yaml::Node& n, std::string_view field) const;
  std::optional<std::string> id(const yaml::Node& n, std::string_view field) const;
  std::optional<long long> integer(const yaml::Node& n, std::string_view field, long long lo, long long hi) const;
  // integer() for a field whose name is composed ("level of skill 'sql'"): `name()` makes it only
  // when there is something to report.
  template <typename Name>
  std::optional<long long> integer(const yaml::Node& n, const Name& name, long long lo, long long hi) const
    requires std::is_invocable_r_v<std::string, const Name&>
  {
    if (auto v = whole_number_in(n, lo, hi)) return v;
    return integer(n, std::string_view(name()), lo, hi);
  }
  std::optional<double> number(const yaml::Node& n, std::string_view field, double lo, double hi) const;
  std::optional<bool> boolean(const yaml::Node& n, std::string_view field) const;
  // A list of texts; a single text is not accepted in its place.
  std::vector<std::string> text_list(const yaml::Node& n, std::string_view field) const;
  bool expect(const yaml::Node& n, yaml::NodeKind kind, std::string_view field) const;

private:
  // The node's whole number when it is one from lo to hi; reports nothing.
  static std::optional<long long> whole_number_in(const yaml::Node& n, long long lo, long long hi);

  std::string m_file;
  Diagnostics& m_diags;
};

// The keys of one mapping: look each known key up once, then finish() reports the unknown ones.
class Fields {
public:
  // `what` names the mapping in messages, e.g. "track 'devops-sre'" or "profile".
  Fields(const YamlReader& reader, const yaml::Node& map, std::string what);

  const yaml::Node* optional(std::string_view key);
  const yaml::Node* required(std::string_view key);
  void finish();
  [[nodiscard]] bool ok() const { return m_ok; }  // the node was a mapping

private:
  const YamlReader& m_reader;
  const yaml::Node& m_map;
  std::string m_what;
  std::vector<bool> m_used;
  std::vector<std::string> m_known;
  bool m_ok;
};

}  // namespace careerplan
