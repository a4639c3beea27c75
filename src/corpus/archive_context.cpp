// Archived articles as context for a run (archive_context.hpp).
#include "corpus/archive_context.hpp"

#include "claims/claim.hpp"
#include "document/document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace claimlint {

void ArchiveContext::attach(const std::vector<std::vector<StoryTerm>>& profiles,
                            const std::vector<std::optional<Date>>& dates,
                            const std::vector<int>& story_of, std::size_t stories,
                            const RuleSet& rules) {
  by_story_.assign(stories, {});
  // Each article once; it serves every story that has a draft like it.
  struct Found {
    ArchivedArticle article;
    std::map<int, double> stories; // story -> best similarity
  };
  std::map<std::int64_t, Found> found; // by id, for a stable order
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    std::vector<ArchivedArticle> like;
    try {
      like = archive_->similar(profiles[i]);
    } catch (const ArchiveError& e) {
      // (The message starts with the archive's path, which the error report names anyway.)
      std::string what = e.what(), prefix = archive_->path() + ": ";
      error_ = what.starts_with(prefix) ? what.substr(prefix.size()) : what;
      return;
    }
    for (ArchivedArticle& a : like) {
      // The further apart in time, the more alike an article must be to be the same story and
      // not another of its kind (last year's budget, an earlier storm).
      std::optional<Date> when = dates[i];
      double needed = !when ? kUndatedCosine
                      : std::labs(days_from_civil(*when) - days_from_civil(a.published)) <=
                              StoryOptions{}.max_days_apart
                          ? StoryOptions{}.link_cosine
                          : kDistantCosine;
      if (a.similarity < needed) continue;
      Found& f = found[a.id];
      double& best = f.stories[story_of[i]];
      best = std::max(best, a.similarity);
      if (f.article.path.empty()) f.article = std::move(a);
    }
  }
  // Per story, only the most recent few, newest first: the most recent statement is the one a
  // draft answers to, and the bound keeps the comparisons per draft few whatever the archive
  // holds. Only the articles some story keeps are read.
  std::vector<std::vector<std::pair<Date, std::int64_t>>> keep(stories);
  for (auto& [id, f] : found)
    for (auto [story, similarity] : f.stories)
      keep[static_cast<std::size_t>(story)].push_back({f.article.published, id});
  std::map<std::int64_t, std::vector<int>> wanted; // id -> stories
  for (std::size_t story = 0; story < stories; ++story) {
    auto& list = keep[story];
    std::stable_sort(list.begin(), list.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second > y.second;
    });
    if (list.size() > kArchivedPerStory) list.resize(kArchivedPerStory);
    for (auto [date, id] : list) wanted[id].push_back(static_cast<int>(story));
  }
  std::map<std::int64_t, const Read*> read_of;
  for (auto& [id, stories_of] : wanted) {
    Found& f = found.at(id);
    ArchivedArticle& a = f.article;
    LoadLimits limits;
    limits.max_bytes = std::max<std::uint64_t>(limits.max_bytes, a.text.size() + 1);
    auto loaded = load_source_bytes(std::move(a.text), display_path(a.path), limits);
    auto* source = std::get_if<std::unique_ptr<SourceFile>>(&loaded);
    if (!source) continue; // stored text that no longer loads is not context
    if (!(*source)->reference_date()) (*source)->set_reference_date(a.published);
    Document doc = build_document(**source, rules.segmentation());
    auto read = std::make_unique<Read>();
    read->claims.source = source->get();
    read->claims.claims = extract_claims(doc, rules.claim_lexicon()).claims;
    keep_corpus_claims(read->claims.claims);
    read->published = a.published;
    meta_[source->get()] = {a.published, a.source};
    for (int story : stories_of)
      joined_list_.push_back({story, source->get(), f.stories.at(story)});
    read_of[id] = read.get();
    sources_.push_back(std::move(*source));
    reads_.push_back(std::move(read));
  }
  for (std::size_t story = 0; story < stories; ++story)
    for (auto [date, id] : keep[story])
      if (auto it = read_of.find(id); it != read_of.end()) by_story_[story].push_back(it->second);
}

namespace {

std::string quoted_excerpt(const SourceFile& f, Span span) {
  std::string_view text = f.slice(span);
  if (text.size() <= 80) return fmt::format("'{}'", text);
  // Cut at a character boundary: a UTF-8 continuation byte is 10xxxxxx.
  std::size_t cut = 77;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return fmt::format("'{}...'", text.substr(0, cut));
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
    nd.archived = mine.published;
    extra.push_back(std::move(nd));
  }
}

void ArchiveContext::annotate(std::vector<Diagnostic>& out, std::size_t story_first,
                              std::size_t first, StoryState& state, bool all_articles) const {
  using Place = std::pair<const SourceFile*, std::uint32_t>;
  // 1. Findings located in archived articles: never reported (what was published is not
  // checked), but they say which draft statements a newer article agrees with.
  struct Odd {
    std::string_view rule;
    Date published;
    std::set<Place> related;
  };
  std::vector<Odd> odd;
  std::vector<Diagnostic> extra;
  // Archived statements a draft finding points at: a finding located there is one side of a
  // tie with the draft, not an odd one out.
  std::set<Place> answered;
  for (std::size_t k = first; k < out.size(); ++k)
    if (!is_archived(out[k].file))
      for (const RelatedLocation& r : out[k].related) answered.insert({r.file, r.span.begin});
  for (std::size_t k = first; k < out.size(); ++k) {
    const Diagnostic& d = out[k];
    auto self = meta_.find(d.file);
    if (self == meta_.end()) continue;
    bool tie = answered.contains({d.file, d.span.begin});
    Odd o{d.rule, self->second.published, {}};
    bool newest = true;
    for (const RelatedLocation& r : d.related) {
      o.related.insert({r.file, r.span.begin});
      if (auto it = meta_.find(r.file);
          it != meta_.end() && it->second.published > self->second.published)
        newest = false;
    }
    if (!newest || (!tie && !changes_over_time(d.rule))) {
      // A newer article agrees with the drafts it disagrees with; or the newest article's own
      // slip (an odd spelling): either way those drafts' statements are settled.
      for (const RelatedLocation& r : d.related)
        if (!is_archived(r.file)) state.settled.insert({r.file, r.span.begin, d.rule});
    } else if (all_articles && !tie && changes_over_time(d.rule)) {
      // The newest article is the odd one out on what changes (a title, a figure): the drafts
      // that follow older articles may be out of date. (Only with all the story's articles at
      // hand is the newest one known.)
      restate(d, extra);
    }
    odd.push_back(std::move(o));
  }
  // 2. Findings in the draft about archived statements.
  for (std::size_t k = first; k < out.size(); ++k) {
    Diagnostic& d = out[k];
    if (is_archived(d.file)) continue;
    const Meta* newest = nullptr;
    std::set<Place> against;
    for (const RelatedLocation& r : d.related)
      if (auto it = meta_.find(r.file); it != meta_.end()) {
        against.insert({r.file, r.span.begin});
        if (!newest || it->second.published > newest->published) newest = &it->second;
      }
    // Findings among the drafts alone were reported by the story's own pass.
    if (!newest || state.settled.contains({d.file, d.span.begin, d.rule})) continue;
    // A newer article that is odd against the same statements agrees with this draft.
    bool agreed = std::any_of(odd.begin(), odd.end(), [&](const Odd& o) {
      return o.rule == d.rule && o.published > newest->published &&
             std::includes(o.related.begin(), o.related.end(), against.begin(), against.end());
    });
    if (agreed) continue;
    for (RelatedLocation& r : d.related)
      if (is_archived(r.file)) r.message += fmt::format(" ({})", published_note(r.file));
    // What was published is the reference, not one more draft in a tie.
    for (std::string_view tie : {"; a tie, no draft settles it", " (a tie, no draft settles it)"})
      if (auto t = d.message.find(tie); t != std::string::npos) d.message.erase(t, tie.size());
    std::optional<Date> now = d.file->reference_date();
    long age = now ? days_from_civil(*now) - days_from_civil(newest->published) : 0;
    std::string where = newest->source.empty() ? "" : " in " + newest->source;
    if (age > window_days_ && changes_over_time(d.rule)) {
      // A title or a figure may simply have changed since: the editor confirms it.
      d.severity = Severity::info;
      d.message += fmt::format("; last published on {}{}, {} days before this draft: confirm "
                               "the change",
                               format_iso_date(newest->published), where, age);
    } else {
      d.message += fmt::format("; as published on {}{}", format_iso_date(newest->published), where);
    }
    d.archived = newest->published;
    extra.push_back(std::move(d));
  }
  out.resize(first);
  // One finding per draft statement and rule: the drafts' own, else the one against the
  // newest article (restated findings count as of the newest).
  for (Diagnostic& d : extra) {
    auto key = std::make_tuple(d.file, d.span.begin, d.rule);
    bool drafts_own = false;
    for (std::size_t k = story_first; k < out.size() && !drafts_own; ++k)
      drafts_own = !out[k].archived && out[k].file == d.file && out[k].span == d.span &&
                   out[k].rule == d.rule;
    if (drafts_own) continue;
    auto it = state.kept.find(key);
    if (it == state.kept.end()) {
      state.kept.emplace(key, out.size());
      out.push_back(std::move(d));
    } else if (d.archived && out[it->second].archived && *d.archived > *out[it->second].archived) {
      out[it->second] = std::move(d);
    }
  }
}

bool ArchiveContext::changes_over_time(std::string_view rule) {
  // Titles, figures, affiliations and lengths of time change; a name's spelling, who said a
  // quotation and the date of a past event do not.
  return rule == "claims/title-conflict" || rule == "claims/quantity-conflict" ||
         rule == "claims/affiliation-conflict" || rule == "claims/duration-conflict";
}

std::string ArchiveContext::display_path(const std::string& stored) {
  // Stored paths are absolute; shown relative to the current folder when inside it.
  std::error_code ec;
  std::filesystem::path p(stored);
  if (!p.is_absolute()) return stored;
  std::filesystem::path rel = p.lexically_relative(std::filesystem::current_path(ec));
  if (!ec && !rel.empty() && *rel.begin() != "..") return rel.generic_string();
  return stored;
}

} // namespace claimlint
