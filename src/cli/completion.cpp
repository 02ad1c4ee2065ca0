#include "completion.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <functional>

namespace careerplan::cli {

namespace {

enum class ValueKind { none, choices, files, dirs, ids };

struct Value {
  ValueKind kind = ValueKind::files;
  std::vector<std::string> choices;  // ValueKind::choices
  std::string id_kind;               // ValueKind::ids: one of k_id_kinds
};

struct Opt {
  std::vector<std::string> names;  // "--format", "-o"
  std::string description;
  bool takes_value = false;
  Value value;
};

struct Cmd {
  std::string path;  // "" for careerplan itself, "tracks show" for a nested one
  std::string description;
  std::vector<Opt> options;  // its own and those of the commands above it (fallthrough)
  std::vector<std::pair<std::string, std::string>> children;  // name, description
  bool has_positional = false;
  Value positional;
};

const std::vector<std::string> k_id_kinds = {"TRACK", "SKILL", "CERT", "STAGE", "TARGET", "ASSUMPTION", "COMMAND"};
const std::vector<std::string> k_number_types = {"INT", "UINT", "FLOAT", "NUMBER", "DOUBLE", "FLOAT:POSITIVE", "MIB"};

Value value_of(const CLI::Option& opt) {
  const std::string full = opt.get_type_name();
  const std::string base = full.substr(0, full.find(':'));
  Value v;
  if (const auto open = full.find('{'); open != std::string::npos) {
    const auto close = full.find('}', open);
    const std::string list = full.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
    for (std::size_t pos = 0; pos <= list.size();) {
      const auto end = std::min(list.find(',', pos), list.size());
      if (end > pos) v.choices.push_back(list.substr(pos, end - pos));
      pos = end + 1;
    }
    v.kind = ValueKind::choices;
  } else if (std::find(k_id_kinds.begin(), k_id_kinds.end(), base) != k_id_kinds.end()) {
    v.kind = ValueKind::ids;
    v.id_kind = base;
  } else if (std::find(k_number_types.begin(), k_number_types.end(), base) != k_number_types.end()) {
    v.kind = ValueKind::none;
  } else if (base == "DIR") {
    v.kind = ValueKind::dirs;
  }
  return v;
}

void collect(const CLI::App& app, const std::string& path, const std::vector<Opt>& inherited, std::vector<Cmd>& out) {
  Cmd cmd;
  cmd.path = path;
  cmd.description = app.get_description();
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    if (opt->get_positional() && opt->get_lnames().empty() && opt->get_snames().empty()) {
      cmd.has_positional = true;
      cmd.positional = value_of(*opt);
      continue;
    }
    Opt o;
    for (const auto& l : opt->get_lnames()) o.names.push_back(fmt::format("--{}", l));
    for (const auto& s : opt->get_snames()) o.names.push_back(fmt::format("-{}", s));
    o.description = opt->get_description();
    o.takes_value = opt->get_expected_min() > 0;  // CLI11 itself tells flags from options this way
    o.value = value_of(*opt);
    cmd.options.push_back(std::move(o));
  }
  for (const auto& o : inherited) {
    const bool shadowed = std::any_of(cmd.options.begin(), cmd.options.end(),
                                      [&](const Opt& own) { return own.names.front() == o.names.front(); });
    if (!shadowed) cmd.options.push_back(o);
  }
  const auto children = app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
  for (const CLI::App* sub : children) cmd.children.emplace_back(sub->get_name(), sub->get_description());
  const std::vector<Opt> passed = cmd.options;
  out.push_back(std::move(cmd));
  for (const CLI::App* sub : children) {
    collect(*sub, path.empty() ? sub->get_name() : fmt::format("{} {}", path, sub->get_name()), passed, out);
  }
}

std::string spaced(const std::vector<std::string>& words) { return fmt::format("{}", fmt::join(words, " ")); }

const std::vector<std::pair<std::string, std::string>>& ids_of(const CompletionIds& ids, const std::string& kind) {
  static const std::vector<std::pair<std::string, std::string>> none;
  for (const auto& [name, list] : ids.kinds) {
    if (name == kind) return list;
  }
  return none;
}

std::string id_words(const CompletionIds& ids, const std::string& kind) {
  std::vector<std::string> words;
  for (const auto& [id, title] : ids_of(ids, kind)) words.push_back(id);
  return spaced(words);
}

// Quotes for a POSIX shell (bash and zsh) single-quoted word.
std::string sh_quote(std::string_view s) {
  std::string out = "'";
  for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

// Quotes for a fish single-quoted word.
std::string fish_quote(std::string_view s) {
  std::string out = "'";
  for (char ch : s) {
    if (ch == '\'' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "'";
}

// fish's -l/-s arguments for an option's names.
std::string fish_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    out += n.starts_with("--") ? fmt::format(" -l {}", n.substr(2)) : fmt::format(" -s {}", n.substr(1));
  }
  return out;
}

// A one-line description: the first sentence-ish line of a help text.
std::string brief(std::string_view s) {
  std::string out(s.substr(0, s.find('\n')));
  return out;
}

// The `case` branches that turn the words typed so far into a command path.
std::string path_cases(const std::vector<Cmd>& cmds, std::string_view indent, bool fish) {
  std::string out;
  for (const auto& cmd : cmds) {
    for (const auto& [name, description] : cmd.children) {
      const std::string next = cmd.path.empty() ? name : fmt::format("{} {}", cmd.path, name);
      if (fish) {
        out += fmt::format("{}case {}\n{}    set cmdpath {}\n", indent, fish_quote(fmt::format("{}/{}", cmd.path, name)), indent,
                           fish_quote(next));
      } else {
        out += fmt::format("{}{}) cmdpath={} ;;\n", indent, sh_quote(fmt::format("{}/{}", cmd.path, name)), sh_quote(next));
      }
    }
  }
  return out;
}

std::string bash_script(const std::vector<Cmd>& cmds, const CompletionIds& ids) {
  std::string out = fmt::format(
      "# bash completion for careerplan                              -*- shell-script -*-\n"
      "# Generated by 'careerplan completion bash' from careerplan's own command definitions;\n"
      "# the ids are those of the content pack '{}'.\n\n",
      ids.pack);
  for (const auto& kind : k_id_kinds) {
    out += fmt::format("_careerplan_ids_{}={}\n", kind, sh_quote(id_words(ids, kind)));
  }
  out += R"(
_careerplan() {
    local cur prev cmdpath="" i w
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    if [[ $cur == = ]]; then cur=""; elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi
    for (( i = 1; i < COMP_CWORD; i++ )); do
        w=${COMP_WORDS[i]}
        case "$cmdpath/$w" in
)";
  out += path_cases(cmds, "            ", false);
  out += "        esac\n    done\n";

  auto value_reply = [&](const Value& v) -> std::string {
    switch (v.kind) {
      case ValueKind::none: return "return";
      case ValueKind::choices: {
        return fmt::format("COMPREPLY=( $(compgen -W {} -- \"$cur\") ); return", sh_quote(spaced(v.choices)));
      }
      case ValueKind::ids:
        // "sql=" waits for its level: no space after it.
        return fmt::format("COMPREPLY=( $(compgen -W \"$_careerplan_ids_{}\" -- \"$cur\") ); "
                           "[[ ${{#COMPREPLY[@]}} == 1 && ${{COMPREPLY[0]}} == *= ]] && compopt -o nospace 2>/dev/null; return",
                           v.id_kind);
      case ValueKind::dirs:
        return "compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- \"$cur\") ); return";
      case ValueKind::files: break;
    }
    return "compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -f -- \"$cur\") ); return";
  };

  out += "    case \"$cmdpath|$prev\" in\n";
  for (const auto& cmd : cmds) {
    for (const auto& o : cmd.options) {
      if (!o.takes_value) continue;
      std::vector<std::string> patterns;
      for (const auto& n : o.names) patterns.push_back(sh_quote(fmt::format("{}|{}", cmd.path, n)));
      out += fmt::format("        {}) {} ;;\n", fmt::join(patterns, "|"), value_reply(o.value));
    }
  }
  out += "    esac\n    if [[ $cur == -* ]]; then\n        case \"$cmdpath\" in\n";
  for (const auto& cmd : cmds) {
    std::vector<std::string> words;
    for (const auto& o : cmd.options) words.insert(words.end(), o.names.begin(), o.names.end());
    out += fmt::format("            {}) COMPREPLY=( $(compgen -W {} -- \"$cur\") ) ;;\n", sh_quote(cmd.path),
                       sh_quote(spaced(words)));
  }
  out += "        esac\n        return\n    fi\n    case \"$cmdpath\" in\n";
  for (const auto& cmd : cmds) {
    if (!cmd.children.empty()) {
      std::vector<std::string> words;
      for (const auto& [name, description] : cmd.children) words.push_back(name);
      out += fmt::format("        {}) COMPREPLY=( $(compgen -W {} -- \"$cur\") ) ;;\n", sh_quote(cmd.path),
                         sh_quote(spaced(words)));
    } else if (cmd.has_positional) {
      out += fmt::format("        {}) {} ;;\n", sh_quote(cmd.path), value_reply(cmd.positional));
    }
  }
  out += "    esac\n}\ncomplete -F _careerplan careerplan\n";
  return out;
}

std::string zsh_script(const std::vector<Cmd>& cmds, const CompletionIds& ids) {
  std::string out = fmt::format(
      "#compdef careerplan\n"
      "# zsh completion for careerplan. Generated by 'careerplan completion zsh' from careerplan's own\n"
      "# command definitions; the ids are those of the content pack '{}'.\n\n",
      ids.pack);
  for (const auto& kind : k_id_kinds) {
    std::string entries;
    for (const auto& [id, title] : ids_of(ids, kind)) entries += fmt::format(" {}", sh_quote(fmt::format("{}:{}", id, brief(title))));
    out += fmt::format("_careerplan_ids_{}=({} )\n", kind, entries);
  }
  out += R"(
_careerplan() {
    local cmdpath="" w i cur=${words[CURRENT]} prev=${words[CURRENT-1]}
    local -a opts cmds
    for (( i = 2; i < CURRENT; i++ )); do
        w=${words[i]}
        case "$cmdpath/$w" in
)";
  out += path_cases(cmds, "            ", false);
  out += "        esac\n    done\n";
  auto value_reply = [&](const Value& v) -> std::string {
    switch (v.kind) {
      case ValueKind::none: return "_message value; return";
      case ValueKind::choices: {
        std::string words;
        for (const auto& c : v.choices) words += fmt::format(" {}", sh_quote(c));
        return fmt::format("compadd --{}; return", words);
      }
      case ValueKind::ids:
        return fmt::format("_describe -t {0} {0} _careerplan_ids_{1}; return", sh_quote(v.id_kind), v.id_kind);
      case ValueKind::dirs: return "_files -/; return";
      case ValueKind::files: break;
    }
    return "_files; return";
  };
  out += "    case \"$cmdpath|$prev\" in\n";
  for (const auto& cmd : cmds) {
    for (const auto& o : cmd.options) {
      if (!o.takes_value) continue;
      std::vector<std::string> patterns;
      for (const auto& n : o.names) patterns.push_back(sh_quote(fmt::format("{}|{}", cmd.path, n)));
      out += fmt::format("        {}) {} ;;\n", fmt::join(patterns, "|"), value_reply(o.value));
    }
  }
  out += "    esac\n    if [[ $cur == -* ]]; then\n        case \"$cmdpath\" in\n";
  for (const auto& cmd : cmds) {
    std::string entries;
    for (const auto& o : cmd.options) {
      for (const auto& n : o.names) entries += fmt::format(" {}", sh_quote(fmt::format("{}:{}", n, brief(o.description))));
    }
    out += fmt::format("            {}) opts=({} ) ;;\n", sh_quote(cmd.path), entries);
  }
  out += "        esac\n        _describe -t options option opts\n        return\n    fi\n    case \"$cmdpath\" in\n";
  for (const auto& cmd : cmds) {
    if (!cmd.children.empty()) {
      std::string entries;
      for (const auto& [name, description] : cmd.children) entries += fmt::format(" {}", sh_quote(fmt::format("{}:{}", name, brief(description))));
      out += fmt::format("        {}) cmds=({} ); _describe -t commands command cmds ;;\n", sh_quote(cmd.path), entries);
    } else if (cmd.has_positional) {
      out += fmt::format("        {}) {} ;;\n", sh_quote(cmd.path), value_reply(cmd.positional));
    }
  }
  out += "    esac\n}\n\n"
         "if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then\n"
         "    _careerplan \"$@\"\n"
         "else\n"
         "    compdef _careerplan careerplan\n"
         "fi\n";
  return out;
}

std::string fish_script(const std::vector<Cmd>& cmds, const CompletionIds& ids) {
  std::string out = fmt::format(
      "# fish completion for careerplan. Generated by 'careerplan completion fish' from careerplan's own\n"
      "# command definitions; the ids are those of the content pack '{}'.\n\n",
      ids.pack);
  out += "function __careerplan_path\n"
         "    set -l cmdpath ''\n"
         "    for w in (commandline -opc)[2..-1]\n"
         "        switch \"$cmdpath/$w\"\n";
  out += path_cases(cmds, "            ", true);
  out += "        end\n    end\n    echo $cmdpath\nend\n\n"
         "function __careerplan_at\n"
         "    set -l p (__careerplan_path)\n"
         "    test \"$p\" = \"$argv[1]\"\n"
         "end\n\n"
         "complete -c careerplan -e\n"
         "complete -c careerplan -f\n";
  auto value_args = [&](const Value& v) -> std::string {
    switch (v.kind) {
      case ValueKind::none: return " -x";
      case ValueKind::choices: {
        return fmt::format(" -x -a {}", fish_quote(spaced(v.choices)));
      }
      case ValueKind::ids: return " -x";  // the ids follow, one line each with its title
      case ValueKind::dirs: return " -x -a '(__fish_complete_directories)'";
      case ValueKind::files: break;
    }
    return " -r -F";
  };
  auto id_lines = [&](const std::string& condition, const std::string& extra, const std::string& kind) {
    std::string lines;
    for (const auto& [id, title] : ids_of(ids, kind)) {
      lines += fmt::format("complete -c careerplan -n {}{} -x -a {} -d {}\n", fish_quote(condition), extra,
                           fish_quote(id), fish_quote(brief(title)));
    }
    return lines;
  };
  for (const auto& cmd : cmds) {
    const std::string condition = fmt::format("__careerplan_at {}", sh_quote(cmd.path));
    out += fmt::format("\n# careerplan{}{}\n", cmd.path.empty() ? "" : " ", cmd.path);
    for (const auto& [name, description] : cmd.children) {
      out += fmt::format("complete -c careerplan -n {} -a {} -d {}\n", fish_quote(condition), fish_quote(name),
                         fish_quote(brief(description)));
    }
    for (const auto& o : cmd.options) {
      const std::string names = fish_names(o.names);
      out += fmt::format("complete -c careerplan -n {}{}{} -d {}\n", fish_quote(condition), names,
                         o.takes_value ? value_args(o.value) : std::string(), fish_quote(brief(o.description)));
      if (o.takes_value && o.value.kind == ValueKind::ids) {
        out += id_lines(condition, names, o.value.id_kind);
      }
    }
    if (cmd.children.empty() && cmd.has_positional) {
      if (cmd.positional.kind == ValueKind::ids) {
        out += id_lines(condition, "", cmd.positional.id_kind);
      } else if (cmd.positional.kind == ValueKind::choices) {
        out += fmt::format("complete -c careerplan -n {} -x -a {}\n", fish_quote(condition),
                           fish_quote(spaced(cmd.positional.choices)));
      } else if (cmd.positional.kind == ValueKind::files) {
        out += fmt::format("complete -c careerplan -n {} -F\n", fish_quote(condition));
      } else if (cmd.positional.kind == ValueKind::dirs) {
        out += fmt::format("complete -c careerplan -n {} -x -a '(__fish_complete_directories)'\n", fish_quote(condition));
      }
    }
  }
  return out;
}

}  // namespace

std::string completion_script(const CLI::App& root, std::string_view shell, const CompletionIds& ids) {
  std::vector<Cmd> cmds;
  collect(root, "", {}, cmds);
  if (shell == "zsh") return zsh_script(cmds, ids);
  if (shell == "fish") return fish_script(cmds, ids);
  return bash_script(cmds, ids);
}

}  // namespace careerplan::cli
