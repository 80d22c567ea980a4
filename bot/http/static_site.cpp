#include "bot/http/static_site.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace lenbot {
namespace {

struct SiteEntry {
  const char* url_path;
  const char* file_name;
  const char* content_type;
};

constexpr SiteEntry kSite[] = {
    {"/", "index.html", "text/html; charset=utf-8"},
    {"/app.js", "app.js", "text/javascript; charset=utf-8"},
    {"/quiz.js", "quiz.js", "text/javascript; charset=utf-8"},
    {"/style.css", "style.css", "text/css; charset=utf-8"},
    {"/len.svg", "len.svg", "image/svg+xml"},
};

}  // namespace

std::vector<StaticFile> load_static_site(const std::string& web_root) {
  std::vector<StaticFile> files;
  for (const auto& entry : kSite) {
    const auto path = std::filesystem::path(web_root) / entry.file_name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw WebRootError(path.string() + ": missing (is web_root right?)");
    std::ostringstream body;
    body << in.rdbuf();
    files.push_back({entry.url_path, entry.content_type, body.str()});
  }
  return files;
}

void mount_static_site(Router& router, std::vector<StaticFile> files) {
  for (auto& file : files) {
    auto shared = std::make_shared<const StaticFile>(std::move(file));
    router.get(shared->path, [shared](const HttpRequest&) {
      HttpResponse response{200, shared->content_type, shared->body, {}};
      response.headers.emplace_back("Cache-Control", "no-cache");
      return response;
    });
  }
}

}  // namespace lenbot
