#include <memory>

#include "careerplan/render/render_skills.hpp"
#include "context.hpp"
#include "lookup.hpp"

namespace careerplan::cli {

namespace {

struct SkillsOptions {
  std::string format = "text";
  std::string show_id;
  std::string show_format = "text";
};

int run_skills(const SkillsOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  if (o.format == "json") {
    Context::print(skills_json(c).dump(2) + "\n");
  } else if (o.format == "tsv") {
    Context::print(skills_tsv(c));
  } else {
    Context::print(skills_text(c, ctx.text_style()));
  }
  return 0;
}

int run_skill_show(const SkillsOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  const Index index = find_id(c, CatalogueKind::skill, o.show_id);
  Context::print(o.show_format == "json" ? skill_json(c, index).dump(2) + "\n"
                                         : skill_text(c, index, ctx.text_style()));
  return 0;
}

}  // namespace

static Command setup_skills(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<SkillsOptions>();
  CLI::App* app = &sub;
  app->footer("Example: careerplan skills show linux");
  add_format_option(*app, options->format, {"text", "json", "tsv"});
  CLI::App* show = app->add_subcommand("show", "Show one skill: what levels 1-5 look like and the hours to reach each");
  show->add_option("ID", options->show_id, "Skill id, alias or name, in any case, as 'careerplan skills' lists them")->required()->type_name("SKILL");
  add_format_option(*show, options->show_format);
  show->footer("Example: careerplan skills show k8s --format json");
  return Command{app, [options, show, &ctx] {
                   if (show->parsed()) return run_skill_show(*options, ctx);
                   return run_skills(*options, ctx);
                 }};
}

const CommandSpec skills_command{"skills", "List the skill catalogue: ids, names, categories and aliases", setup_skills};

}  // namespace careerplan::cli
