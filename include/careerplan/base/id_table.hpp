#pragma once
// Ids and aliases of one kind of content item, mapped to the item's index. A flat table sorted
// by key bytes: a compiled pack stores its tables in that order, so reading one is two
// allocations and a copy, not a node and a hash per key.
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careerplan {

// The key under which a typed name or a display name is filed: ASCII letters lower-cased, every
// run of other ASCII characters (spaces, '_', '/', '+', '.') one '-', none at either end; bytes of
// UTF-8 sequences are kept. "CompTIA A+" -> "comptia-a"; an id is its own key.
std::string lookup_key(std::string_view name);

class IdTable {
public:
  using value_type = std::pair<std::string_view, std::uint32_t>;  // key, index

  // Walks the keys in increasing byte order; dereferencing yields a value (views into the table),
  // valid until the table changes.
  class const_iterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = IdTable::value_type;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = value_type;

    const_iterator() = default;
    value_type operator*() const { return m_table->entry(m_at); }
    // `it->second` works on the pair a dereference makes.
    struct Arrow {
      value_type entry;
      const value_type* operator->() const { return &entry; }
    };
    Arrow operator->() const { return Arrow{**this}; }
    const_iterator& operator++() {
      ++m_at;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++m_at;
      return before;
    }
    friend bool operator==(const const_iterator&, const const_iterator&) = default;

  private:
    friend class IdTable;
    const_iterator(const IdTable* table, std::size_t at) : m_table(table), m_at(at) {}
    const IdTable* m_table = nullptr;
    std::size_t m_at = 0;
  };
  using iterator = const_iterator;

  [[nodiscard]] const_iterator begin() const { return {this, 0}; }
  [[nodiscard]] const_iterator end() const { return {this, m_slots.size()}; }
  [[nodiscard]] std::size_t size() const { return m_slots.size(); }
  [[nodiscard]] bool empty() const { return m_slots.empty(); }

  [[nodiscard]] const_iterator find(std::string_view key) const;
  // The entry a person means by `typed`: the key itself, else its lookup_key ("Network Engineer",
  // "SQL" and "network_engineer" all find "network-engineer"). The exact search comes first, so
  // ids as written in files cost one search.
  [[nodiscard]] const_iterator find_name(std::string_view typed) const;
  [[nodiscard]] bool contains(std::string_view key) const { return find(key) != end(); }
  [[nodiscard]] std::size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }
  // The key's index; throws std::out_of_range when the key is absent.
  [[nodiscard]] std::uint32_t at(std::string_view key) const;

  // Adds the key unless present; returns where it is and whether it was added. Keys added in
  // increasing order append, so reading a sorted table is linear.
  std::pair<const_iterator, bool> emplace(std::string_view key, std::uint32_t index);
  // Adds a key greater than every key in the table (a reader of a stored, sorted table has
  // checked that), without searching.
  void append_greater(std::string_view key, std::uint32_t index) { m_slots.push_back(add_key(key, index)); }
  void insert_or_assign(std::string_view key, std::uint32_t index);
  // Removes the key, if present; returns how many were removed (0 or 1).
  std::size_t erase(std::string_view key);
  void reserve(std::size_t keys, std::size_t key_bytes);

  friend bool operator==(const IdTable& a, const IdTable& b);

private:
  struct Slot {
    std::uint32_t offset = 0;  // the key's first byte in m_keys
    std::uint32_t length = 0;
    std::uint32_t index = 0;
  };
  [[nodiscard]] std::string_view key(const Slot& s) const { return {m_keys.data() + s.offset, s.length}; }
  [[nodiscard]] value_type entry(std::size_t at) const { return {key(m_slots[at]), m_slots[at].index}; }
  // The first slot whose key is not less than `k`.
  [[nodiscard]] std::size_t lower_bound(std::string_view k) const;
  Slot add_key(std::string_view k, std::uint32_t index);

  std::string m_keys;          // every key's bytes back to back; an erased key's bytes stay unused
  std::vector<Slot> m_slots;   // sorted by key bytes, no key twice
};

}  // namespace careerplan
