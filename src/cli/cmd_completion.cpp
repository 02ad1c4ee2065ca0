#include <fmt/format.h>

#include <memory>

#include "completion.hpp"
#include "context.hpp"

namespace careerplan::cli {

namespace {

struct CompletionOptions {
  std::string shell;
};

CompletionIds pack_ids(const Content& c) {
  CompletionIds ids;
  ids.pack = c.name;
  auto add = [&](std::string kind, const auto& items, auto title) {
    std::vector<std::pair<std::string, std::string>> list;
    for (const auto& item : items) list.emplace_back(item.id, title(item));
    ids.kinds.emplace_back(std::move(kind), std::move(list));
  };
  add("TRACK", c.tracks, [](const Track& t) { return t.title; });
  add("SKILL", c.skills, [](const Skill& s) { return s.name; });
  add("CERT", c.certifications, [](const Certification& s) { return s.name; });
  add("STAGE", c.stages, [](const Stage& s) { return s.title; });
  std::vector<std::pair<std::string, std::string>> targets;  // what `path --to` takes
  auto add_target = [&](std::string name, std::string_view title) {
    for (const auto& t : targets) {
      if (t.first == name) return;
    }
    targets.emplace_back(std::move(name), std::string(title));
  };
  for (const auto& s : c.stages) add_target(std::string(s.id), s.title);
  for (const auto& t : c.tracks) add_target(std::string(t.id), t.title);
  for (const auto& s : c.stages) {
    for (const auto& role : s.roles) add_target(lookup_key(role), role);
  }
  for (const auto& t : c.tracks) {
    for (const auto& role : t.roles) add_target(lookup_key(role), role);
  }
  ids.kinds.emplace_back("TARGET", std::move(targets));
  std::vector<std::pair<std::string, std::string>> assumptions;  // what --assume takes
  for (const auto& cert : c.certifications) assumptions.emplace_back(cert.id, cert.name);
  for (const auto& s : c.skills) assumptions.emplace_back(fmt::format("{}=", s.id), fmt::format("{} at a level, 1-5", s.name));
  ids.kinds.emplace_back("ASSUMPTION", std::move(assumptions));
  return ids;
}

}  // namespace

static Command setup_completion(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<CompletionOptions>();
  CLI::App* app = &sub;
  app->add_option("SHELL", options->shell, "The shell to complete for")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  app->footer("Example: source <(careerplan completion bash)\n"
              "Track, skill, certification and stage ids come from the content pack in use.");
  const CLI::App* top = sub.get_parent();  // describes every command
  return Command{app, [options, top, &ctx] {
                   CompletionIds ids = pack_ids(ctx.content());
                   std::vector<std::pair<std::string, std::string>> commands;
                   for (const CLI::App* s : top->get_subcommands([](const CLI::App*) { return true; })) {
                     commands.emplace_back(s->get_name(), s->get_description());
                   }
                   ids.kinds.emplace_back("COMMAND", std::move(commands));
                   Context::print(completion_script(*top, options->shell, ids));
                   return 0;
                 }};
}

const CommandSpec completion_command{"completion", "Print a shell completion script for bash, zsh or fish", setup_completion};

}  // namespace careerplan::cli
