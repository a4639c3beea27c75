// Archived articles as context for a run (archive_context.hpp).
#include "corpus/archive_context.hpp"

#include "claims/claim.hpp"
#include "document/document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace claimlint {

void ArchiveContext::attach(const std::vector<std::vector<StoryTerm>>& profiles,
                            const std::vector<std::optional<Date>>& dates,
                            const std::vector<int>& story_of,
                            std::vector<std::vector<FileClaims>>& story_files,
                            const RuleSet& rules) {
  // Each article once, in the story of the draft it is most like.
  struct Best {
    double similarity = 0;
    int story = -1;
    ArchivedArticle article;
  };
  std::map<std::int64_t, Best> best; // by id, for a stable order
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    std::vector<ArchivedArticle> found;
    try {
      found = archive_->similar(profiles[i]);
    } catch (const ArchiveError& e) {
      // (The message starts with the archive's path, which the error report names anyway.)
      std::string what = e.what(), prefix = archive_->path() + ": ";
      error_ = what.starts_with(prefix) ? what.substr(prefix.size()) : what;
      return;
    }
    for (ArchivedArticle& a : found) {
      // The further apart in time, the more alike an article must be to be the same story and
      // not another of its kind (last year's budget, an earlier storm).
      std::optional<Date> when = dates[i];
      double needed = !when ? kUndatedCosine
                      : std::labs(days_from_civil(*when) - days_from_civil(a.published)) <=
                              StoryOptions{}.max_days_apart
                          ? StoryOptions{}.link_cosine
                          : kDistantCosine;
      if (a.similarity < needed) continue;
      Best& b = best[a.id];
      if (b.story >= 0 && b.similarity >= a.similarity) continue;
      b.similarity = a.similarity;
      b.story = story_of[i];
      b.article = std::move(a);
    }
  }
  for (auto& [id, b] : best) {
    ArchivedArticle& a = b.article;
    LoadLimits limits;
    limits.max_bytes = std::max<std::uint64_t>(limits.max_bytes, a.text.size() + 1);
    auto loaded = load_source_bytes(std::move(a.text), a.path, limits);
    auto* source = std::get_if<std::unique_ptr<SourceFile>>(&loaded);
    if (!source) continue; // stored text that no longer loads is not context
    if (!(*source)->reference_date()) (*source)->set_reference_date(a.published);
    Document doc = build_document(**source, rules.segmentation());
    std::vector<Claim> claims = extract_claims(doc, rules.claim_lexicon()).claims;
    keep_corpus_claims(claims);
    meta_[source->get()] = {a.published, a.source};
    story_files[static_cast<std::size_t>(b.story)].push_back({source->get(), std::move(claims)});
    joined_list_.push_back({b.story, source->get(), b.similarity});
    sources_.push_back(std::move(*source));
  }
}

namespace {

std::string quoted_excerpt(const SourceFile& f, Span span) {
  std::string_view text = f.slice(span);
  if (text.size() > 80) return fmt::format("'{}...'", text.substr(0, 77));
  return fmt::format("'{}'", text);
}

} // namespace

std::string ArchiveContext::published_note(const SourceFile* f) const {
  const Meta& m = meta_.at(f);
  return m.source.empty()
             ? fmt::format("published {}", format_iso_date(m.published))
             : fmt::format("published {} in {}", format_iso_date(m.published), m.source);
}

void ArchiveContext::restate(const Diagnostic& d, std::vector<Diagnostic>& extra) const {
  const Meta& mine = meta_.at(d.file);
  for (const RelatedLocation& r : d.related) {
    auto it = meta_.find(r.file);
    if (it != meta_.end() && it->second.published > mine.published) return; // not the newest
  }
  for (const RelatedLocation& r : d.related) {
    if (is_archived(r.file)) continue;
    Diagnostic nd;
    nd.rule = d.rule;
    nd.file = r.file;
    nd.span = r.span;
    std::optional<Date> now = r.file->reference_date();
    long age = now ? days_from_civil(*now) - days_from_civil(mine.published) : 0;
    nd.severity = age > window_days_ ? Severity::info : d.severity;
    nd.message =
        fmt::format("{} here, but the most recent article about it has {} ({}){}",
                    quoted_excerpt(*r.file, r.span), quoted_excerpt(*d.file, d.span),
                    published_note(d.file), age > window_days_ ? "; confirm which is current" : "");
    nd.related.push_back(
        {d.file, d.span,
         fmt::format("{} here ({})", quoted_excerpt(*d.file, d.span), published_note(d.file))});
    nd.story = d.story;
    nd.story_drafts = d.story_drafts;
    extra.push_back(std::move(nd));
  }
}

void ArchiveContext::annotate(std::vector<Diagnostic>& out, std::size_t first) const {
  std::vector<Diagnostic> extra;
  std::size_t keep = first;
  for (std::size_t k = first; k < out.size(); ++k) {
    Diagnostic& d = out[k];
    if (is_archived(d.file)) {
      // Never a problem in what was already published; but when the newest article about it
      // is the odd one out, the drafts that agree with older articles may be out of date.
      restate(d, extra);
      continue;
    }
    bool all_archived = !d.related.empty();
    std::optional<Date> newest;
    std::string newest_source;
    for (RelatedLocation& r : d.related) {
      auto it = meta_.find(r.file);
      if (it == meta_.end()) {
        all_archived = false;
        continue;
      }
      const Meta& m = it->second;
      r.message += fmt::format(" ({})", published_note(r.file));
      if (!newest || m.published > *newest) {
        newest = m.published;
        newest_source = m.source;
      }
    }
    if (all_archived && newest) {
      std::optional<Date> now = d.file->reference_date();
      long age = now ? days_from_civil(*now) - days_from_civil(*newest) : 0;
      if (age > window_days_) {
        // An older statement may simply have changed since: the editor confirms it.
        d.severity = Severity::info;
        d.message += fmt::format("; last published on {}{}, {} days before this draft: confirm "
                                 "the change",
                                 format_iso_date(*newest),
                                 newest_source.empty() ? "" : " in " + newest_source, age);
      } else {
        d.message += fmt::format("; as published on {}{}", format_iso_date(*newest),
                                 newest_source.empty() ? "" : " in " + newest_source);
      }
    }
    if (keep != k) out[keep] = std::move(d);
    ++keep;
  }
  out.resize(keep);
  // One restated finding per draft statement, the first found.
  for (Diagnostic& d : extra) {
    bool seen = false;
    for (std::size_t k = first; k < out.size() && !seen; ++k)
      seen = out[k].file == d.file && out[k].span == d.span && out[k].rule == d.rule;
    if (!seen) out.push_back(std::move(d));
  }
}

} // namespace claimlint
