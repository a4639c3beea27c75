// The archive: articles already published, kept in one SQLite file (`.claimlint/archive.db` by
// default) so a check compares a story's drafts with what the newsroom ran before
// (PRODUCT.md §8; docs/archive.md has the schema and the time rules).
//
// An archived article is stored whole (its text, path, source and publication date) with its
// story profile (corpus/stories.hpp): the distinctive names as an index, every term's document
// frequency across the archive, and the profile itself with its norm. A check looks up the
// rarest names of each draft, scores the articles that share most of them by the cosine
// similarity of their profiles (terms weighted by rarity in the whole archive), and reads again
// only the few that are like the draft (they go through the same extraction as drafts).
// Nothing is scanned: every look-up goes through an index, and names that too many articles
// hold are skipped.
//
// Safety: each `add` or `remove` is one transaction in WAL mode, so a writer killed half-way
// leaves the archive as it was and readers keep working while a writer adds. A file that is not
// a claimlint archive, a newer schema or a corrupt database is an ArchiveError (exit code 2).
#pragma once

#include "corpus/stories.hpp"
#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace claimlint {

// The schema this build writes and reads; docs/archive.md lists each version's migration.
inline constexpr int kArchiveSchemaVersion = 1;

class ArchiveError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

struct ArchivedArticle {
  std::int64_t id = 0;
  std::string path;   // as given to `archive add`
  std::string source; // front matter `source`, or ""
  Date published;
  std::string text;      // the article as added (empty in listings)
  double similarity = 0; // to the draft it was found for (Archive::similar)
};

struct ArchiveStats {
  std::size_t articles = 0, terms = 0; // terms: distinct words, figures and names indexed
  std::uint64_t bytes = 0;             // the database file, WAL included
  std::optional<Date> first, last;
  int schema = kArchiveSchemaVersion;
};

enum class ArchiveChange { added, replaced, unchanged };

class Archive {
public:
  enum class Mode { read, write };
  // Opens (in write mode: creates) the archive; throws ArchiveError with a clear message.
  Archive(const std::string& path, Mode mode);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  const std::string& path() const { return path_; }
  // Forgets what was cached about the archive (its size), for a long-lived reader such as the
  // language server while other processes add articles.
  void refresh() const { articles_.reset(); }

  // Writes happen inside one transaction: begin, any number of add/remove, then commit (or
  // the destructor rolls back).
  void begin();
  void commit();
  void rollback();
  // Stores an article under `path`, replacing an earlier one with that path; `profile` is its
  // story profile. Term frequencies and norms are brought up to date at commit.
  ArchiveChange add(const std::string& path, const std::string& source, const Date& published,
                    std::string_view text, const std::vector<StoryTerm>& profile);
  bool remove(const std::string& path);

  ArchiveStats stats() const;
  // The publication date an article was stored with, if it is in the archive.
  std::optional<Date> published_of(const std::string& path) const;
  std::vector<ArchivedArticle> list() const; // without text, by date then path

  // The articles that share most of a draft's names: its `max_terms` rarest names (held by at
  // most one article in a hundred) are looked up; articles sharing at least `min_shared` of
  // them (all, when the draft has fewer) are ranked by names shared, then newest first. Ids.
  std::vector<std::int64_t> candidates(const std::vector<std::uint64_t>& names, std::size_t limit,
                                       std::size_t min_shared = 2,
                                       std::size_t max_terms = 40) const;

  // The archived articles most like a draft with this profile: candidates by names, then the
  // cosine similarity of the two profiles with terms weighted by rarity in the archive; those
  // at `min_similarity` or more that share a name, best first, at most `limit`, whole.
  std::vector<ArchivedArticle> similar(const std::vector<StoryTerm>& profile, std::size_t limit = 8,
                                       double min_similarity = StoryOptions{}.link_cosine) const;

private:
  void exec(const char* sql) const;
  void flush_df();
  std::size_t count_articles() const;
  double idf(std::int64_t df, std::size_t articles) const;
  std::string path_;
  sqlite3* db_ = nullptr;
  bool in_transaction_ = false;
  // The open transaction's changes to term frequencies, and the articles whose norms to compute.
  std::unordered_map<std::uint64_t, std::int64_t> pending_df_;
  std::vector<std::int64_t> pending_norms_;
  mutable std::optional<std::size_t> articles_; // count_articles(), until the next write
};

} // namespace claimlint
