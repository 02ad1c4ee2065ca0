#include <memory>

#include "careerplan/render/render_skills.hpp"
#include "context.hpp"
#include "lookup.hpp"

namespace careerplan::cli {

namespace {

struct CertsOptions {
  std::string format = "text";
  std::string show_id;
  std::string show_format = "text";
};

int run_certs(const CertsOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  if (o.format == "json") {
    Context::print(certs_json(c).dump(2) + "\n");
  } else if (o.format == "tsv") {
    Context::print(certs_tsv(c));
  } else {
    Context::print(certs_text(c, ctx.text_style()));
  }
  return 0;
}

int run_cert_show(const CertsOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  const Index index = find_id(c, CatalogueKind::cert, o.show_id);
  Context::print(o.show_format == "json" ? cert_json(c, index).dump(2) + "\n"
                                         : cert_text(c, index, ctx.text_style()));
  return 0;
}

}  // namespace

static Command setup_certs(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<CertsOptions>();
  CLI::App* app = &sub;
  app->footer("Example: careerplan certs show itil");
  add_format_option(*app, options->format, {"text", "json", "tsv"});
  CLI::App* show = app->add_subcommand("show", "Show one certification: skills it evidences, preparation, renewal");
  show->add_option("ID", options->show_id, "Certification id, alias or name, in any case, as 'careerplan certs' lists them")->required()->type_name("CERT");
  add_format_option(*show, options->show_format);
  show->footer("Example: careerplan certs show comptia-a-plus --format json");
  return Command{app, [options, show, &ctx] {
                   if (show->parsed()) return run_cert_show(*options, ctx);
                   return run_certs(*options, ctx);
                 }};
}

const CommandSpec certs_command{"certs", "List the certification catalogue: ids, names, issuers and aliases", setup_certs};

}  // namespace careerplan::cli
