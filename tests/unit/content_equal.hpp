#pragma once
// Field-by-field comparison of two Contents through content_fields.hpp, the description the pack
// writer and reader walk, so every field a pack stores is compared and a difference is named by
// its path (e.g. "tracks[2].salary.range.low").
#include <map>
#include <string>
#include <vector>

#include "careerplan/load/content_fields.hpp"
#include "careerplan/model/model.hpp"

namespace careerplan::test {

class ContentDiff {
public:
  std::vector<std::string> differences;

  void run(const Content& a, const Content& b) {
    m_a = &a;
    m_b = &b;
    fields(*this, a, b);
    table("source_ids", a.source_ids, b.source_ids);
    table("skill_ids", a.skill_ids, b.skill_ids);
    table("cert_ids", a.cert_ids, b.cert_ids);
    table("stage_ids", a.stage_ids, b.stage_ids);
    table("track_ids", a.track_ids, b.track_ids);
    table("project_ids", a.project_ids, b.project_ids);
  }

  // The visitor content_fields.hpp calls with both records' fields.
  template <class T>
  void text(std::string_view name, const T& x, const T& y) { same(name, x, y); }
  template <class T>
  void texts(std::string_view name, const T& x, const T& y) { same(name, x, y); }
  template <class T>
  void index(std::string_view name, const T& x, const T& y) { same(name, x, y); }
  template <class T>
  void indices(std::string_view name, const T& x, const T& y) { same(name, x, y); }
  void opt_index(std::string_view name, const std::optional<Index>& x, const std::optional<Index>& y) { same(name, x, y); }
  void integer(std::string_view name, int x, int y) { same(name, x, y); }
  void level(std::string_view name, int x, int y) { same(name, x, y); }
  void number(std::string_view name, double x, double y) { same(name, x, y); }
  void flag(std::string_view name, bool x, bool y) { same(name, x, y); }
  template <class E>
  void enumeration(std::string_view name, E, E x, E y) { same(name, static_cast<int>(x), static_cast<int>(y)); }
  // Positions compare by file name: the two packs may number their files differently.
  void location(std::string_view name, const FilePos& x, const FilePos& y) {
    const Location lx = m_a->locate(x);
    const Location ly = m_b->locate(y);
    nested(name, [&] {
      same("file", lx.file, ly.file);
      same("line", lx.line, ly.line);
      same("column", lx.column, ly.column);
    });
  }
  template <class T>
  void record(std::string_view name, const T& x, const T& y) {
    nested(name, [&] { fields(*this, x, y); });
  }
  template <class T>
  void optional(std::string_view name, const std::optional<T>& x, const std::optional<T>& y) {
    same(std::string(name) + "?", x.has_value(), y.has_value());
    if (x && y) record(name, *x, *y);
  }
  template <class T>
  void list(std::string_view name, const std::vector<T>& x, const std::vector<T>& y) {
    if (x.size() != y.size()) {
      same(std::string(name) + ".size", x.size(), y.size());
      return;
    }
    for (std::size_t i = 0; i < x.size(); ++i) record(std::string(name) + "[" + std::to_string(i) + "]", x[i], y[i]);
  }

private:
  template <typename T>
  void same(std::string_view name, const T& x, const T& y) {
    if (!(x == y)) differences.push_back(m_path + std::string(name));
  }

  template <class F>
  void nested(std::string_view name, F&& walk) {
    const std::size_t size = m_path.size();
    m_path += std::string(name) + ".";
    walk();
    m_path.resize(size);
  }

  void table(std::string_view name, const IdTable& x, const IdTable& y) {
    std::map<std::string, Index> mx, my;
    for (const auto& [key, index] : x) mx.emplace(key, index);
    for (const auto& [key, index] : y) my.emplace(key, index);
    same(name, mx, my);
  }

  const Content* m_a = nullptr;
  const Content* m_b = nullptr;
  std::string m_path;
};

inline std::vector<std::string> content_differences(const Content& a, const Content& b) {
  ContentDiff d;
  d.run(a, b);
  return d.differences;
}

}  // namespace careerplan::test
