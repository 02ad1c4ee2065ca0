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
                   Context::print(completion_script(*top, options->shell, pack_ids(ctx.content())));
                   return 0;
                 }};
}

const CommandSpec completion_command{"completion", "Print a shell completion script for bash, zsh or fish", setup_completion};

}  // namespace careerplan::cli
