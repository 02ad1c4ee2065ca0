#include "careerplan/load/resume_names.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace careerplan {

namespace {

constexpr std::size_t k_max_key_bytes = 200;  // longer names are no id or alias; the scan stays bounded
constexpr std::size_t k_max_words = 4;        // the longest alias in words
constexpr double k_max_years_asked = 50;      // a larger number before "years" is no experience asked

struct WordLevel {
  std::string_view word;
  int level;
};

// Level words as résumés write them; a level 5 ("sets direction") is never read from a word.
constexpr std::array k_level_words{
    WordLevel{"beginner", 1},     WordLevel{"novice", 1},       WordLevel{"basic", 1},
    WordLevel{"elementary", 1},   WordLevel{"familiar", 1},     WordLevel{"learning", 1},
    WordLevel{"intermediate", 2}, WordLevel{"competent", 2},    WordLevel{"working-knowledge", 2},
    WordLevel{"moderate", 2},     WordLevel{"good", 2},         WordLevel{"advanced", 3},
    WordLevel{"proficient", 3},   WordLevel{"experienced", 3},  WordLevel{"strong", 3},
    WordLevel{"skilled", 3},      WordLevel{"fluent", 3},       WordLevel{"expert", 4},
    WordLevel{"master", 4},       WordLevel{"mastery", 4},      WordLevel{"specialist", 4},
};

struct DegreeWord {
  std::string_view key;  // a name_key, or its first word
  Education level;
};

// Matched against the whole key first, then its first word: "bachelor-of-science" by "bachelor".
constexpr std::array k_degree_words{
    DegreeWord{"phd", Education::doctorate},         DegreeWord{"ph-d", Education::doctorate},
    DegreeWord{"doctorate", Education::doctorate},   DegreeWord{"doctor", Education::doctorate},
    DegreeWord{"doctoral", Education::doctorate},    DegreeWord{"dphil", Education::doctorate},
    DegreeWord{"edd", Education::doctorate},         DegreeWord{"master", Education::master},
    DegreeWord{"masters", Education::master},        DegreeWord{"msc", Education::master},
    DegreeWord{"m-sc", Education::master},           DegreeWord{"ms", Education::master},
    DegreeWord{"m-s", Education::master},            DegreeWord{"ma", Education::master},
    DegreeWord{"m-a", Education::master},            DegreeWord{"mba", Education::master},
    DegreeWord{"meng", Education::master},           DegreeWord{"mphil", Education::master},
    DegreeWord{"bachelor", Education::bachelor},     DegreeWord{"bachelors", Education::bachelor},
    DegreeWord{"bsc", Education::bachelor},          DegreeWord{"b-sc", Education::bachelor},
    DegreeWord{"bs", Education::bachelor},           DegreeWord{"b-s", Education::bachelor},
    DegreeWord{"ba", Education::bachelor},           DegreeWord{"b-a", Education::bachelor},
    DegreeWord{"beng", Education::bachelor},         DegreeWord{"btech", Education::bachelor},
    DegreeWord{"b-tech", Education::bachelor},       DegreeWord{"undergraduate", Education::bachelor},
    DegreeWord{"associate", Education::associate},   DegreeWord{"associates", Education::associate},
    DegreeWord{"aas", Education::associate},         DegreeWord{"a-a-s", Education::associate},
    DegreeWord{"aa", Education::associate},          DegreeWord{"as", Education::associate},
    DegreeWord{"hnd", Education::associate},         DegreeWord{"foundation-degree", Education::associate},
    DegreeWord{"high-school", Education::high_school}, DegreeWord{"ged", Education::high_school},
    DegreeWord{"secondary-school", Education::high_school}, DegreeWord{"a-levels", Education::high_school},
};

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

void append_word(std::string& out, std::string_view word) {
  if (!out.empty() && out.back() != '-') out += '-';
  out += word;
}

// name_key's work, stopping once `cap` bytes are written.
std::string kebab(std::string_view text, std::size_t cap) {
  std::string out;
  for (std::size_t i = 0; i < text.size() && out.size() < cap; ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (is_alnum(c)) {
      out += c;
    } else if (c == '+') {
      append_word(out, "plus");
    } else if (c == '#') {
      append_word(out, "sharp");
    } else if (text.substr(i).starts_with("\xC2\xAE") || text.substr(i).starts_with("\xE2\x84\xA2")) {
      i += c == '\xC2' ? 1 : 2;  // ® and ™ mark a name, they do not separate its words
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
    if ((c == '+' || c == '#') && i + 1 < text.size() && is_alnum(static_cast<char>(text[i + 1] | 0x20))) out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// The words of free text as name_key splits them, for phrase and number scans. The word "plus"
// written out becomes "plus.", which no id or alias holds: "is a plus" never reads as "A+".
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    if (word == "plus") word += '.';
    words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (is_alnum(c)) {
      word += c;
    } else if (c == '+' || c == '#') {
      flush();
      words.emplace_back(c == '+' ? "plus" : "sharp");
    } else if (text.substr(i).starts_with("\xC2\xAE") || text.substr(i).starts_with("\xE2\x84\xA2")) {
      i += c == '\xC2' ? 1 : 2;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

constexpr std::array<std::string_view, 10> k_number_words{"one", "two",   "three", "four", "five",
                                                          "six", "seven", "eight", "nine", "ten"};

// "3" or "three" as a number; nullopt for any other word.
std::optional<double> number_word(std::string_view w) {
  for (std::size_t i = 0; i < k_number_words.size(); ++i) {
    if (w == k_number_words[i]) return static_cast<double>(i + 1);
  }
  if (w.empty() || w.size() > 2) return std::nullopt;
  double v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::string name_key(std::string_view text) { return kebab(text, k_max_key_bytes); }

std::optional<Index> find_skill(const Content& content, std::string_view name) {
  const std::string key = name_key(name);
  if (key.empty()) return std::nullopt;
  if (auto it = content.skill_ids.find(key); it != content.skill_ids.end()) return it->second;
  for (std::size_t i = 0; i < content.skills.size(); ++i) {
    if (name_key(content.skills[i].name) == key) return static_cast<Index>(i);
  }
  return std::nullopt;
}

std::optional<Index> find_cert(const Content& content, std::string_view name) {
  const std::string key = name_key(name);
  if (key.empty()) return std::nullopt;
  if (auto it = content.cert_ids.find(key); it != content.cert_ids.end()) return it->second;
  for (std::size_t i = 0; i < content.certifications.size(); ++i) {
    if (name_key(content.certifications[i].name) == key) return static_cast<Index>(i);
  }
  return std::nullopt;
}

std::optional<Education> education_from_degree(std::string_view study_type) {
  const std::string key = name_key(study_type);
  if (key.empty()) return std::nullopt;
  const std::string_view first = std::string_view(key).substr(0, key.find('-'));
  for (const auto& d : k_degree_words) {
    if (key == d.key) return d.level;
  }
  for (const auto& d : k_degree_words) {
    if (first == d.key || key.starts_with(std::string(d.key) + "-")) return d.level;
  }
  return std::nullopt;
}

std::optional<int> level_from_word(std::string_view word) {
  const std::string key = name_key(word);
  if (key.size() == 1 && key[0] >= '1' && key[0] <= '5') return key[0] - '0';
  for (const auto& w : k_level_words) {
    if (key == w.word) return w.level;
  }
  return std::nullopt;
}

bool contains_words(std::string_view text, std::string_view phrase) {
  if (phrase.empty()) return false;
  for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
    const bool starts = at == 0 || text[at - 1] == '-';
    const bool ends = at + phrase.size() == text.size() || text[at + phrase.size()] == '-';
    if (starts && ends) return true;
  }
  return false;
}

std::vector<Index> skills_in_text(const Content& content, std::string_view text) {
  return ids_in_text(content.skill_ids, text);
}

std::vector<Index> ids_in_text(const IdTable& table, std::string_view text) {
  const std::vector<std::string> words = words_of(text);
  std::vector<Index> found;
  std::string phrase;
  for (std::size_t i = 0; i < words.size(); ++i) {
    phrase.clear();
    for (std::size_t n = 0; n < k_max_words && i + n < words.size(); ++n) {
      if (n > 0) phrase += '-';
      phrase += words[i + n];
      if (auto it = table.find(phrase); it != table.end()) {
        if (std::find(found.begin(), found.end(), it->second) == found.end()) found.push_back(it->second);
      }
    }
  }
  return found;
}

std::vector<Index> certs_in_text(const Content& content, std::string_view text) {
  std::vector<Index> found = ids_in_text(content.cert_ids, text);
  std::string key;
  for (const auto& w : words_of(text)) key += (key.empty() ? "" : "-") + w;
  for (std::size_t i = 0; i < content.certifications.size(); ++i) {
    const auto index = static_cast<Index>(i);
    if (std::find(found.begin(), found.end(), index) != found.end()) continue;
    if (contains_words(key, name_key(content.certifications[i].name))) found.push_back(index);
  }
  return found;
}

std::optional<double> years_in_text(std::string_view text) {
  const std::vector<std::string> words = words_of(text);
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] != "years" && words[i] != "year" && words[i] != "yrs") continue;
    // "3+ years" is "3 plus years"; "2-4 years" is "2 4 years": the number asked is the first.
    std::size_t at = i - 1;
    if (words[at] == "plus" && at > 0) --at;
    if (at > 0 && number_word(words[at - 1]) && number_word(words[at])) --at;
    if (auto n = number_word(words[at]); n && *n <= k_max_years_asked) return *n;
  }
  return std::nullopt;
}

}  // namespace careerplan
