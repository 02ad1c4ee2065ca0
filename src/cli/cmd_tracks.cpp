#include <fmt/format.h>

#include "careerplan/render/render_catalog.hpp"
#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include <memory>

#include "context.hpp"
#include "lookup.hpp"

namespace careerplan::cli {

namespace {

struct TracksOptions {
  std::string format = "text";
  std::string show_id;
  std::string show_format = "text";
};

Index find_track(const Content& c, const std::string& id) { return find_id(c, CatalogueKind::track, id); }

int run_tracks(const TracksOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  if (o.format == "json") {
    Context::print(tracks_json(c).dump(2) + "\n");
  } else if (o.format == "tsv") {
    Context::print(tracks_tsv(c));
  } else {
    Context::print(tracks_text(c, ctx.text_style()));
  }
  return 0;
}

int run_track_show(const TracksOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  const Index index = find_track(c, o.show_id);
  if (o.show_format == "json") {
    Context::print(track_json(c, index).dump(2) + "\n");
  } else {
    Context::print(track_text(c, index, ctx.text_style()));
  }
  return 0;
}

}  // namespace

static Command setup_tracks(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<TracksOptions>();
  CLI::App* app = &sub;
  app->footer("Example: careerplan tracks show \"Infrastructure Support Engineer\"");
  add_format_option(*app, options->format, {"text", "json", "tsv"});
  CLI::App* show = app->add_subcommand("show", "Show one track in full: key skills, certifications, roles, source");
  show->add_option("ID", options->show_id, "Track id or title, in any case, as 'careerplan tracks' lists them")->required()->type_name("TRACK");
  add_format_option(*show, options->show_format);
  show->footer("Example: careerplan tracks show application-support --format json");
  return Command{app, [options, show, &ctx] {
                   if (show->parsed()) return run_track_show(*options, ctx);
                   return run_tracks(*options, ctx);
                 }};
}

const CommandSpec tracks_command{"tracks", "List the career tracks (specialisations)", setup_tracks};

}  // namespace careerplan::cli
