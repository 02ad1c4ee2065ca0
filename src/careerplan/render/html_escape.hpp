#pragma once
// HTML escaping for the HTML plan: content and profile text is untrusted and goes into element
// text and quoted attribute values of HTML and inline SVG.
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

// `&`, `<`, `>`, `"` and `'` become character references; control characters other than tab and
// newline become spaces, so the text is safe in element text and in quoted attributes alike.
std::string html_escape(std::string_view text);

// html_escape'd text in a `<span dir="auto">`, so right-to-left names keep their direction and
// cannot reorder the words around them.
std::string html_user_text(std::string_view text);

// Splits `text` into at most `max_lines` lines of at most `width` code points, breaking at spaces
// and inside words longer than a line; a cut-off last line ends with "…". Unescaped.
std::vector<std::string> wrap_label(std::string_view text, std::size_t width, std::size_t max_lines);

}  // namespace careerplan
