#include "careerplan/render/html_style.hpp"

namespace careerplan {

std::string_view html_stylesheet() {
  return R"css(
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #999; --have: #2f5d8a; --need: #b5542a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; overflow-wrap: anywhere; word-break: normal; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; table-layout: auto; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; }
td.num, th.num { text-align: right; white-space: nowrap; }
ul.facts { list-style: none; padding: 0; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin: .4rem 0; padding-left: 1.8rem; text-indent: -1.8rem; }
ul.checklist input { width: 1.1rem; height: 1.1rem; margin: 0 .6rem 0 0; vertical-align: -.2rem; }
.muted { color: var(--muted); }
figure { margin: 1rem 0; }
figcaption { font-size: .9rem; color: var(--muted); }
svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg text { fill: var(--ink); font-size: 12px; }
.radar { width: 100%; max-width: 600px; margin: 0 auto; }
.radar-grid { fill: none; stroke: #bbb; stroke-width: 1; }
.radar-axis { stroke: #bbb; stroke-width: 1; }
.radar-need { stroke: none; }
.radar-need-line { fill: none; stroke: var(--need); stroke-width: 2; stroke-dasharray: 6 3; }
.gap-bg { fill: #fff; }
.legend-gap { stroke: var(--need); stroke-width: 1.5; stroke-dasharray: 3 2; }
.gap-line { stroke: var(--need); stroke-width: 2.5; }
.radar-have { fill: #b9cfe4; stroke: var(--have); stroke-width: 2.5; }
.radar-dot { fill: var(--have); }
.radar text { font-size: 16px; }
.radar .radar-levels { fill: var(--muted); font-size: 14px; }
.route .node rect { fill: #fff; stroke: var(--ink); stroke-width: 1.5; }
.route .node.current rect { fill: #e8e8e8; stroke-width: 4; }
.route .node text { font-size: 13px; }
.route .here { font-size: 12px; font-weight: bold; }
.route .hop line { stroke: var(--ink); stroke-width: 2; }
.route .hop text { font-size: 11px; }
.route .hop-kind { fill: var(--muted); font-style: italic; }
.arrow-head { fill: var(--ink); }
.fit { white-space: nowrap; }
td.fit-cell { white-space: nowrap; width: 1%; }
.fit-bar { display: inline-block; vertical-align: middle; margin-right: .4rem; max-width: none; width: 100px; flex: none; }
.fit-track { fill: #fff; stroke: var(--ink); stroke-width: 1; }
.fit-fill { fill: var(--ink); }
.checks { list-style: none; }
@media (max-width: 40rem) {
  main { padding: 1rem .75rem; }
  table.reflow, table.reflow tbody, table.reflow tr, table.reflow td { display: block; width: 100%; }
  table.reflow thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.reflow tr { border: 1px solid var(--line); margin-bottom: .6rem; }
  table.reflow td { border: none; border-top: 1px solid #ddd; white-space: normal; }
  table.reflow td:first-child { border-top: none; }
  table.reflow td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  @page { margin: 15mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  figure, tr, li, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";
}

}  // namespace careerplan
