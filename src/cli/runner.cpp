#include "cli/runner.hpp"

#include "claims/claim.hpp"
#include "corpus/corpus.hpp"
#include "corpus/stories.hpp"
#include "document/document.hpp"
#include "util/glob.hpp"
#include "util/json.hpp"
#include "util/parallel.hpp"
#include "util/timing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <unordered_map>
#include <variant>

namespace claimlint {

void StageTimes::add(const StageTimes& o) {
  load += o.load;
  structure += o.structure;
  claims += o.claims;
  document_rules += o.document_rules;
  corpus += o.corpus;
  if (o.rules.size() > rules.size()) rules.resize(o.rules.size());
  for (std::size_t i = 0; i < o.rules.size(); ++i) rules[i] += o.rules[i];
}

std::vector<Diagnostic> check_source(const SourceFile& source, const RuleSet& rules,
                                     std::vector<Claim>* claims, StageTimes* times,
                                     std::vector<StoryTerm>* story_profile) {
  std::vector<Diagnostic> out;
  for (const FrontMatterProblem& p : source.front_matter_problems()) {
    Diagnostic d;
    d.rule = "input/front-matter";
    d.severity = Severity::error;
    d.message = p.message;
    d.file = &source;
    d.span = p.span;
    out.push_back(std::move(d));
  }
  Document doc = timed(times ? &times->structure : nullptr,
                       [&] { return build_document(source, rules.segmentation()); });
  timed(times ? &times->document_rules : nullptr,
        [&] { rules.check_document(doc, out, times ? &times->rules : nullptr); });
  if (claims)
    *claims = timed(times ? &times->claims : nullptr,
                    [&] { return extract_claims(doc, rules.claim_lexicon()).claims; });
  if (story_profile)
    *story_profile = claimlint::story_profile(doc, rules.claim_lexicon().dictionary);
  return out;
}

FileResult check_file(const SourceFile& source, const RuleSet& rules, StageTimes* times) {
  FileResult r;
  r.diagnostics = check_source(source, rules, &r.claims, times, &r.story_profile);
  keep_corpus_claims(r.claims);
  auto is_known = [&rules](std::string_view pattern) {
    if (rule_pattern_matches(pattern, "input/front-matter") ||
        rule_pattern_matches(pattern, "input/directive"))
      return true;
    for (const Rule& rule : rules.rules())
      if (rule_pattern_matches(pattern, rule.spec.id)) return true;
    return false;
  };
  r.suppressions = Suppressions::read(source, is_known, r.diagnostics);
  return r;
}

std::vector<Diagnostic> finish_run(std::vector<std::pair<const SourceFile*, FileResult>> files,
                                   const RuleSet& rules, std::size_t* suppressed, StageTimes* times,
                                   ArchiveContext* archive) {
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.first->path() < b.first->path(); });
  std::vector<Diagnostic> out;
  std::unordered_map<const SourceFile*, const Suppressions*> directives;
  // Cross-draft rules compare the drafts of one story (corpus/stories.hpp).
  std::vector<std::vector<StoryTerm>> profiles;
  std::vector<std::optional<Date>> dates;
  std::vector<std::string> keys;
  for (auto& [source, result] : files) {
    profiles.push_back(std::move(result.story_profile));
    dates.push_back(source->reference_date());
    keys.push_back(!source->front_matter().story.empty() ? source->front_matter().story
                                                         : result.story);
  }
  Stories stories = group_stories(profiles, dates, keys);
  std::vector<std::vector<FileClaims>> story_files(stories.names.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto& [source, result] = files[i];
    for (Diagnostic& d : result.diagnostics) out.push_back(std::move(d));
    story_files[static_cast<std::size_t>(stories.story_of[i])].push_back(
        {source, std::move(result.claims)});
    if (!result.suppressions.empty()) directives[source] = &result.suppressions;
  }
  std::vector<std::size_t> story_drafts(story_files.size());
  for (std::size_t s = 0; s < story_files.size(); ++s) story_drafts[s] = story_files[s].size();
  if (archive)
    timed(times ? &times->corpus : nullptr,
          [&] { archive->attach(profiles, dates, stories.story_of, story_files.size(), rules); });
  timed(times ? &times->corpus : nullptr, [&] {
    for (std::size_t s = 0; s < story_files.size(); ++s) {
      std::size_t drafts = story_drafts[s], before = out.size();
      const auto& archived =
          archive ? archive->of_story(s) : std::vector<const ArchiveContext::Read*>();
      std::vector<FileClaims> kept;
      if (!archived.empty()) kept = story_files[s];
      Corpus corpus(std::move(story_files[s]), rules.claim_lexicon().nicknames);
      rules.check_corpus(corpus, out, times ? &times->rules : nullptr);
      // Then each draft against the archived articles (newest first): all of them; then each
      // older one beside the newest (where the newest agrees with the draft, the older one is
      // the odd one out and is not held against it); then each alone (a one-against-one
      // difference is not lost among articles silent about it).
      ArchiveContext::StoryState state;
      auto against = [&](const FileClaims& draft, std::vector<const ArchiveContext::Read*> set) {
        std::vector<FileClaims> with{draft};
        for (const ArchiveContext::Read* a : set) with.push_back(a->claims);
        Corpus corpus(std::move(with), rules.claim_lexicon().nicknames);
        std::size_t first = out.size();
        rules.check_corpus(corpus, out, times ? &times->rules : nullptr);
        archive->annotate(out, before, first, state, set.size() == archived.size());
      };
      for (const FileClaims& draft : kept) {
        if (archived.size() > 1) {
          against(draft, archived);
          for (std::size_t k = 1; k < archived.size(); ++k)
            against(draft, {archived[0], archived[k]});
        }
        for (const ArchiveContext::Read* a : archived) against(draft, {a});
      }
      // With more than one story in the run, each cross-draft finding names its own.
      if (story_files.size() < 2) continue;
      std::string name = stories.names[s].empty() ? fmt::format("#{}", s + 1) : stories.names[s];
      for (std::size_t k = before; k < out.size(); ++k) {
        out[k].story = name;
        out[k].story_drafts = drafts;
      }
    }
  });
  std::size_t dropped = 0;
  if (!directives.empty())
    dropped = apply_suppressions(out, [&](const SourceFile* f) -> const Suppressions* {
      auto it = directives.find(f);
      return it == directives.end() ? nullptr : it->second;
    });
  if (suppressed) *suppressed = dropped;
  rules.drop_overridden(out);
  sort_diagnostics(out);
  return out;
}

namespace {

struct Slot {
  std::unique_ptr<SourceFile> source;
  std::optional<InputError> error;
  FileResult result;
  StageTimes times;
};

// Each input once, read in one piece; stdin's bytes are handed over, not copied.
std::variant<std::unique_ptr<SourceFile>, InputError>
load_input(const InputSpec& in, std::optional<std::string>& stdin_bytes,
           const RunOptions& options) {
  auto loaded = in.is_stdin
                    ? load_source_bytes(stdin_bytes ? std::move(*stdin_bytes) : std::string(),
                                        in.display, options.limits)
                    : load_source_file(in.fs_path, in.display, options.limits);
  if (auto* source = std::get_if<std::unique_ptr<SourceFile>>(&loaded))
    if (!(*source)->reference_date()) (*source)->set_reference_date(options.as_of);
  return loaded;
}

} // namespace

Run run_check(const std::vector<InputSpec>& inputs, const RuleSet& rules, const RunOptions& options,
              std::optional<std::string> stdin_bytes) {
  auto t0 = std::chrono::steady_clock::now();
  std::vector<Slot> slots(inputs.size());
  parallel_for(inputs.size(), options.jobs, [&](std::size_t i) {
    Slot& slot = slots[i];
    try {
      auto loaded = timed(options.time_rules ? &slot.times.load : nullptr,
                          [&] { return load_input(inputs[i], stdin_bytes, options); });
      if (auto* err = std::get_if<InputError>(&loaded)) {
        slot.error = std::move(*err);
        return;
      }
      slot.source = std::move(std::get<std::unique_ptr<SourceFile>>(loaded));
      slot.result = check_file(*slot.source, rules, options.time_rules ? &slot.times : nullptr);
      slot.result.story = inputs[i].story;
    } catch (const std::exception& e) {
      // A bug in claimlint must not take the other files down with it; it is reported as an
      // input error so the exit code still says something went wrong.
      slot.error = InputError{inputs[i].display,
                              fmt::format("internal error while checking this file: {}", e.what())};
    }
  });

  Run run;
  std::vector<std::pair<const SourceFile*, FileResult>> checked;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    Slot& s = slots[i];
    if (s.error) {
      run.result.input_errors.push_back(std::move(*s.error));
      continue;
    }
    if (s.source->size() == 0 ||
        (s.source->body_begin() >= s.source->size() && !s.source->front_matter().present))
      run.notices.push_back(
          fmt::format("{}: note: file is empty; nothing to check", s.source->path()));
    run.result.files.push_back(s.source->path());
    checked.emplace_back(s.source.get(), std::move(s.result));
    run.stage_seconds.add(s.times);
    run.sources.push_back(std::move(s.source));
  }
  auto t1 = std::chrono::steady_clock::now();
  if (options.archive)
    run.archive = std::make_unique<ArchiveContext>(*options.archive, options.archive_window);
  run.result.diagnostics =
      finish_run(std::move(checked), rules, &run.suppressed,
                 options.time_rules ? &run.stage_seconds : nullptr, run.archive.get());
  if (run.archive && run.archive->error())
    run.result.input_errors.push_back(
        {run.archive->archive().path(),
         *run.archive->error() + "; the drafts were compared with each other only"});
  auto t2 = std::chrono::steady_clock::now();
  run.files_seconds = std::chrono::duration<double>(t1 - t0).count();
  run.corpus_seconds = std::chrono::duration<double>(t2 - t1).count();
  std::sort(run.result.files.begin(), run.result.files.end());
  std::stable_sort(run.result.input_errors.begin(), run.result.input_errors.end(),
                   [](const InputError& a, const InputError& b) { return a.path < b.path; });
  return run;
}

std::string run_claims(const std::vector<InputSpec>& inputs, const RuleSet& rules,
                       const RunOptions& options, std::optional<std::string> stdin_bytes,
                       bool jsonl, std::vector<InputError>& errors) {
  std::vector<std::string> outputs(inputs.size());
  std::vector<std::optional<InputError>> failures(inputs.size());
  parallel_for(inputs.size(), options.jobs, [&](std::size_t i) {
    try {
      auto loaded = load_input(inputs[i], stdin_bytes, options);
      if (auto* err = std::get_if<InputError>(&loaded)) {
        failures[i] = std::move(*err);
        return;
      }
      const SourceFile& source = *std::get<std::unique_ptr<SourceFile>>(loaded);
      Document doc = build_document(source, rules.segmentation());
      ExtractedClaims claims = extract_claims(doc, rules.claim_lexicon());
      outputs[i] = jsonl ? render_claims_jsonl(doc, claims) : render_claims_text(doc, claims);
    } catch (const std::exception& e) {
      failures[i] = InputError{inputs[i].display,
                               fmt::format("internal error while extracting claims: {}", e.what())};
    }
  });
  std::string out;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (failures[i]) errors.push_back(std::move(*failures[i]));
    out += outputs[i];
  }
  return out;
}

std::string run_stories(const std::vector<InputSpec>& inputs, const RuleSet& rules,
                        const RunOptions& options, std::optional<std::string> stdin_bytes,
                        bool json, std::vector<InputError>& errors) {
  struct Loaded {
    std::unique_ptr<SourceFile> source;
    std::vector<StoryTerm> profile;
    std::vector<std::pair<std::uint64_t, std::string>> texts;
    std::optional<InputError> error;
  };
  std::vector<Loaded> loaded(inputs.size());
  parallel_for(inputs.size(), options.jobs, [&](std::size_t i) {
    try {
      auto got = load_input(inputs[i], stdin_bytes, options);
      if (auto* err = std::get_if<InputError>(&got)) {
        loaded[i].error = std::move(*err);
        return;
      }
      loaded[i].source = std::move(std::get<std::unique_ptr<SourceFile>>(got));
      Document doc = build_document(*loaded[i].source, rules.segmentation());
      loaded[i].profile = story_profile(doc, rules.claim_lexicon().dictionary, &loaded[i].texts);
    } catch (const std::exception& e) {
      loaded[i].error = InputError{
          inputs[i].display, fmt::format("internal error while reading this file: {}", e.what())};
    }
  });
  std::vector<Loaded*> ok;
  for (Loaded& l : loaded) {
    if (l.error)
      errors.push_back(std::move(*l.error));
    else
      ok.push_back(&l);
  }
  std::sort(ok.begin(), ok.end(),
            [](const Loaded* a, const Loaded* b) { return a->source->path() < b->source->path(); });
  std::vector<std::vector<StoryTerm>> profiles;
  std::vector<std::optional<Date>> dates;
  std::vector<std::string> keys;
  std::unordered_map<std::uint64_t, std::string> text_of;
  for (Loaded* l : ok) {
    profiles.push_back(std::move(l->profile));
    dates.push_back(l->source->reference_date());
    keys.push_back(!l->source->front_matter().story.empty() ? l->source->front_matter().story
                                                            : inputs[l - loaded.data()].story);
    for (auto& [h, t] : l->texts) text_of.emplace(h, t);
  }
  StoryOptions evidence;
  evidence.evidence = true;
  Stories st = group_stories(profiles, dates, keys, evidence);
  // With an archive: the archived articles each story is compared with.
  std::optional<ArchiveContext> archive;
  if (options.archive) {
    archive.emplace(*options.archive, options.archive_window);
    archive->attach(profiles, dates, st.story_of, st.names.size(), rules);
    if (archive->error()) errors.push_back({options.archive->path(), *archive->error()});
  }
  std::string out;
  if (json) out += "{\"version\":1,\"stories\":[";
  for (std::size_t s = 0; s < st.names.size(); ++s) {
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < ok.size(); ++i)
      if (st.story_of[i] == static_cast<int>(s)) members.push_back(i);
    if (json) {
      out += fmt::format("{}{{\"story\":{},\"key\":", s ? "," : "", s + 1);
      append_json_string(out, st.names[s]);
      out += ",\"drafts\":[";
      for (std::size_t m = 0; m < members.size(); ++m) {
        if (m) out += ',';
        append_json_string(out, ok[members[m]]->source->path());
      }
      out += "],\"links\":[";
    } else {
      out += fmt::format("story {}{}: {} draft{}\n", s + 1,
                         st.names[s].empty() ? "" : fmt::format(" ({})", st.names[s]),
                         members.size(), members.size() == 1 ? "" : "s");
      for (std::size_t m : members) out += fmt::format("  {}\n", ok[m]->source->path());
    }
    bool first = true;
    for (const StoryLink& link : st.links) {
      if (st.story_of[link.a] != static_cast<int>(s)) continue;
      std::vector<std::string> shared;
      for (std::uint64_t h : link.shared)
        if (auto it = text_of.find(h); it != text_of.end()) shared.push_back(it->second);
      if (json) {
        out += first ? "" : ",";
        out += "{\"a\":";
        append_json_string(out, ok[link.a]->source->path());
        out += ",\"b\":";
        append_json_string(out, ok[link.b]->source->path());
        out += fmt::format(",\"similarity\":{:.2f},\"shared\":[", link.weight);
        for (std::size_t k = 0; k < shared.size(); ++k) {
          if (k) out += ',';
          append_json_string(out, shared[k]);
        }
        out += "]}";
      } else {
        std::string list;
        for (std::size_t k = 0; k < shared.size() && k < 8; ++k)
          list += (k ? ", " : "") + shared[k];
        if (shared.size() > 8) list += fmt::format(" and {} more", shared.size() - 8);
        out +=
            fmt::format("  linked: {} ~ {} (similarity {:.2f}): {}\n", ok[link.a]->source->path(),
                        ok[link.b]->source->path(), link.weight, list);
      }
      first = false;
    }
    if (json) out += "]";
    if (archive) {
      if (json) out += ",\"archived\":[";
      bool first_archived = true;
      for (const ArchiveContext::Joined& j : archive->joined_list()) {
        if (j.story != static_cast<int>(s)) continue;
        std::string date = format_iso_date(archive->published(j.source));
        if (json) {
          out += first_archived ? "{\"path\":" : ",{\"path\":";
          append_json_string(out, j.source->path());
          out += fmt::format(",\"published\":\"{}\",\"similarity\":{:.2f}}}", date, j.similarity);
        } else {
          out += fmt::format("  archived: {} (published {}, similarity {:.2f})\n", j.source->path(),
                             date, j.similarity);
        }
        first_archived = false;
      }
      if (json) out += "]";
    }
    if (json) out += "}";
  }
  if (json) out += "]}\n";
  return out;
}

} // namespace claimlint
