#include "cli/discover.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace claimlint {

namespace fs = std::filesystem;

bool is_draft_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".md" || ext == ".markdown" || ext == ".txt";
}

std::vector<InputSpec> discover_inputs(const std::vector<std::string>& paths,
                                       const std::string& stdin_name,
                                       std::vector<InputError>& errors,
                                       const std::function<bool(const std::string&)>& selects,
                                       std::size_t* excluded) {
  std::vector<InputSpec> out;
  std::set<std::string> seen;
  std::size_t left_out = 0;
  auto add = [&](const std::string& p) {
    if (selects && !selects(p)) {
      ++left_out;
      return;
    }
    if (seen.insert(p).second) out.push_back({p, p, false, {}});
  };
  for (const std::string& arg : paths) {
    if (arg == "-") {
      if (seen.insert("-").second) out.push_back({"", stdin_name, true, {}});
      continue;
    }
    std::string norm = fs::path(arg).lexically_normal().generic_string();
    if (norm.size() > 1 && norm.back() == '/') norm.pop_back();
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      errors.push_back({norm, "no such file or folder"});
      continue;
    }
    if (!fs::is_directory(st)) {
      add(norm);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec),
        end;
    if (ec) {
      errors.push_back({norm, fmt::format("cannot read folder: {}", ec.message())});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        errors.push_back({norm, fmt::format("cannot read folder: {}", ec.message())});
        break;
      }
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(ec)) continue;
      if (!is_draft_extension(name)) continue;
      found.push_back(it->path().lexically_normal().generic_string());
    }
    if (found.empty()) {
      errors.push_back(
          {norm, "no drafts found in this folder (looked for *.md, *.markdown and *.txt)"});
      continue;
    }
    std::sort(found.begin(), found.end());
    for (const std::string& f : found) add(f);
  }
  if (excluded) *excluded = left_out;
  return out;
}

} // namespace claimlint
