// SARIF 2.1.0 output for code-scanning views (GitHub code scanning, Azure DevOps, VS Code's
// SARIF viewer).
//
// One run: tool.driver with every rule of the run (descriptions and the rule's reference page
// as help), one artifact per checked file with a URI relative to %SRCROOT% (the folder
// claimlint ran in), and one result per finding. Regions use UTF-16 columns
// (columnKind utf16CodeUnits), as the specification recommends and as editors count.
// Findings about other drafts carry relatedLocations; certain fixes become SARIF fixes;
// partialFingerprints come from diagnostics/fingerprint.hpp so that code-scanning keeps
// a finding's identity when lines move. Input errors are tool execution notifications.
#include "diagnostics/fingerprint.hpp"
#include "diagnostics/reporter.hpp"

#include "source/source_file.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fmt/format.h>

#include <map>

namespace claimlint {

namespace {

using json = nlohmann::ordered_json;

std::string_view level_for(Severity s) {
  switch (s) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    return "note";
  }
  return "warning";
}

struct ArtifactUri {
  std::string uri;
  bool relative = true; // relative to %SRCROOT%
};

ArtifactUri artifact_uri(const std::string& path, const std::string& base_dir) {
  namespace fs = std::filesystem;
  fs::path p(path);
  if (p.is_relative()) return {uri_encode_path(p.lexically_normal().generic_string()), true};
  fs::path rel = p.lexically_relative(base_dir);
  if (!rel.empty() && *rel.begin() != "..") return {uri_encode_path(rel.generic_string()), true};
  return {"file://" + uri_encode_path(p.generic_string()), false};
}

std::string first_line(const std::string& s) {
  std::string line = s.substr(0, s.find('\n'));
  return line.empty() ? s : line;
}

json region(const SourceFile& f, Span s, bool with_snippet) {
  Position a = f.position(s.begin), b = f.position(s.end);
  // No charOffset/charLength: they would be in UTF-16 units too, and the byte offsets we
  // have would mislead a consumer.
  json r = {{"startLine", a.line},
            {"startColumn", a.column_utf16},
            {"endLine", b.line},
            {"endColumn", b.column_utf16}};
  if (with_snippet) r["snippet"] = {{"text", std::string(f.slice(s))}};
  return r;
}

// "prose/missing-space" -> "ProseMissingSpace": SARIF wants a rule's name readable and distinct
// from its id.
std::string pascal_case(std::string_view id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '/' || c == '-' || c == '_') {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

} // namespace

std::string render_sarif(const RunResult& run, std::span<const RuleInfo> rules,
                         const std::string& base_dir) {
  json driver_rules = json::array();
  std::map<std::string, std::size_t> rule_index;
  auto add_rule = [&](const RuleInfo& r) {
    rule_index[r.id] = driver_rules.size();
    json rule = {{"id", r.id}, {"name", pascal_case(r.id)}};
    std::string description = r.description.empty() ? r.id : r.description;
    rule["shortDescription"] = {{"text", first_line(description)}};
    rule["fullDescription"] = {{"text", description}};
    if (!r.help.empty())
      rule["help"] = {{"text", r.help}, {"markdown", r.help}};
    else
      rule["help"] = {{"text", description}};
    // The rule's page: its link when that is an address; a built-in rule's page in the
    // repository (its link is "rules/<id>.md").
    if (r.link.starts_with("https://") || r.link.starts_with("http://"))
      rule["helpUri"] = r.link;
    else if (r.link.starts_with("rules/") && r.link.ends_with(".md"))
      rule["helpUri"] = std::string(CLAIMLINT_HOMEPAGE) + "/blob/main/" + r.link;
    rule["defaultConfiguration"] = {{"level", level_for(r.severity)}};
    rule["properties"] = {{"tags", {r.id.substr(0, r.id.find('/'))}}};
    driver_rules.push_back(std::move(rule));
  };
  for (const RuleInfo& r : rules) add_rule(r);
  for (const Diagnostic& d : run.diagnostics)
    if (!rule_index.contains(d.rule)) add_rule({d.rule, "", "", "", d.severity});

  // Artifacts: every checked file, then any other file a related location names.
  json artifacts = json::array();
  std::map<std::string, std::size_t> artifact_index;
  auto artifact = [&](const std::string& path, const SourceFile* f) -> json {
    ArtifactUri u = artifact_uri(path, base_dir);
    json loc = {{"uri", u.uri}};
    if (u.relative) loc["uriBaseId"] = "%SRCROOT%";
    auto [it, added] = artifact_index.try_emplace(path, artifacts.size());
    if (added) {
      json a = {{"location", loc}};
      if (f) {
        a["length"] = f->size();
        a["mimeType"] = f->dialect() == Dialect::markdown ? "text/markdown" : "text/plain";
        a["encoding"] = "utf-8";
      }
      artifacts.push_back(std::move(a));
    }
    loc["index"] = it->second;
    return loc;
  };
  std::map<std::string, const SourceFile*> sources;
  for (const auto* list : {&run.diagnostics, &run.baselined})
    for (const Diagnostic& d : *list) {
      sources[d.file->path()] = d.file;
      for (const RelatedLocation& r : d.related) sources[r.file->path()] = r.file;
    }
  for (const std::string& path : run.files) {
    auto it = sources.find(path);
    artifact(path, it == sources.end() ? nullptr : it->second);
  }

  for (const Diagnostic& d : run.baselined)
    if (!rule_index.contains(d.rule)) add_rule({d.rule, "", "", "", d.severity});
  // Findings, then those a baseline suppressed: code scanning shows them as dismissed instead
  // of losing track of them.
  std::vector<Diagnostic> all = run.diagnostics;
  all.insert(all.end(), run.baselined.begin(), run.baselined.end());
  std::vector<std::string> fps = fingerprints_with_occurrence(all);
  json results = json::array();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Diagnostic& d = all[i];
    json physical = {{"artifactLocation", artifact(d.file->path(), d.file)},
                     {"region", region(*d.file, d.span, true)}};
    // The message links each related statement ("[1](1)" is relatedLocations id 1).
    std::string text = d.message;
    for (std::size_t k = 0; k < d.related.size(); ++k)
      text += fmt::format("{}[{}]({})", k == 0 ? " (see " : ", ", k + 1, k + 1);
    if (!d.related.empty()) text += ")";
    json result = {{"ruleId", d.rule},
                   {"ruleIndex", rule_index.at(d.rule)},
                   {"level", level_for(d.severity)},
                   {"message", {{"text", text}}},
                   {"locations", json::array({{{"physicalLocation", physical}}})}};
    if (i >= run.diagnostics.size())
      result["suppressions"] =
          json::array({{{"kind", "external"}, {"justification", "recorded in the baseline"}}});
    if (!d.related.empty()) {
      json related = json::array();
      for (std::size_t k = 0; k < d.related.size(); ++k) {
        const RelatedLocation& r = d.related[k];
        related.push_back({{"id", k + 1},
                           {"physicalLocation",
                            {{"artifactLocation", artifact(r.file->path(), r.file)},
                             {"region", region(*r.file, r.span, true)}}},
                           {"message", {{"text", r.message}}}});
      }
      result["relatedLocations"] = std::move(related);
    }
    result["partialFingerprints"] = {{"claimlint/v1", fps[i]}};
    if (!d.story.empty())
      result["properties"] = {{"story", d.story}, {"storyDrafts", d.story_drafts}};
    if (d.fix) {
      std::string_view old = d.file->slice(d.fix->span);
      std::string what =
          old.empty() ? "insert \"" + d.fix->replacement + "\""
                      : "replace \"" + std::string(old) + "\" with \"" + d.fix->replacement + "\"";
      result["fixes"] = json::array(
          {{{"description", {{"text", what}}},
            {"artifactChanges",
             json::array(
                 {{{"artifactLocation", artifact(d.file->path(), d.file)},
                   {"replacements",
                    json::array({{{"deletedRegion", region(*d.file, d.fix->span, false)},
                                  {"insertedContent", {{"text", d.fix->replacement}}}}})}}})}}});
    }
    results.push_back(std::move(result));
  }

  json notifications = json::array();
  for (const InputError& e : run.input_errors) {
    json loc = {{"artifactLocation", artifact(e.path, nullptr)}};
    if (e.line > 0) loc["region"] = {{"startLine", e.line}, {"startColumn", e.column}};
    notifications.push_back({{"level", "error"},
                             {"message", {{"text", e.message}}},
                             {"locations", json::array({{{"physicalLocation", loc}}})}});
  }

  std::string base_uri = "file://" + uri_encode_path(base_dir);
  if (!base_uri.ends_with('/')) base_uri += '/';
  json driver = {{"name", "claimlint"},
                 {"version", CLAIMLINT_VERSION},
                 {"semanticVersion", CLAIMLINT_VERSION},
                 {"informationUri", CLAIMLINT_HOMEPAGE},
                 {"rules", std::move(driver_rules)}};
  json invocation = {{"executionSuccessful", run.input_errors.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({{{"tool", {{"driver", std::move(driver)}}},
                                       {"automationDetails", {{"id", "claimlint/"}}},
                                       {"invocations", json::array({std::move(invocation)})},
                                       {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", base_uri}}}}},
                                       {"artifacts", std::move(artifacts)},
                                       {"columnKind", "utf16CodeUnits"},
                                       {"results", std::move(results)}}})}};
  return sarif.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace claimlint
