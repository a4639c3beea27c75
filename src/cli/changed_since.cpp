// --changed-since (changed_since.hpp): asks git, through its plumbing output separated by NUL
// bytes, so any file name is read back exactly.
#include "cli/changed_since.hpp"

#include "source/source_file.hpp"

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace claimlint {

namespace {

// Runs git with arguments already quoted for the shell; `out` gets its output and error
// output together (the error is the message for the user), and the result is whether it
// exited 0.
bool run_git(const std::string& args, std::string& out) {
  std::string cmd = "git " + args + " 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return false;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  return ::pclose(p) == 0;
}

std::string shell_quoted(std::string_view s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'')
      q += "'\\''";
    else
      q += c;
  }
  return q + "'";
}

std::string first_line(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\0')) s.pop_back();
  std::size_t nl = s.find('\n');
  return nl == std::string::npos ? s : s.substr(0, nl);
}

} // namespace

std::string normalised_path(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p =
      std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  return p.lexically_normal().string();
}

std::optional<std::set<std::string>> changed_since(const std::string& ref, const std::string& dir,
                                                   std::string& error) {
  const std::string git = "-C " + shell_quoted(dir.empty() ? "." : dir) + " ";
  std::string top;
  if (!run_git(git + "rev-parse --show-toplevel", top)) {
    error = first_line(top);
    return std::nullopt;
  }
  top = first_line(top);
  std::string diff, untracked;
  if (!run_git(git + "diff --name-only -z " + shell_quoted(ref) + " --", diff)) {
    error = first_line(diff);
    return std::nullopt;
  }
  if (!run_git(git + "ls-files --others --exclude-standard -z --full-name " + shell_quoted(top),
               untracked)) {
    error = first_line(untracked);
    return std::nullopt;
  }
  std::set<std::string> out;
  for (const std::string* list : {&diff, &untracked}) {
    std::size_t p = 0;
    while (p < list->size()) {
      std::size_t e = list->find('\0', p);
      if (e == std::string::npos) e = list->size();
      if (e > p)
        out.insert(normalised_path((std::filesystem::path(top) / list->substr(p, e - p)).string()));
      p = e + 1;
    }
  }
  return out;
}

bool keep_changed_drafts(std::vector<Diagnostic>& diagnostics, const std::string& ref,
                         const std::vector<std::string>& paths, const std::string* stdin_name,
                         std::string& error) {
  std::string dir;
  for (const std::string& p : paths)
    if (p != "-") {
      std::error_code ec;
      dir = std::filesystem::is_directory(p, ec) ? p
                                                 : std::filesystem::path(p).parent_path().string();
      break;
    }
  std::optional<std::set<std::string>> changed = changed_since(ref, dir, error);
  if (!changed) return false;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return !(stdin_name && d.file->path() == *stdin_name) &&
           !changed->count(normalised_path(d.file->path()));
  });
  return true;
}

} // namespace claimlint
