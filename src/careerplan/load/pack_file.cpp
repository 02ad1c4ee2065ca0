#include <sys/stat.h>

#include <utility>

#include "careerplan/base/input.hpp"
#include "careerplan/load/pack_format.hpp"
#include "careerplan/load/content_loader.hpp"

namespace careerplan {

Content load_content_path(const std::string& path, std::size_t max_file_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    TextFile file = read_input(path, k_max_pack_bytes);
    return read_pack(std::move(file.text), path);  // the Content keeps the bytes its text views
  }
  return load_content_dir(path, max_file_bytes);  // reports a missing path or a non-folder itself
}

}  // namespace careerplan
