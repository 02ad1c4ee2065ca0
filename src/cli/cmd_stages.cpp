#include "careerplan/render/render_catalog.hpp"
#include <memory>

#include "context.hpp"

namespace careerplan::cli {

namespace {

struct StagesOptions {
  std::string format = "text";
};

int run_stages(const StagesOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  if (o.format == "json") {
    Context::print(stages_json(c).dump(2) + "\n");
  } else if (o.format == "tsv") {
    Context::print(stages_tsv(c));
  } else {
    Context::print(stages_text(c, ctx.text_style()));
  }
  return 0;
}

}  // namespace

static Command setup_stages(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<StagesOptions>();
  CLI::App* app = &sub;
  app->footer("Example: careerplan stages --format json");
  add_format_option(*app, options->format, {"text", "json", "tsv"});
  return Command{app, [options, &ctx] { return run_stages(*options, ctx); }};
}

const CommandSpec stages_command{"stages", "Show the career ladder in order, with years and what leads where", setup_stages};

}  // namespace careerplan::cli
