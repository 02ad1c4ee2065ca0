#include "careerplan/base/id_table.hpp"

#include <stdexcept>

namespace careerplan {

std::size_t IdTable::lower_bound(std::string_view k) const {
  std::size_t lo = 0;
  std::size_t hi = m_slots.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (key(m_slots[mid]) < k) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

IdTable::const_iterator IdTable::find(std::string_view k) const {
  const std::size_t at = lower_bound(k);
  if (at < m_slots.size() && key(m_slots[at]) == k) return {this, at};
  return end();
}

std::string lookup_key(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool gap = false;  // a separator is owed before the next kept character
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!keep) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '-';
    gap = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
  }
  return out;
}

IdTable::const_iterator IdTable::find_name(std::string_view typed) const {
  if (auto it = find(typed); it != end()) return it;
  const std::string key = lookup_key(typed);
  return key == typed ? end() : find(key);
}

std::uint32_t IdTable::at(std::string_view k) const {
  const auto it = find(k);
  if (it == end()) throw std::out_of_range("IdTable::at: no such key");
  return it->second;
}

IdTable::Slot IdTable::add_key(std::string_view k, std::uint32_t index) {
  const Slot s{static_cast<std::uint32_t>(m_keys.size()), static_cast<std::uint32_t>(k.size()), index};
  m_keys.append(k);
  return s;
}

std::pair<IdTable::const_iterator, bool> IdTable::emplace(std::string_view k, std::uint32_t index) {
  if (m_slots.empty() || key(m_slots.back()) < k) {
    m_slots.push_back(add_key(k, index));
    return {const_iterator(this, m_slots.size() - 1), true};
  }
  const std::size_t at = lower_bound(k);
  if (key(m_slots[at]) == k) return {const_iterator(this, at), false};
  const Slot s = add_key(k, index);
  m_slots.insert(m_slots.begin() + static_cast<std::ptrdiff_t>(at), s);
  return {const_iterator(this, at), true};
}

void IdTable::insert_or_assign(std::string_view k, std::uint32_t index) {
  auto [it, added] = emplace(k, index);
  if (!added) m_slots[it.m_at].index = index;
}

std::size_t IdTable::erase(std::string_view k) {
  const auto it = find(k);
  if (it == end()) return 0;
  m_slots.erase(m_slots.begin() + static_cast<std::ptrdiff_t>(it.m_at));
  return 1;
}

void IdTable::reserve(std::size_t keys, std::size_t key_bytes) {
  m_slots.reserve(keys);
  m_keys.reserve(key_bytes);
}

bool operator==(const IdTable& a, const IdTable& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a.entry(i) != b.entry(i)) return false;
  }
  return true;
}

}  // namespace careerplan
