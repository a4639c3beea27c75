// The SQLite archive of published articles (archive.hpp).
#include "archive/archive.hpp"

#include "util/hash.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <unordered_map>

namespace claimlint {

namespace {

// Terms kept in memory during an add before they are written (within the transaction).
constexpr std::size_t kMaxPending = 1u << 20;

// PRAGMA application_id: "ClLt", so a claimlint archive is told apart from other SQLite files.
constexpr int kApplicationId = 0x436c4c74;

const char* kSchema = R"sql(
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL,          -- YYYY-MM-DD
  hash INTEGER NOT NULL,            -- of the text, to skip re-adding an unchanged file
  text TEXT NOT NULL,
  profile BLOB NOT NULL,            -- the story profile, 8 bytes a term (encode_profile)
  norm REAL NOT NULL DEFAULT 0      -- its norm, terms weighted by rarity in the archive
);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE names(
  term INTEGER NOT NULL,            -- a distinctive name's hash (corpus/stories.hpp)
  article INTEGER NOT NULL,
  PRIMARY KEY(term, article)
) WITHOUT ROWID;
CREATE INDEX names_article ON names(article);
CREATE TABLE term_df(term INTEGER PRIMARY KEY, df INTEGER NOT NULL); -- articles per term
CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
-- norms_articles: how many articles there were when every norm was last computed
)sql";

// A profile term in 8 bytes: the word's 32-bit hash, its count weight in thousandths, and
// whether it is a name (whose full hash is the word's XOR kStoryNameSalt).
std::string encode_profile(const std::vector<StoryTerm>& profile) {
  std::string out;
  out.reserve(profile.size() * 8);
  for (const StoryTerm& t : profile) {
    auto h = static_cast<std::uint32_t>(t.name ? t.hash ^ kStoryNameSalt : t.hash);
    auto tf = static_cast<std::uint16_t>(std::min(65535.0f, t.tf * 1000.0f + 0.5f));
    std::uint16_t flags = t.name ? 1 : 0;
    char buf[8];
    std::memcpy(buf, &h, 4);
    std::memcpy(buf + 4, &tf, 2);
    std::memcpy(buf + 6, &flags, 2);
    out.append(buf, 8);
  }
  return out;
}

std::vector<StoryTerm> decode_profile(const void* data, std::size_t bytes) {
  std::vector<StoryTerm> out;
  out.reserve(bytes / 8);
  const char* p = static_cast<const char*>(data);
  for (std::size_t i = 0; i + 8 <= bytes; i += 8) {
    std::uint32_t h;
    std::uint16_t tf, flags;
    std::memcpy(&h, p + i, 4);
    std::memcpy(&tf, p + i + 4, 2);
    std::memcpy(&flags, p + i + 6, 2);
    bool name = flags & 1;
    out.push_back({name ? h ^ kStoryNameSalt : h, static_cast<float>(tf) / 1000.0f, name});
  }
  std::sort(out.begin(), out.end(),
            [](const StoryTerm& a, const StoryTerm& b) { return a.hash < b.hash; });
  return out;
}

// One prepared statement, finalized on scope exit.
class Statement {
public:
  Statement(sqlite3* db, const char* sql, const std::string& path) : path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &st_, nullptr) != SQLITE_OK)
      throw ArchiveError(fmt::format("{}: {}", path, sqlite3_errmsg(db)));
  }
  ~Statement() { sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& bind(int i, std::int64_t v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  Statement& bind(int i, std::string_view v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // True while there is a row; throws on an error.
  bool step() {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw ArchiveError(describe(sqlite3_db_handle(st_), rc, path_));
  }
  void reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(st_, col); }
  double real(int col) const { return sqlite3_column_double(st_, col); }
  std::vector<StoryTerm> profile(int col) const {
    return decode_profile(sqlite3_column_blob(st_, col),
                          static_cast<std::size_t>(sqlite3_column_bytes(st_, col)));
  }
  Statement& bind_real(int i, double v) {
    sqlite3_bind_double(st_, i, v);
    return *this;
  }
  Statement& bind_blob(int i, std::string_view v) {
    sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  std::string text(int col) const {
    const unsigned char* p = sqlite3_column_text(st_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(st_, col)))
             : std::string();
  }

  static std::string describe(sqlite3* db, int rc, const std::string& path) {
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
      return fmt::format("{}: not a claimlint archive (not an SQLite database)", path);
    case SQLITE_CORRUPT:
      return fmt::format("{}: the archive is corrupt ({}); restore it from a backup or "
                         "rebuild it with `claimlint archive add`",
                         path, sqlite3_errmsg(db));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return fmt::format("{}: the archive stayed locked by another writer", path);
    default:
      return fmt::format("{}: {}", path, sqlite3_errmsg(db));
    }
  }

private:
  sqlite3_stmt* st_ = nullptr;
  std::string path_;
};

std::uint64_t text_hash(std::string_view text) {
  return hash_text(text);
}

Date parse_stored_date(const std::string& s) {
  std::optional<Date> d = parse_iso_date(s);
  return d ? *d : Date{};
}

} // namespace

Archive::Archive(const std::string& path, Mode mode) : path_(path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (mode == Mode::read && !exists)
    throw ArchiveError(
        fmt::format("{}: no archive here (create one with `claimlint archive add`)", path));
  if (exists && fs::is_directory(path, ec))
    throw ArchiveError(fmt::format("{}: is a folder, not an archive file", path));
  if (mode == Mode::write && !exists) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
  }
  int flags =
      mode == Mode::read ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw ArchiveError(fmt::format("{}: cannot open the archive: {}", path, why));
  }
  sqlite3_busy_timeout(db_, 10000);
  try {
    // (Each statement is finished before the next: an unfinished read holds a transaction.)
    auto number = [&](const char* sql) {
      Statement st(db_, sql, path_);
      st.step();
      return st.integer(0);
    };
    std::int64_t id = number("PRAGMA application_id");
    std::int64_t version = number("PRAGMA user_version");
    bool empty = number("SELECT count(*) FROM sqlite_master") == 0 && id == 0;
    if (empty) {
      if (mode == Mode::read)
        throw ArchiveError(fmt::format("{}: not a claimlint archive (an empty database)", path));
      exec("PRAGMA journal_mode=WAL");
      exec("BEGIN IMMEDIATE");
      // Another process may have created it meanwhile.
      if (number("SELECT count(*) FROM sqlite_master") == 0) {
        exec(kSchema);
        exec(fmt::format("PRAGMA application_id={}", kApplicationId).c_str());
        exec(fmt::format("PRAGMA user_version={}", kArchiveSchemaVersion).c_str());
      }
      exec("COMMIT");
      return;
    }
    if (id != kApplicationId)
      throw ArchiveError(fmt::format(
          "{}: not a claimlint archive (an SQLite database of another application)", path));
    if (version > kArchiveSchemaVersion)
      throw ArchiveError(fmt::format(
          "{}: the archive has schema version {}, newer than this claimlint reads ({}); "
          "upgrade claimlint",
          path, version, kArchiveSchemaVersion));
    if (version < 1)
      throw ArchiveError(fmt::format("{}: the archive has no schema version; it is damaged", path));
    if (mode == Mode::write) exec("PRAGMA journal_mode=WAL");
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Archive::~Archive() {
  if (in_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db_);
}

void Archive::exec(const char* sql) const {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    sqlite3_free(err);
    throw ArchiveError(Statement::describe(db_, rc, path_));
  }
}

void Archive::begin() {
  exec("BEGIN IMMEDIATE");
  in_transaction_ = true;
  pending_df_.clear();
  pending_norms_.clear();
  articles_.reset();
}

void Archive::rollback() {
  if (in_transaction_) exec("ROLLBACK");
  in_transaction_ = false;
  pending_df_.clear();
  pending_norms_.clear();
  articles_.reset();
}

void Archive::flush_df() {
  Statement up(db_,
               "INSERT INTO term_df(term, df) VALUES(?1, ?2) "
               "ON CONFLICT(term) DO UPDATE SET df=df+?2",
               path_);
  for (auto [term, change] : pending_df_) {
    if (change == 0) continue;
    up.bind(1, static_cast<std::int64_t>(term)).bind(2, change);
    up.step();
    up.reset();
  }
  pending_df_.clear();
}

void Archive::commit() {
  // Term frequencies first, then the norms of the articles added, which depend on them.
  flush_df();
  exec("DELETE FROM term_df WHERE df<=0");
  // Norms are computed with the frequencies of their commit. Rarity drifts as the archive
  // grows, so every norm is computed again whenever it has doubled since the last time.
  std::size_t articles = count_articles();
  std::int64_t norms_at = 0;
  {
    Statement at(db_, "SELECT value FROM meta WHERE key='norms_articles'", path_);
    if (at.step()) norms_at = at.integer(0);
  }
  std::vector<std::int64_t> all;
  if (articles > 0 && static_cast<std::int64_t>(articles) > 2 * norms_at) {
    Statement ids(db_, "SELECT id FROM articles", path_);
    while (ids.step()) all.push_back(ids.integer(0));
    Statement set(db_,
                  "INSERT INTO meta(key, value) VALUES('norms_articles', ?1) "
                  "ON CONFLICT(key) DO UPDATE SET value=?1",
                  path_);
    set.bind(1, static_cast<std::int64_t>(articles));
    set.step();
  }
  const std::vector<std::int64_t>& renorm = all.empty() ? pending_norms_ : all;
  if (!renorm.empty()) {
    std::unordered_map<std::uint64_t, double> weight;
    Statement df(db_, "SELECT df FROM term_df WHERE term=?", path_);
    Statement get(db_, "SELECT profile FROM articles WHERE id=?", path_);
    Statement set(db_, "UPDATE articles SET norm=? WHERE id=?", path_);
    for (std::int64_t id : renorm) {
      get.bind(1, id);
      if (!get.step()) {
        get.reset();
        continue; // added and removed in one transaction
      }
      double norm = 0;
      for (const StoryTerm& t : get.profile(0)) {
        if (weight.size() > kMaxPending) weight.clear(); // bounded memory on huge adds
        auto [it, fresh] = weight.try_emplace(t.hash, 0.0);
        if (fresh) {
          df.bind(1, static_cast<std::int64_t>(t.hash));
          it->second = idf(df.step() ? df.integer(0) : 1, articles);
          df.reset();
        }
        double v = t.tf * it->second;
        norm += v * v;
      }
      get.reset();
      set.bind_real(1, std::sqrt(norm)).bind(2, id);
      set.step();
      set.reset();
    }
  }
  pending_norms_.clear();
  exec("COMMIT");
  in_transaction_ = false;
}

std::size_t Archive::count_articles() const {
  // Counting is a walk over an index: once per archive object, again after a write.
  if (!articles_) {
    Statement count(db_, "SELECT count(*) FROM articles", path_);
    count.step();
    articles_ = static_cast<std::size_t>(count.integer(0));
  }
  return *articles_;
}

// The rarity weight of a term held by `df` of `articles` archived articles, as automatic
// grouping weighs a run's terms (corpus/stories.hpp): 0 for a term one article in twenty has.
double Archive::idf(std::int64_t df, std::size_t articles) const {
  const StoryOptions options;
  std::size_t max_holders = std::max<std::size_t>(20, articles / 20);
  if (df < 1) df = 1;
  if (static_cast<std::size_t>(df) > max_holders) return 0.0;
  double pool = static_cast<double>(std::max(articles, options.typical_run));
  return std::log(pool / static_cast<double>(df));
}

ArchiveChange Archive::add(const std::string& path, const std::string& source,
                           const Date& published, std::string_view text,
                           const std::vector<StoryTerm>& profile) {
  auto hash = static_cast<std::int64_t>(text_hash(text));
  std::string date = format_iso_date(published);
  bool replacing = false;
  {
    Statement find(db_, "SELECT hash, source, published FROM articles WHERE path=?", path_);
    find.bind(1, path);
    if (find.step()) {
      if (find.integer(0) == hash && find.text(1) == source && find.text(2) == date)
        return ArchiveChange::unchanged;
      replacing = true;
    }
  }
  if (replacing) remove(path);
  Statement ins(db_,
                "INSERT INTO articles(path, source, published, hash, text, profile) "
                "VALUES(?,?,?,?,?,?)",
                path_);
  ins.bind(1, path).bind(2, source).bind(3, date).bind(4, hash).bind(5, text);
  ins.bind_blob(6, encode_profile(profile));
  ins.step();
  std::int64_t id = sqlite3_last_insert_rowid(db_);
  Statement name(db_, "INSERT OR IGNORE INTO names(term, article) VALUES(?,?)", path_);
  for (const StoryTerm& t : profile) {
    ++pending_df_[t.hash];
    if (!t.name) continue;
    name.bind(1, static_cast<std::int64_t>(t.hash)).bind(2, id);
    name.step();
    name.reset();
  }
  pending_norms_.push_back(id);
  articles_.reset();
  // Frequencies go to the database as they pile up, inside the same transaction.
  if (pending_df_.size() > kMaxPending) flush_df();
  return replacing ? ArchiveChange::replaced : ArchiveChange::added;
}

bool Archive::remove(const std::string& path) {
  Statement find(db_, "SELECT id, profile FROM articles WHERE path=?", path_);
  find.bind(1, path);
  if (!find.step()) return false;
  std::int64_t id = find.integer(0);
  for (const StoryTerm& t : find.profile(1)) --pending_df_[t.hash];
  Statement del_names(db_, "DELETE FROM names WHERE article=?", path_);
  del_names.bind(1, id);
  del_names.step();
  Statement del(db_, "DELETE FROM articles WHERE id=?", path_);
  del.bind(1, id);
  del.step();
  articles_.reset();
  return true;
}

std::optional<Date> Archive::published_of(const std::string& path) const {
  Statement st(db_, "SELECT published FROM articles WHERE path=?", path_);
  st.bind(1, path);
  if (!st.step()) return std::nullopt;
  return parse_iso_date(st.text(0));
}

ArchiveStats Archive::stats() const {
  ArchiveStats s;
  Statement a(db_, "SELECT count(*), min(published), max(published) FROM articles", path_);
  a.step();
  s.articles = static_cast<std::size_t>(a.integer(0));
  if (s.articles) {
    s.first = parse_iso_date(a.text(1));
    s.last = parse_iso_date(a.text(2));
  }
  Statement n(db_, "SELECT count(*) FROM term_df", path_);
  n.step();
  s.terms = static_cast<std::size_t>(n.integer(0));
  std::error_code ec;
  for (const char* suffix : {"", "-wal"}) {
    auto size = std::filesystem::file_size(path_ + suffix, ec);
    if (!ec) s.bytes += size;
  }
  return s;
}

std::vector<ArchivedArticle> Archive::list() const {
  std::vector<ArchivedArticle> out;
  Statement st(db_, "SELECT id, path, source, published FROM articles ORDER BY published, path",
               path_);
  while (st.step())
    out.push_back({st.integer(0), st.text(1), st.text(2), parse_stored_date(st.text(3)), {}, 0});
  return out;
}

std::vector<std::int64_t> Archive::candidates(const std::vector<std::uint64_t>& names,
                                              std::size_t limit, std::size_t min_shared,
                                              std::size_t max_terms) const {
  std::vector<std::int64_t> out;
  if (names.empty() || limit == 0) return out;
  std::size_t articles = count_articles();
  // A name one article in a hundred holds ("Obama", "Reuters") says little about which story,
  // and one a thousand articles hold costs a thousand rows to look up: the work per draft is
  // bounded whatever the archive's size.
  const std::size_t max_df = std::clamp<std::size_t>(articles / 100, 50, 1000);
  std::vector<std::pair<std::int64_t, std::uint64_t>> rare; // (df, term)
  Statement df(db_, "SELECT df FROM term_df WHERE term=?", path_);
  for (std::uint64_t h : names) {
    df.bind(1, static_cast<std::int64_t>(h));
    if (df.step() && static_cast<std::size_t>(df.integer(0)) <= max_df)
      rare.push_back({df.integer(0), h});
    df.reset();
  }
  std::sort(rare.begin(), rare.end());
  if (rare.size() > max_terms) rare.resize(max_terms);
  std::unordered_map<std::int64_t, std::size_t> shared;
  Statement holders(db_, "SELECT article FROM names WHERE term=?", path_);
  for (auto [d, h] : rare) {
    holders.bind(1, static_cast<std::int64_t>(h));
    while (holders.step()) ++shared[holders.integer(0)];
    holders.reset();
  }
  std::size_t need = std::max<std::size_t>(1, std::min(min_shared, rare.size()));
  std::vector<std::pair<std::size_t, std::int64_t>> ranked;
  for (auto [id, n] : shared)
    if (n >= need) ranked.push_back({n, id});
  // Most names shared first; among equals the newest (ids grow as articles are added).
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second > b.second;
  });
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(ranked[i].second);
  return out;
}

std::vector<ArchivedArticle> Archive::similar(const std::vector<StoryTerm>& profile,
                                              std::size_t limit, double min_similarity) const {
  std::vector<ArchivedArticle> out;
  std::vector<std::uint64_t> names;
  for (const StoryTerm& t : profile)
    if (t.name) names.push_back(t.hash);
  // Four times as many candidates as kept: names shared is only a first sieve.
  std::vector<std::int64_t> ids = candidates(names, 4 * limit);
  if (ids.empty()) return out;
  std::size_t articles = count_articles();
  // The draft's weights, from the archive's frequencies (a term it has never seen is rare).
  std::unordered_map<std::uint64_t, double> weight;
  double norm = 0;
  {
    Statement df(db_, "SELECT df FROM term_df WHERE term=?", path_);
    for (const StoryTerm& t : profile) {
      df.bind(1, static_cast<std::int64_t>(t.hash));
      // (The weights the stored norms were computed with: a draft identical to an article
      // scores 1.)
      double w = idf(df.step() ? df.integer(0) : 1, articles);
      df.reset();
      weight[t.hash] = w;
      norm += (t.tf * w) * (t.tf * w);
    }
  }
  norm = std::sqrt(norm);
  std::vector<std::pair<double, std::int64_t>> scored;
  Statement get(db_, "SELECT profile, norm FROM articles WHERE id=?", path_);
  for (std::int64_t id : ids) {
    get.bind(1, id);
    if (get.step()) {
      std::vector<StoryTerm> theirs = get.profile(0);
      double their_norm = get.real(1);
      double dot = 0;
      std::size_t names_shared = 0;
      auto a = profile.begin();
      for (const StoryTerm& t : theirs) {
        while (a != profile.end() && a->hash < t.hash) ++a;
        if (a == profile.end()) break;
        if (a->hash != t.hash) continue;
        double w = weight[t.hash];
        dot += a->tf * t.tf * w * w;
        names_shared += t.name && w > 0;
      }
      double sim = norm > 0 && their_norm > 0 ? dot / (norm * their_norm) : 0.0;
      if (sim >= min_similarity && names_shared >= 1) scored.push_back({sim, id});
    }
    get.reset();
  }
  std::sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second > y.second;
  });
  if (scored.size() > limit) scored.resize(limit);
  Statement text(db_, "SELECT path, source, published, text FROM articles WHERE id=?", path_);
  for (auto [sim, id] : scored) {
    text.bind(1, id);
    if (text.step())
      out.push_back(
          {id, text.text(0), text.text(1), parse_stored_date(text.text(2)), text.text(3), sim});
    text.reset();
  }
  return out;
}

} // namespace claimlint
