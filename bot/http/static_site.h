#pragma once
// The chat page's files (bot/web), read once at start-up and served from memory at fixed
// paths: "/" (index.html), "/app.js", "/style.css", "/len.svg", "/quiz.js".
#include <stdexcept>
#include <string>
#include <vector>

#include "bot/http/router.h"

namespace lenbot {

class WebRootError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StaticFile {
  std::string path;  // URL path, e.g. "/app.js"
  std::string content_type;
  std::string body;
};

// Reads the page's files from `web_root`. Throws WebRootError naming a missing file.
std::vector<StaticFile> load_static_site(const std::string& web_root);

// Mounts GET for every file (HEAD follows GET).
void mount_static_site(Router& router, std::vector<StaticFile> files);

}  // namespace lenbot
