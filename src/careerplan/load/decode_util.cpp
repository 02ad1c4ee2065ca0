#include "careerplan/load/decode_util.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/text.hpp"
#include "careerplan/load/resolve.hpp"

namespace careerplan {

FilePos pos_of(const Item& item) { return FilePos{item.file, item.node->line, item.node->column}; }

std::string what(std::string_view kind, std::string_view id) { return fmt::format("{} '{}'", kind, id); }

std::string id_of(const yaml::Node& node) {
  for (const auto& e : node.entries) {
    if (e.key == "id" && e.value.is_scalar()) return e.value.value;
  }
  return {};
}

void read_text(Fields& f, const YamlReader& r, std::string_view key, std::string_view& out, bool required, Content& c) {
  const yaml::Node* n = required ? f.required(key) : f.optional(key);
  if (n == nullptr) return;
  if (auto v = r.text(*n, key)) out = c.keep(std::move(*v));
}

std::vector<std::string_view> keep_all(Content& c, std::vector<std::string> texts) {
  std::vector<std::string_view> out;
  out.reserve(texts.size());
  for (auto& t : texts) out.push_back(c.keep(std::move(t)));
  return out;
}

std::optional<SourceRef> read_source_ref(const YamlReader& r, const yaml::Node& n, Content& c) {
  if (n.is_map()) {
    Fields f(r, n, "source");
    SourceRef ref;
    const yaml::Node* id = f.required("id");
    std::optional<Index> index;
    if (id != nullptr) index = resolve_id(r, *id, c.source_ids, "source");
    read_text(f, r, "section", ref.section, false, c);
    f.finish();
    if (!index) return std::nullopt;
    ref.source = *index;
    return ref;
  }
  auto index = resolve_id(r, n, c.source_ids, "source");
  if (!index) return std::nullopt;
  return SourceRef{*index, {}};
}

SourceRef required_source(Fields& f, const YamlReader& r, Content& c) {
  const yaml::Node* n = f.required("source");
  if (n == nullptr) return {};
  return read_source_ref(r, *n, c).value_or(SourceRef{});
}

std::optional<Figure> read_figure(const YamlReader& r, const yaml::Node& n, Content& c, std::string_view field) {
  Fields f(r, n, std::string(field));
  if (!f.ok()) return std::nullopt;
  Figure fig;
  bool ok = true;
  const yaml::Node* value = f.optional("value");
  const yaml::Node* low = f.optional("low");
  const yaml::Node* high = f.optional("high");
  if (value != nullptr && (low != nullptr || high != nullptr)) {
    r.error(n, fmt::format("{} takes either value or low and high, not both", field));
    ok = false;
  } else if (value != nullptr) {
    auto v = r.number(*value, fmt::format("{} value", field), 0, k_max_figure);
    ok = v.has_value();
    if (v) fig.range = {*v, *v};
  } else if (low != nullptr && high != nullptr) {
    auto lo = r.number(*low, fmt::format("{} low", field), 0, k_max_figure);
    auto hi = r.number(*high, fmt::format("{} high", field), 0, k_max_figure);
    ok = lo && hi;
    if (ok && *lo > *hi) {
      r.error(*low, fmt::format("{} low ({}) is above high ({})", field, *lo, *hi));
      ok = false;
    }
    if (ok) fig.range = {*lo, *hi};
  } else {
    r.error(n, fmt::format("{} needs value, or low and high", field));
    ok = false;
  }
  fig.source = required_source(f, r, c);
  f.finish();
  if (!ok) return std::nullopt;
  return fig;
}

std::vector<Index> read_refs(const YamlReader& r, const yaml::Node& n, const IdTable& table, std::string_view kind,
                             std::string_view field) {
  std::vector<Index> out;
  if (!r.expect(n, yaml::NodeKind::sequence, field)) return out;
  for (const auto& item : n.items) {
    if (auto i = resolve_id(r, item, table, kind)) {
      if (std::find(out.begin(), out.end(), *i) != out.end()) {
        r.error(item, fmt::format("{} '{}' is listed twice in {}", kind, item.value, field));
      } else {
        out.push_back(*i);
      }
    }
  }
  return out;
}

std::optional<std::string_view> read_currency(Fields& f, const YamlReader& r, Content& c) {
  const auto* n = f.required("currency");
  if (n == nullptr) return std::nullopt;
  auto v = r.text(*n, "currency");
  if (!v) return std::nullopt;
  if (v->size() != 3 || !std::all_of(v->begin(), v->end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
    r.error(*n, fmt::format("currency must be a three-letter ISO 4217 code like USD, found '{}'", escape_controls(*v)));
    return std::nullopt;
  }
  return c.keep(std::move(*v));
}

std::optional<std::string_view> read_period(Fields& f, const YamlReader& r, Content& c) {
  const auto* n = f.required("period");
  if (n == nullptr) return std::nullopt;
  auto v = r.text(*n, "period");
  if (!v) return std::nullopt;
  if (*v != "year" && *v != "month" && *v != "hour") {
    r.error(*n, fmt::format("period must be year, month or hour, found '{}'", escape_controls(*v)));
    return std::nullopt;
  }
  return c.keep(std::move(*v));
}

}  // namespace careerplan
