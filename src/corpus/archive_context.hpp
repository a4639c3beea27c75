// Archived articles as context for a run: the corpus stage compares each story's drafts with
// the archived articles about the same thing (archive/archive.hpp), and never reports problems
// in the archived articles themselves.
//
// Which articles: for each draft, the archived articles most like it (Archive::similar: shared
// rare names, then the cosine similarity of the profiles, as automatic grouping compares drafts,
// corpus/stories.hpp); each joins the story of the draft it is most like. An article more than
// 45 days from the draft must be more alike (kDistantCosine): a theme recurs (a yearly budget,
// another storm), a story rarely lasts. Its claims are extracted as a draft's are.
//
// Time: every archived article has a date. A finding in a draft whose contradicting statements
// are all archived is a warning when the newest of them is at most `window_days` older than the
// draft; older, it is an info that asks the editor to confirm the change ("last published on
// 2026-01-14"). The notes at archived statements name the article's source and date. When the
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

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimlint {

// The similarity an archived article needs when it is more than 45 days from the draft, or
// when the draft has no date (measured on the news corpus: tests/accuracy/archive_match.py).
inline constexpr double kDistantCosine = 0.3;
inline constexpr double kUndatedCosine = 0.25;

class ArchiveContext {
public:
  ArchiveContext(const Archive& archive, long window_days)
      : archive_(&archive), window_days_(window_days) {
    archive.refresh();
  }

  // Reads the archived articles like the run's drafts and adds each to the story of the draft
  // it is most like. `profiles`, `story_of` and `drafts` are per draft of the run.
  void attach(const std::vector<std::vector<StoryTerm>>& profiles,
              const std::vector<std::optional<Date>>& dates, const std::vector<int>& story_of,
              std::vector<std::vector<FileClaims>>& story_files, const RuleSet& rules);

  bool is_archived(const SourceFile* f) const { return meta_.contains(f); }
  // Drops findings located in archived articles and applies the time rules to the others, for
  // the diagnostics from `first` on.
  void annotate(std::vector<Diagnostic>& out, std::size_t first) const;

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

  // How many archived articles joined a story (each was read again).
  std::size_t joined() const { return joined_list_.size(); }

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
  std::unordered_map<const SourceFile*, Meta> meta_;
  std::vector<Joined> joined_list_;
  std::optional<std::string> error_;
};

} // namespace claimlint
