// Archived articles as context for a run: the corpus stage compares each story's drafts with
// the archived articles about the same thing (archive/archive.hpp), and never reports problems
// in the archived articles themselves.
//
// Which articles: for each draft, the archived articles most like it (Archive::similar: shared
// rare names, then the cosine similarity of the profiles, as automatic grouping compares drafts,
// corpus/stories.hpp); an article serves every story with a draft like it. An article more than
// 45 days from the draft must be more alike (kDistantCosine): a theme recurs (a yearly budget,
// another storm), a story rarely lasts. Its claims are extracted as a draft's are, and each of
// the story's drafts is compared with them (of_story).
//
// Time: every archived article has a date. A finding in a draft against an archived statement
// is a warning when the article is at most `window_days` older than the draft; older, and about
// something that changes (a title, a figure), it is an info that asks the editor to confirm the
// change ("last published on 2026-01-14"); a name's spelling or a quotation's speaker stays a
// warning. The notes at archived statements name the article's source and date. When the
// newest archived article is the odd one out (a title changed since older articles, which the
// draft still follows), the finding is restated at the draft: "'Deputy Mayor ...' here, but the
// most recent article about it has 'Mayor ...'".
#pragma once

#include "archive/archive.hpp"
#include "corpus/corpus.hpp"
#include "corpus/stories.hpp"
#include "diagnostics/diagnostic.hpp"
#include "rules/rule_set.hpp"
#include "source/source_file.hpp"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace claimlint {

// The similarity an archived article needs when it is more than 45 days from the draft, or
// when the draft has no date (measured on the news corpus: tests/accuracy/archive_match.py).
inline constexpr double kDistantCosine = 0.3;
inline constexpr double kUndatedCosine = 0.25;
// The most recent archived articles a story is compared with.
inline constexpr std::size_t kArchivedPerStory = 8;

class ArchiveContext {
public:
  ArchiveContext(const Archive& archive, long window_days)
      : archive_(&archive), window_days_(window_days) {
    archive.refresh();
  }

  // Finds the archived articles like each draft and reads them like drafts. `profiles`,
  // `dates` and `story_of` are per draft of the run; `stories` is how many stories it has.
  void attach(const std::vector<std::vector<StoryTerm>>& profiles,
              const std::vector<std::optional<Date>>& dates, const std::vector<int>& story_of,
              std::size_t stories, const RuleSet& rules);

  // An archived article as read for the run.
  struct Read {
    FileClaims claims;
    Date published;
  };
  // The archived articles a story is compared with, newest first. Each draft of the story is
  // compared with all of them together (so the newest statement settles what changed), then
  // with each alone (so a one-against-one difference is never lost among silent articles);
  // other drafts never outvote the archive.
  const std::vector<const Read*>& of_story(std::size_t story) const {
    static const std::vector<const Read*> none;
    return story < by_story_.size() ? by_story_[story] : none;
  }

  bool is_archived(const SourceFile* f) const { return meta_.contains(f); }
  // What the comparisons of one story have found so far: draft statements (file, offset, rule)
  // that a newer archived article agrees with (an older one that differs is not held against
  // them), and where each kept finding about the archive is in the output.
  using Key = std::tuple<const SourceFile*, std::uint32_t, std::string>;
  struct StoryState {
    std::set<Key> settled;
    std::map<Key, std::size_t> kept;
  };
  // After the rules ran over one draft and archived articles (the diagnostics from `first` on):
  // keeps the findings about archived statements, with the time rules applied; drops those
  // located in archived articles, restating them at the draft when the run held
  // `all_articles` of the story and the article is the newest of those it disagrees with;
  // drops findings the story already has (from `story_first` on).
  void annotate(std::vector<Diagnostic>& out, std::size_t story_first, std::size_t first,
                StoryState& state, bool all_articles) const;

  // An error from the archive while attaching (the run goes on without it; exit code 2).
  const std::optional<std::string>& error() const { return error_; }
  const Archive& archive() const { return *archive_; }

  // The archived articles that joined a story, with their similarity to the closest draft.
  struct Joined {
    int story;
    const SourceFile* source;
    double similarity;
  };
  const std::vector<Joined>& joined_list() const { return joined_list_; }
  Date published(const SourceFile* archived) const { return meta_.at(archived).published; }
  std::size_t joined() const { return joined_list_.size(); }

  // Whether a rule's findings are about things that change over time (titles, figures), so
  // that an old archived statement may simply be out of date.
  static bool changes_over_time(std::string_view rule);
  // An archived article's stored (absolute) path as shown: relative to the current folder when
  // inside it.
  static std::string display_path(const std::string& stored);

private:
  // "published 2026-01-14 in The Courier"
  std::string published_note(const SourceFile* archived) const;
  // A finding located in the newest archived article, restated at the drafts it contradicts.
  void restate(const Diagnostic& d, std::vector<Diagnostic>& extra) const;
  struct Meta {
    Date published;
    std::string source;
  };
  const Archive* archive_;
  long window_days_;
  std::vector<std::unique_ptr<SourceFile>> sources_; // kept while the diagnostics live
  std::vector<std::unique_ptr<Read>> reads_;
  std::vector<std::vector<const Read*>> by_story_;
  std::unordered_map<const SourceFile*, Meta> meta_;
  std::vector<Joined> joined_list_;
  std::optional<std::string> error_;
};

} // namespace claimlint
