#include "cli/config.hpp"

#include "rules/embedded_rules.hpp"
#include "util/glob.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace claimlint {

namespace fs = std::filesystem;

namespace {

constexpr const char* kConfigName = ".claimlint.yaml";

// The list names a configuration may add to: every list the built-in rules ship.
std::set<std::string> known_lists() {
  std::set<std::string> names;
  for (const EmbeddedFile& f : embedded_rule_files())
    if (f.path.starts_with("lists/") && f.path.ends_with(".txt"))
      names.insert(std::string(f.path.substr(6, f.path.size() - 10)));
  return names;
}

class Reader {
public:
  Reader(std::string file, std::vector<RuleError>& errors)
      : file_(std::move(file)), errors_(errors) {}

  void error(const YAML::Node& n, std::string message) {
    errors_.push_back({file_, n.Mark().line + 1, n.Mark().column + 1, std::move(message)});
  }
  Positioned positioned(const YAML::Node& n) {
    return {n.Scalar(), n.Mark().line + 1, n.Mark().column + 1};
  }
  // A string or a list of strings.
  std::vector<Positioned> strings(const YAML::Node& n, const std::string& key) {
    std::vector<Positioned> out;
    if (n.IsScalar()) {
      out.push_back(positioned(n));
      return out;
    }
    if (!n.IsSequence()) {
      error(n, fmt::format("'{}' must be a list of strings", key));
      return out;
    }
    for (std::size_t i = 0; i < n.size(); ++i) {
      const YAML::Node item = n[i];
      if (!item.IsScalar() || item.Scalar().empty())
        error(item, fmt::format("'{}' must be a list of non-empty strings", key));
      else
        out.push_back(positioned(item));
    }
    return out;
  }
  const std::string& file() const { return file_; }

private:
  std::string file_;
  std::vector<RuleError>& errors_;
};

std::string relative_to(const std::string& dir, const std::string& p) {
  fs::path path(p);
  return path.is_absolute() ? path.lexically_normal().string()
                            : (fs::path(dir) / path).lexically_normal().string();
}

} // namespace

namespace {

// A draft's path relative to the configuration's folder (absolute when outside it), with '/'.
std::string relative_to_config(const Config& c, const std::string& fs_path) {
  std::error_code ec;
  fs::path abs = fs::absolute(fs_path, ec).lexically_normal();
  std::string rel =
      abs.lexically_relative(fs::absolute(c.dir, ec).lexically_normal()).generic_string();
  if (rel.empty() || rel.starts_with("..")) rel = abs.generic_string();
  return rel;
}

} // namespace

std::string Config::story_of(const std::string& fs_path) const {
  if (!has_stories() || fs_path.empty()) return {};
  std::string rel = relative_to_config(*this, fs_path);
  if (stories_by_folder) {
    std::string folder = fs::path(rel).parent_path().generic_string();
    return folder.empty() ? "." : folder;
  }
  for (const auto& [name, globs] : story_globs)
    for (const std::string& g : globs)
      if (glob_match(g, rel)) return name;
  return {};
}

bool Config::selects(const std::string& fs_path) const {
  if (include.empty() && exclude.empty()) return true;
  std::string rel = relative_to_config(*this, fs_path);
  for (const std::string& g : exclude)
    if (glob_match(g, rel)) return false;
  if (include.empty()) return true;
  for (const std::string& g : include)
    if (glob_match(g, rel)) return true;
  return false;
}

RuleRoot Config::list_root() const {
  RuleRoot root;
  root.display = path;
  for (const auto& [name, text] : lists) root.files.push_back("lists/" + name);
  std::map<std::string, std::string> copy = lists;
  root.read = [copy](std::string_view rel) -> std::optional<std::string> {
    if (!rel.starts_with("lists/")) return std::nullopt;
    auto it = copy.find(std::string(rel.substr(6)));
    if (it == copy.end()) return std::nullopt;
    return it->second;
  };
  return root;
}

std::optional<std::string> find_config(const std::string& first_path) {
  std::error_code ec;
  fs::path start =
      first_path.empty() || first_path == "-" ? fs::current_path(ec) : fs::absolute(first_path, ec);
  if (!fs::is_directory(start, ec)) start = start.parent_path();
  for (fs::path dir = start.lexically_normal();; dir = dir.parent_path()) {
    fs::path candidate = dir / kConfigName;
    if (fs::is_regular_file(candidate, ec)) {
      // Print it the way the user would write it: relative when below the current folder.
      fs::path rel = candidate.lexically_relative(fs::current_path(ec));
      return (!rel.empty() && *rel.begin() != "..") ? rel.string() : candidate.string();
    }
    if (dir == dir.parent_path()) return std::nullopt;
  }
}

std::optional<Config> load_config(const std::string& path, std::vector<RuleError>& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back({path, 0, 0, "cannot read the configuration file"});
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_config(path, ss.str(), errors);
}

std::optional<Config> parse_config(const std::string& path, const std::string& text,
                                   std::vector<RuleError>& errors) {
  std::size_t errors_before = errors.size();
  Reader r(path, errors);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    errors.push_back(
        {path, e.mark.line + 1, e.mark.column + 1, fmt::format("invalid YAML: {}", e.msg)});
    return std::nullopt;
  }
  Config c;
  c.path = path;
  c.dir = fs::path(path).parent_path().string();
  if (c.dir.empty()) c.dir = ".";
  if (root.IsNull()) return c; // an empty file is a valid, empty configuration
  if (!root.IsMap()) {
    r.error(root, "a configuration must be a mapping (rules:, disable:, severity:, ...)");
    return std::nullopt;
  }
  static const std::set<std::string> lists = known_lists();
  for (auto it = root.begin(); it != root.end(); ++it) {
    const YAML::Node key = it->first;
    const YAML::Node value = it->second;
    const std::string name = key.Scalar();
    if (name == "rules") {
      for (const Positioned& p : r.strings(value, name))
        c.rule_dirs.push_back(relative_to(c.dir, p.text));
    } else if (name == "disable") {
      c.disable = r.strings(value, name);
    } else if (name == "enable") {
      c.enable = r.strings(value, name);
    } else if (name == "include" || name == "exclude") {
      for (const Positioned& p : r.strings(value, name))
        (name == "include" ? c.include : c.exclude).push_back(p.text);
    } else if (name == "severity") {
      if (!value.IsMap()) {
        r.error(value, "'severity' must map rule ids or groups to error, warning or info");
        continue;
      }
      for (auto s = value.begin(); s != value.end(); ++s) {
        const YAML::Node level = s->second;
        std::optional<Severity> sev =
            level.IsScalar() ? parse_severity(level.Scalar()) : std::nullopt;
        if (!sev)
          r.error(level, fmt::format("severity must be error, warning or info, not '{}'",
                                     level.IsScalar() ? level.Scalar() : "a structure"));
        else
          c.severity.emplace_back(r.positioned(s->first), *sev);
      }
    } else if (name == "as-of") {
      std::optional<Date> d = value.IsScalar() ? parse_iso_date(value.Scalar()) : std::nullopt;
      if (!d || value.Scalar().size() != 10)
        r.error(value, "'as-of' must be a date as YYYY-MM-DD");
      else
        c.as_of = d;
    } else if (name == "fail-on") {
      std::string v = value.IsScalar() ? value.Scalar() : "";
      if (v == "never")
        c.fail_on = std::optional<Severity>();
      else if (auto s = parse_severity(v))
        c.fail_on = s;
      else
        r.error(value, "'fail-on' must be error, warning, info or never");
    } else if (name == "archive") {
      if (!value.IsScalar() || value.Scalar().empty())
        r.error(value, "'archive' must be the archive file's path");
      else
        c.archive = relative_to(c.dir, value.Scalar());
    } else if (name == "archive-window") {
      long days = -1;
      if (value.IsScalar()) {
        const std::string& v = value.Scalar();
        auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), days);
        if (ec != std::errc() || p != v.data() + v.size()) days = -1;
      }
      if (days < 0)
        r.error(value, "'archive-window' must be a number of days");
      else
        c.archive_window = days;
    } else if (name == "stories") {
      if (value.IsScalar() && value.Scalar() == "folders") {
        c.stories_by_folder = true;
      } else if (value.IsScalar() && value.Scalar() == "auto") {
        // the default: grouped by what the drafts say
      } else if (value.IsMap()) {
        for (auto s = value.begin(); s != value.end(); ++s) {
          std::string story = s->first.IsScalar() ? s->first.Scalar() : "";
          std::vector<std::string> globs;
          for (const Positioned& p : r.strings(s->second, story)) globs.push_back(p.text);
          if (story.empty())
            r.error(s->first, "a story's name must be a plain string");
          else if (globs.empty() && s->second.IsSequence())
            r.error(s->second, fmt::format("story '{}' has no globs", story));
          else
            c.story_globs.emplace_back(story, std::move(globs));
        }
      } else {
        r.error(value, "'stories' must be folders, auto, or a mapping of story names to globs "
                       "({port-strike: [\"port/**\"]})");
      }
    } else if (name == "lists") {
      if (!value.IsMap()) {
        r.error(value, "'lists' must map list names (titles, nicknames, ...) to lists of lines");
        continue;
      }
      for (auto l = value.begin(); l != value.end(); ++l) {
        std::string list = l->first.Scalar();
        if (!lists.contains(list)) {
          std::string names;
          for (const std::string& n : lists) names += (names.empty() ? "" : ", ") + n;
          r.error(l->first, fmt::format("unknown word list '{}' (known lists: {})", list, names));
          continue;
        }
        std::string& text = c.lists[list + ".txt"];
        for (const Positioned& p : r.strings(l->second, list)) text += p.text + "\n";
      }
    } else {
      r.error(key, fmt::format("unknown key '{}' (known keys: rules, disable, enable, severity, "
                               "include, exclude, as-of, fail-on, lists, stories, archive, "
                               "archive-window)",
                               name));
    }
  }
  if (errors.size() != errors_before) return std::nullopt;
  return c;
}

void apply_config(const Config& config, RuleSet& rules, std::vector<RuleError>& errors) {
  auto matching = [&](const Positioned& p, auto&& action) {
    bool any = false;
    for (Rule& rule : rules.mutable_rules())
      if (rule_pattern_matches(p.text, rule.spec.id)) {
        action(rule);
        any = true;
      }
    if (!any)
      errors.push_back({config.path, p.line, p.column,
                        fmt::format("'{}' names no rule (see `claimlint rules`)", p.text)});
  };
  for (const Positioned& p : config.disable) matching(p, [](Rule& r) { r.enabled = false; });
  for (const Positioned& p : config.enable) matching(p, [](Rule& r) { r.enabled = true; });
  for (const auto& [p, sev] : config.severity)
    matching(p, [sev = sev](Rule& r) { r.spec.severity = sev; });
}

} // namespace claimlint
