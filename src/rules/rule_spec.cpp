#include "rules/rule_spec.hpp"

#include "rules/word_list.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace claimlint {

std::string RuleError::format() const {
  if (line > 0) return fmt::format("{}:{}:{}: error: {}", file, line, column, message);
  return fmt::format("{}: error: {}", file, message);
}

RuleParams::RuleParams(const YAML::Node& root, std::string file, const RuleFileReader& reader,
                       std::vector<RuleError>& errors, const WordSetReader* word_sets)
    : root_(root), file_(std::move(file)), reader_(reader), errors_(errors), word_sets_(word_sets) {
}

YAML::Node RuleParams::get(const char* key) {
  read_.emplace_back(key);
  return root_[key];
}

bool RuleParams::has(const char* key) const {
  return static_cast<bool>(root_[key]);
}

void RuleParams::error_at(const YAML::Mark& mark, std::string message) {
  errors_.push_back({file_, mark.line + 1, mark.column + 1, std::move(message)});
}

void RuleParams::error(const char* key, std::string message) {
  YAML::Node n = root_[key];
  error_at(n ? n.Mark() : root_.Mark(), std::move(message));
}

std::string RuleParams::string(const char* key, std::string fallback) {
  YAML::Node n = get(key);
  if (!n) return fallback;
  if (!n.IsScalar()) {
    error_at(n.Mark(), fmt::format("'{}' must be a string", key));
    return fallback;
  }
  return n.Scalar();
}

bool RuleParams::boolean(const char* key, bool fallback) {
  YAML::Node n = get(key);
  if (!n) return fallback;
  bool v = fallback;
  if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v)) {
    error_at(n.Mark(), fmt::format("'{}' must be true or false", key));
    return fallback;
  }
  return v;
}

double RuleParams::number(const char* key, double fallback) {
  YAML::Node n = get(key);
  if (!n) return fallback;
  double v = fallback;
  if (!n.IsScalar() || !YAML::convert<double>::decode(n, v)) {
    error_at(n.Mark(), fmt::format("'{}' must be a number", key));
    return fallback;
  }
  return v;
}

// The entries of the word-list file a parameter names ("tokens: lists/boilerplate.txt"); a
// missing file is reported at the parameter and reads as an empty list.
std::vector<WordListEntry> RuleParams::word_list_file(const char* key, const YAML::Node& n) {
  std::optional<std::string> text = reader_(n.Scalar());
  if (!text) {
    error_at(n.Mark(),
             fmt::format("'{}' names a word list '{}' that does not exist", key, n.Scalar()));
    return {};
  }
  return parse_word_list(*text);
}

std::vector<std::string> RuleParams::list(const char* key) {
  std::vector<std::string> out;
  YAML::Node n = get(key);
  if (!n) return out;
  if (n.IsSequence()) {
    for (const YAML::Node& item : n) {
      if (!item.IsScalar()) {
        error_at(item.Mark(), fmt::format("every entry of '{}' must be a string", key));
        continue;
      }
      out.push_back(item.Scalar());
    }
    return out;
  }
  if (n.IsScalar()) {
    for (WordListEntry& e : word_list_file(key, n))
      out.push_back(e.tag.empty() ? std::move(e.word) : e.word + " " + e.tag);
    return out;
  }
  error_at(n.Mark(), fmt::format("'{}' must be a list of strings or the path of a word list", key));
  return out;
}

std::vector<std::pair<std::string, std::string>> RuleParams::pairs(const char* key) {
  std::vector<std::pair<std::string, std::string>> out;
  YAML::Node n = get(key);
  if (!n) return out;
  if (n.IsMap()) {
    for (auto it = n.begin(); it != n.end(); ++it) {
      if (!it->first.IsScalar() || !it->second.IsScalar()) {
        error_at(it->first.Mark(),
                 fmt::format("every entry of '{}' must map a string to a string", key));
        continue;
      }
      out.emplace_back(it->first.Scalar(), it->second.Scalar());
    }
    return out;
  }
  if (n.IsScalar()) {
    for (WordListEntry& e : word_list_file(key, n)) {
      std::string line = e.tag.empty() ? e.word : e.word + " " + e.tag;
      std::size_t arrow = line.find(" -> ");
      if (arrow != std::string::npos)
        out.emplace_back(line.substr(0, arrow), line.substr(arrow + 4));
      else if (!e.tag.empty())
        out.emplace_back(e.word, e.tag);
      else
        errors_.push_back(
            {file_ + " (" + n.Scalar() + ")", e.line, 1,
             fmt::format("'{}' has no replacement (write \"wrong right\" or \"wrong -> right\")",
                         e.word)});
    }
    return out;
  }
  error_at(
      n.Mark(),
      fmt::format("'{}' must be a mapping of wrong to right, or the path of a word list", key));
  return out;
}

std::optional<std::string> RuleParams::list_text(const char* key) {
  YAML::Node n = get(key);
  if (!n || !n.IsScalar()) return std::nullopt;
  std::optional<std::string> text = reader_(n.Scalar());
  if (!text)
    error_at(n.Mark(),
             fmt::format("'{}' names a word list '{}' that does not exist", key, n.Scalar()));
  return text;
}

void RuleParams::list_error(const char* key, int line, std::string message) {
  YAML::Node n = get(key);
  errors_.push_back({file_ + " (" + (n && n.IsScalar() ? n.Scalar() : std::string()) + ")", line, 1,
                     std::move(message)});
}

std::optional<WordSet> RuleParams::word_set(const char* key) {
  YAML::Node n = get(key);
  if (!n) return std::nullopt;
  if (!n.IsScalar()) {
    error_at(n.Mark(), fmt::format("'{}' must be the path of a word list", key));
    return std::nullopt;
  }
  std::optional<WordSet> words;
  if (word_sets_)
    words = (*word_sets_)(n.Scalar());
  else if (std::optional<std::string> text = reader_(n.Scalar()))
    words = WordSet(std::move(*text));
  if (!words)
    error_at(n.Mark(),
             fmt::format("'{}' names a word list '{}' that does not exist", key, n.Scalar()));
  return words;
}

void RuleParams::report_unknown_keys(std::string_view kind) {
  for (auto it = root_.begin(); it != root_.end(); ++it) {
    std::string key = it->first.Scalar();
    if (std::find(read_.begin(), read_.end(), key) != read_.end()) continue;
    std::string known;
    for (const std::string& k : read_) known += (known.empty() ? "" : ", ") + k;
    error_at(
        it->first.Mark(),
        fmt::format("unknown key '{}' for a rule of kind '{}' (known keys: {})", key, kind, known));
  }
}

std::optional<std::string> rule_id_from_path(std::string_view p) {
  if (!p.ends_with(".yaml")) return std::nullopt;
  p.remove_suffix(5);
  std::size_t slash = p.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == p.size() ||
      p.find('/', slash + 1) != std::string_view::npos)
    return std::nullopt;
  for (char c : p)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/'))
      return std::nullopt;
  return std::string(p);
}

std::string
expand_message(std::string_view t,
               std::initializer_list<std::pair<std::string_view, std::string_view>> args) {
  std::string out;
  out.reserve(t.size() + 16);
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if ((c == '{' || c == '}') && i + 1 < t.size() && t[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c == '{') {
      std::size_t close = t.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = t.substr(i + 1, close - i - 1);
        for (auto& [k, v] : args)
          if (k == name) {
            out += v;
            break;
          }
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::optional<std::string> check_message_template(std::string_view t,
                                                  std::span<const std::string_view> allowed) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if ((c == '{' || c == '}') && i + 1 < t.size() && t[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '}') return "unmatched '}' in message (write '}}' for a brace)";
    if (c != '{') continue;
    std::size_t close = t.find('}', i);
    if (close == std::string_view::npos) return "unmatched '{' in message (write '{{' for a brace)";
    std::string_view name = t.substr(i + 1, close - i - 1);
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string names;
      for (auto a : allowed) names += fmt::format("{}{{{}}}", names.empty() ? "" : ", ", a);
      return fmt::format("unknown placeholder '{{{}}}' in message (this kind offers: {})", name,
                         names.empty() ? "none" : names);
    }
    i = close;
  }
  return std::nullopt;
}

} // namespace claimlint
