#include "rules/rule_set.hpp"

#include "rules/embedded_rules.hpp"
#include "rules/rule_tree.hpp"
#include "rules/word_list.hpp"
#include "util/timing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace claimlint {

namespace fs = std::filesystem;

RuleRoot builtin_rule_root() {
  RuleRoot root;
  root.display = "rules";
  root.embedded = embedded_rule_files();
  for (const EmbeddedFile& f : root.embedded) root.files.emplace_back(f.path);
  std::sort(root.files.begin(), root.files.end());
  root.read = [files = root.embedded](std::string_view rel) -> std::optional<std::string> {
    if (const EmbeddedFile* f = find_embedded_file(files, rel)) return std::string(f->content);
    return std::nullopt;
  };
  return root;
}

std::optional<RuleRoot> directory_rule_root(const std::string& dir, std::string& error) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    error = fmt::format("{}: rule folder does not exist or is not a folder", dir);
    return std::nullopt;
  }
  // A folder of rule files itself ("house/" holding place-names.yaml) is one group: its name is
  // the group, as if its parent had been given ("house/place-names" either way).
  fs::path folder = fs::path(dir).lexically_normal();
  if (folder.filename().empty()) folder = folder.parent_path();
  bool group = false;
  for (const auto& e :
       fs::directory_iterator(folder, fs::directory_options::skip_permission_denied, ec))
    if (e.is_regular_file(ec) && e.path().extension() == ".yaml") group = true;
  fs::path base = group ? folder.parent_path() : fs::path(dir);
  if (base.empty()) base = ".";
  RuleRoot root;
  root.display = group ? base.string() : dir;
  for (auto it = fs::recursive_directory_iterator(
           folder, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string ext = it->path().extension().string();
    if (ext != ".yaml" && ext != ".txt") continue;
    root.files.push_back(fs::relative(it->path(), base, ec).generic_string());
  }
  std::sort(root.files.begin(), root.files.end());
  std::string base_dir = base.string();
  root.read = [base_dir](std::string_view rel) -> std::optional<std::string> {
    if (rel.find("..") != std::string_view::npos) return std::nullopt;
    std::ifstream in(fs::path(base_dir) / fs::path(std::string(rel)), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  return root;
}

namespace {

std::optional<RuleExample> read_example(const YAML::Node& n, const std::string& file,
                                        std::vector<RuleError>& errors) {
  RuleExample ex;
  ex.line = n.Mark().line + 1;
  if (n.IsScalar()) {
    ex.text = n.Scalar();
    return ex;
  }
  if (n.IsMap()) {
    for (auto it = n.begin(); it != n.end(); ++it) {
      std::string key = it->first.Scalar();
      if (key == "drafts") {
        // A copy of the node: yaml-cpp's iterator proxy does not outlive the expression.
        const YAML::Node drafts = it->second;
        if (!drafts.IsSequence() || drafts.size() < 2) {
          errors.push_back({file, drafts.Mark().line + 1, drafts.Mark().column + 1,
                            "example 'drafts' must be a list of at least two drafts"});
          return std::nullopt;
        }
        for (const YAML::Node& d : drafts) {
          if (!d.IsScalar()) {
            errors.push_back({file, d.Mark().line + 1, d.Mark().column + 1,
                              "each of an example's drafts must be a string"});
            return std::nullopt;
          }
          ex.drafts.push_back(d.Scalar());
        }
        continue;
      }
      if (!it->second.IsScalar()) {
        errors.push_back({file, it->second.Mark().line + 1, it->second.Mark().column + 1,
                          fmt::format("example '{}' must be a string", key)});
        return std::nullopt;
      }
      if (key == "text")
        ex.text = it->second.Scalar();
      else if (key == "message")
        ex.message = it->second.Scalar();
      else if (key == "fixed")
        ex.fixed = it->second.Scalar();
      else {
        errors.push_back(
            {file, it->first.Mark().line + 1, it->first.Mark().column + 1,
             fmt::format("unknown key '{}' in an example (known keys: text, drafts, message, "
                         "fixed)",
                         key)});
        return std::nullopt;
      }
    }
    if (!n["text"] && ex.drafts.empty()) {
      errors.push_back({file, n.Mark().line + 1, n.Mark().column + 1,
                        "an example needs 'text' (or 'drafts' for a cross-draft rule)"});
      return std::nullopt;
    }
    return ex;
  }
  errors.push_back({file, n.Mark().line + 1, n.Mark().column + 1,
                    "an example must be a string or a mapping with 'text'"});
  return std::nullopt;
}

} // namespace

std::optional<Rule> load_rule(std::string_view id, std::string_view display_path,
                              std::string_view yaml_text, const RuleFileReader& reader,
                              std::vector<RuleError>& errors, const WordSetReader* word_sets) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    errors.push_back({std::string(display_path), e.mark.line + 1, e.mark.column + 1,
                      fmt::format("invalid YAML: {}", e.msg)});
    return std::nullopt;
  }
  return load_rule(id, display_path, root, reader, errors, word_sets);
}

std::optional<Rule> load_rule(std::string_view id, std::string_view display_path,
                              const YAML::Node& root, const RuleFileReader& reader,
                              std::vector<RuleError>& errors, const WordSetReader* word_sets) {
  std::string file(display_path);
  std::size_t errors_before = errors.size();
  if (!root.IsMap()) {
    errors.push_back({file, root.Mark().line + 1, root.Mark().column + 1,
                      "a rule file must be a mapping (kind:, severity:, message:, ...)"});
    return std::nullopt;
  }
  RuleParams params(root, file, reader, errors, word_sets);
  Rule rule;
  RuleSpec& spec = rule.spec;
  spec.id = std::string(id);
  spec.file = file;
  spec.kind = params.string("kind");
  std::string severity = params.string("severity", "warning");
  spec.message = params.string("message");
  spec.description = params.string("description");
  spec.link = params.string("link");
  spec.overrides = params.list("overrides");
  if (spec.kind.empty()) {
    errors.push_back({file, 1, 1, "missing required key 'kind'"});
    return std::nullopt;
  }
  const CheckKind* kind = find_check_kind(spec.kind);
  if (!kind) {
    std::string names;
    for (const CheckKind& k : check_kinds())
      names += fmt::format("{}{}", names.empty() ? "" : ", ", k.name);
    params.error("kind", fmt::format("unknown rule kind '{}' (known kinds: {})", spec.kind, names));
    return std::nullopt;
  }
  if (auto s = parse_severity(severity))
    spec.severity = *s;
  else
    params.error("severity",
                 fmt::format("severity must be error, warning or info, not '{}'", severity));
  if (spec.message.empty())
    errors.push_back({file, 1, 1, "missing required key 'message'"});
  else if (auto problem = check_message_template(spec.message, kind->placeholders))
    params.error("message", *problem);
  if (spec.description.empty())
    errors.push_back({file, 1, 1, "missing required key 'description'"});
  if (YAML::Node ex = params.node("examples")) {
    if (!ex.IsMap()) {
      params.error("examples", "'examples' must be a mapping with 'bad' and 'good' lists");
    } else {
      for (auto it = ex.begin(); it != ex.end(); ++it) {
        std::string key = it->first.Scalar();
        auto* target = key == "bad" ? &spec.bad : key == "good" ? &spec.good : nullptr;
        if (!target || !it->second.IsSequence()) {
          errors.push_back(
              {file, it->first.Mark().line + 1, it->first.Mark().column + 1,
               target ? fmt::format("examples '{}' must be a list", key)
                      : fmt::format("unknown key '{}' in examples (known keys: bad, good)", key)});
          continue;
        }
        // Copy the node out of yaml-cpp's iterator proxy, which does not outlive the
        // expression (ASan found the range-for over it->second reading a dead stack slot).
        const YAML::Node items = it->second;
        for (const YAML::Node& item : items)
          if (auto e = read_example(item, file, errors)) target->push_back(std::move(*e));
      }
    }
  }
  rule.check = kind->make(params);
  params.report_unknown_keys(spec.kind);
  if (errors.size() != errors_before || !rule.check) return std::nullopt;
  return rule;
}

// The rule file without its top-level `examples:` block, whose lines become empty lines (so
// positions after it do not move).
std::string without_examples(std::string text) {
  std::size_t at = text.starts_with("examples:") ? 0 : text.find("\nexamples:");
  if (at == std::string::npos) return text;
  if (at > 0) ++at;
  std::size_t end = at;
  while (end < text.size()) {
    std::size_t nl = text.find('\n', end);
    if (nl == std::string::npos) {
      end = text.size();
      break;
    }
    end = nl + 1;
    // The block ends at the next line that starts in column one with a key.
    if (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '#' &&
        text[end] != '\r' && text[end] != '-')
      break;
  }
  // Only the line breaks stay, so later keys keep their line numbers for error messages and
  // yaml-cpp, which costs about a thousand instructions per byte, reads no blank block.
  std::string out(text, 0, at);
  out.append(
      static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(at),
                                          text.begin() + static_cast<std::ptrdiff_t>(end), '\n')),
      '\n');
  out.append(text, end);
  return out;
}

RuleSet RuleSet::load(const std::vector<RuleRoot>& roots, std::vector<RuleError>& errors,
                      bool builtin_examples) {
  RuleSet set;
  // First every root's word lists, so that a rule reading "lists/x.txt" sees all of them. A
  // list that only the built-in set gives is used in place, with the index the build compiled
  // for it; otherwise the texts of every root are joined.
  struct ListText {
    std::string_view text;
    const EmbeddedFile* embedded = nullptr; // the one compiled-in file `text` is, if so
    std::string joined;
  };
  std::map<std::string, ListText> lists; // "titles.txt" -> its text
  for (const RuleRoot& root : roots) {
    for (const std::string& rel : root.files) {
      if (!rel.starts_with("lists/") || !rel.ends_with(".txt")) continue;
      std::string display = fmt::format("{}/{}", root.display, rel);
      const EmbeddedFile* embedded = root.find_embedded(rel);
      std::optional<std::string> read = embedded ? std::nullopt : root.read(rel);
      if (!embedded && !read) continue;
      const std::string_view text = embedded ? embedded->content : std::string_view(*read);
      ListText& list = lists[rel.substr(6)];
      if (embedded && !list.embedded && list.joined.empty()) {
        list.text = text;
        list.embedded = embedded;
      } else {
        if (list.embedded) list.joined = std::string(list.text) + '\n';
        list.embedded = nullptr;
        list.joined += text;
        list.joined += '\n';
        list.text = list.joined;
      }
      if (rel == "lists/abbreviations.txt") {
        for (const WordListEntry& e : parse_word_list(text)) {
          if (e.tag == "never-ends-sentence" || e.tag.empty())
            set.segmentation_.add_abbreviation(e.word, AbbreviationKind::never_ends_sentence);
          else if (e.tag == "may-end-sentence")
            set.segmentation_.add_abbreviation(e.word, AbbreviationKind::may_end_sentence);
          else
            errors.push_back({display, e.line, 1,
                              fmt::format("unknown abbreviation class '{}' (use "
                                          "never-ends-sentence or may-end-sentence)",
                                          e.tag)});
        }
      } else if (rel == "lists/sentence-starters.txt") {
        for (const WordListEntry& e : parse_word_list(text))
          set.segmentation_.add_sentence_starter(e.word);
      }
    }
  }
  auto list_word_set = [&lists](std::string_view name) -> std::optional<WordSet> {
    auto it = lists.find(std::string(name));
    if (it == lists.end()) return std::nullopt;
    const ListText& list = it->second;
    if (list.embedded && !list.embedded->word_slots.empty())
      return WordSet::compiled(list.embedded->words());
    return WordSet(std::string(list.text));
  };
  for (const RuleRoot& root : roots) {
    RuleFileReader read = [&root, &lists](std::string_view rel) -> std::optional<std::string> {
      if (rel.starts_with("lists/"))
        if (auto it = lists.find(std::string(rel.substr(6))); it != lists.end())
          return std::string(it->second.text);
      return root.read(rel);
    };
    WordSetReader word_sets = [&root, &list_word_set](std::string_view rel) {
      std::optional<WordSet> words;
      if (rel.starts_with("lists/")) words = list_word_set(rel.substr(6));
      if (!words)
        if (std::optional<std::string> text = root.read(rel)) words = WordSet(std::move(*text));
      return words;
    };
    for (const std::string& rel : root.files) {
      if (rel.starts_with("lists/") || !rel.ends_with(".yaml")) continue;
      std::string display = fmt::format("{}/{}", root.display, rel);
      std::optional<std::string> id = rule_id_from_path(rel);
      if (!id) {
        errors.push_back({display, 0, 0,
                          "rule files must be named <group>/<name>.yaml with lower-case letters, "
                          "digits and hyphens (the rule id is the path)"});
        continue;
      }
      std::optional<Rule> rule;
      bool loaded = false;
      // A built-in rule comes from the tree the build parsed, unless its examples are wanted
      // (they stay in the text) or it reports a problem, which is then reported from the text
      // with its position.
      const EmbeddedFile* embedded = root.find_embedded(rel);
      if (embedded && !builtin_examples)
        if (std::optional<YAML::Node> tree = deserialize_rule_tree(embedded->tree)) {
          std::vector<RuleError> tree_errors;
          rule = load_rule(*id, display, *tree, read, tree_errors, &word_sets);
          loaded = tree_errors.empty();
        }
      if (!loaded) {
        std::optional<std::string> text = root.read(rel);
        if (!text) {
          errors.push_back({display, 0, 0, "cannot read rule file"});
          continue;
        }
        if (root.builtin() && !builtin_examples) *text = without_examples(std::move(*text));
        rule = load_rule(*id, display, *text, read, errors, &word_sets);
      }
      if (!rule) continue;
      if (auto doc = root.read(rel.substr(0, rel.size() - 5) + ".md")) rule->spec.doc = *doc;
      auto existing = std::find_if(set.rules_.begin(), set.rules_.end(),
                                   [&](const Rule& r) { return r.spec.id == *id; });
      if (existing != set.rules_.end())
        *existing = std::move(*rule);
      else
        set.rules_.push_back(std::move(*rule));
    }
  }
  std::map<std::string, std::string_view> list_texts;
  for (const auto& [name, list] : lists) list_texts.emplace(name, list.text);
  set.claim_lexicon_ = ClaimLexicon::from_lists(
      list_texts, list_word_set("english-words.txt").value_or(WordSet()),
      [&lists](std::string_view name) -> std::optional<WordSet> {
        auto it = lists.find(std::string(name));
        if (it == lists.end() || !it->second.embedded || it->second.embedded->word_slots.empty())
          return std::nullopt;
        return WordSet::compiled(it->second.embedded->words());
      });
  std::sort(set.rules_.begin(), set.rules_.end(),
            [](const Rule& a, const Rule& b) { return a.spec.id < b.spec.id; });
  return set;
}

std::size_t RuleSet::drop_overridden(std::vector<Diagnostic>& ds) const {
  // (overriding rule, overridden rule) pairs; most rule sets have none, and then nothing is done.
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  for (const Rule& r : rules_)
    for (const std::string& o : r.spec.overrides) pairs.emplace_back(r.spec.id, o);
  if (pairs.empty() || ds.size() < 2) return 0;
  auto overrides = [&](const Diagnostic& a, const Diagnostic& b) {
    for (const auto& [x, y] : pairs)
      if (a.rule == x && b.rule == y) return true;
    return false;
  };
  // Findings of one file, by start: overlapping spans are neighbours in this order.
  std::vector<std::size_t> order(ds.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (ds[a].file != ds[b].file) return ds[a].file < ds[b].file;
    return ds[a].span.begin < ds[b].span.begin;
  });
  std::vector<bool> drop(ds.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const Diagnostic& a = ds[order[k]];
    for (std::size_t m = k + 1; m < order.size(); ++m) {
      const Diagnostic& b = ds[order[m]];
      if (b.file != a.file || b.span.begin >= std::max(a.span.end, a.span.begin + 1)) break;
      if (overrides(a, b)) drop[order[m]] = true;
      if (overrides(b, a)) drop[order[k]] = true;
    }
  }
  std::size_t n = 0;
  for (std::size_t i = 0; i < ds.size(); ++i) {
    if (drop[i]) continue;
    if (n != i) ds[n] = std::move(ds[i]); // (moving onto itself would empty it)
    ++n;
  }
  std::size_t dropped = ds.size() - n;
  ds.resize(n);
  return dropped;
}

const Rule* RuleSet::find(std::string_view id) const {
  for (const Rule& r : rules_)
    if (r.spec.id == id) return &r;
  return nullptr;
}

namespace {

// Rule i's slot in `times`, or null when timing was not asked for.
double* slot(RuleTimes* times, std::size_t i, std::size_t count) {
  if (!times) return nullptr;
  if (times->size() < count) times->resize(count);
  return &(*times)[i];
}

} // namespace

void RuleSet::check_document(const Document& doc, std::vector<Diagnostic>& out,
                             RuleTimes* times) const {
  for (std::size_t i = 0; i < rules_.size(); ++i)
    if (rules_[i].enabled)
      timed(slot(times, i, rules_.size()), [&] { check_document(doc, rules_[i], out); });
}

void RuleSet::check_corpus(const Corpus& corpus, std::vector<Diagnostic>& out,
                           RuleTimes* times) const {
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    const Rule& r = rules_[i];
    if (!r.enabled) continue;
    CorpusSink sink(r.spec, out);
    timed(slot(times, i, rules_.size()), [&] { r.check->check_corpus(corpus, sink); });
  }
}

void RuleSet::check_document(const Document& doc, const Rule& rule,
                             std::vector<Diagnostic>& out) const {
  DiagnosticSink sink(rule.spec, doc, out);
  rule.check->check(doc, sink);
}

} // namespace claimlint
