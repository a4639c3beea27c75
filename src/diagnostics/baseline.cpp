#include "diagnostics/baseline.hpp"

#include "diagnostics/fingerprint.hpp"
#include "source/source_file.hpp"
#include "util/json.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace claimlint {

namespace {

constexpr int kBaselineVersion = 1;

using Key = std::tuple<std::string, std::string, std::string>; // rule, file, fingerprint

Key key_of(const Diagnostic& d) {
  return {d.rule, d.file->path(), fingerprint(d)};
}

} // namespace

std::string render_baseline(const std::vector<Diagnostic>& diagnostics) {
  std::vector<BaselineEntry> entries;
  for (const Diagnostic& d : diagnostics) {
    auto [rule, file, fp] = key_of(d);
    entries.push_back({rule, file, fp, d.message});
  }
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.file, a.rule, a.fingerprint, a.message) <
           std::tie(b.file, b.rule, b.fingerprint, b.message);
  });
  std::string out =
      fmt::format("{{\"version\": {}, \"tool\": \"claimlint\", \"findings\": [", kBaselineVersion);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const BaselineEntry& e = entries[i];
    out += i ? ",\n" : "\n";
    out += "{\"rule\": ";
    append_json_string(out, e.rule);
    out += ", \"file\": ";
    append_json_string(out, e.file);
    out += ", \"fingerprint\": ";
    append_json_string(out, e.fingerprint);
    out += ", \"message\": ";
    append_json_string(out, e.message);
    out += '}';
  }
  out += entries.empty() ? "]}\n" : "\n]}\n";
  return out;
}

std::optional<std::vector<BaselineEntry>> parse_baseline(const std::string& text,
                                                         std::string& error) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number like 1e99999 (found by the fuzzer).
    std::string what = e.what(); // "[json.exception.parse_error.101] parse error at line 1, ..."
    if (auto cut = what.find("] "); cut != std::string::npos) what = what.substr(cut + 2);
    error = "not valid JSON: " + what;
    return std::nullopt;
  }
  if (!doc.is_object() || !doc.contains("findings") || !doc["findings"].is_array()) {
    error = "not a claimlint baseline (expected an object with a \"findings\" list; write one "
            "with --write-baseline)";
    return std::nullopt;
  }
  if (!doc.contains("version") || doc["version"] != kBaselineVersion) {
    error = fmt::format("unsupported baseline version (this claimlint reads version {})",
                        kBaselineVersion);
    return std::nullopt;
  }
  std::vector<BaselineEntry> out;
  std::size_t index = 0;
  for (const nlohmann::json& f : doc["findings"]) {
    ++index;
    auto str = [&](const char* key) -> std::optional<std::string> {
      if (!f.is_object() || !f.contains(key) || !f[key].is_string()) return std::nullopt;
      return f[key].get<std::string>();
    };
    auto rule = str("rule"), file = str("file"), fp = str("fingerprint");
    if (!rule || !file || !fp) {
      error = fmt::format("finding {} lacks \"rule\", \"file\" or \"fingerprint\"", index);
      return std::nullopt;
    }
    out.push_back({*rule, *file, *fp, str("message").value_or("")});
  }
  return out;
}

BaselineOutcome apply_baseline(std::vector<Diagnostic>& diagnostics,
                               const std::vector<BaselineEntry>& baseline,
                               std::vector<Diagnostic>* suppressed) {
  std::map<Key, std::vector<const BaselineEntry*>> remaining;
  for (const BaselineEntry& e : baseline) remaining[{e.rule, e.file, e.fingerprint}].push_back(&e);
  BaselineOutcome out;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    auto it = remaining.find(key_of(diagnostics[i]));
    if (it != remaining.end() && !it->second.empty()) {
      it->second.pop_back();
      ++out.suppressed;
      if (suppressed) suppressed->push_back(std::move(diagnostics[i]));
      continue;
    }
    if (kept != i) diagnostics[kept] = std::move(diagnostics[i]);
    ++kept;
  }
  diagnostics.resize(kept);
  for (const auto& [key, entries] : remaining)
    for (const BaselineEntry* e : entries) out.stale.push_back(*e);
  return out;
}

} // namespace claimlint
