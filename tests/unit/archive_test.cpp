// The archive of published articles: storage (add, replace, remove, list, stats, candidates),
// its errors, and the time rules a check applies to archived statements.
#include "archive/archive.hpp"
#include "cli/runner.hpp"

#include "support.hpp"

#include <filesystem>
#include <fstream>

using namespace claimlint;
using namespace claimlint::testing;

namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

struct TempDir {
  fs::path dir;
  explicit TempDir(const std::string& name) : dir(fs::temp_directory_path() / name) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~TempDir() { fs::remove_all(dir); }
  std::string file(const std::string& name) const { return (dir / name).string(); }
};

// A profile of names and words given as small numbers (names are salted as the extractor
// salts them), each once, sorted by hash.
std::vector<StoryTerm> profile(std::initializer_list<std::uint64_t> names,
                               std::initializer_list<std::uint64_t> words = {}) {
  std::vector<StoryTerm> out;
  for (std::uint64_t n : names) out.push_back({n ^ kStoryNameSalt, 1.0f, true});
  for (std::uint64_t w : words) out.push_back({w, 1.0f, false});
  std::sort(out.begin(), out.end(),
            [](const StoryTerm& x, const StoryTerm& y) { return x.hash < y.hash; });
  return out;
}

std::vector<std::uint64_t> names(std::initializer_list<std::uint64_t> ns) {
  std::vector<std::uint64_t> out;
  for (std::uint64_t n : ns) out.push_back(n ^ kStoryNameSalt);
  return out;
}

Strings paths_of(const Archive& a, const std::vector<std::int64_t>& ids) {
  Strings out;
  for (std::int64_t id : ids)
    for (const ArchivedArticle& x : a.list())
      if (x.id == id) out.push_back(x.path);
  return out;
}

Strings paths_of(const std::vector<ArchivedArticle>& v) {
  Strings out;
  for (const ArchivedArticle& a : v) out.push_back(a.path);
  return out;
}

} // namespace

TEST_CASE("archive: add, replace, remove, list, stats, candidates and similar articles") {
  TempDir t("claimlint-archive-test");
  std::string path = t.file("sub/archive.db"); // the folder is created
  {
    Archive a(path, Archive::Mode::write);
    a.begin();
    CHECK(a.add("x.md", "The Courier", Date{2026, 1, 2}, "text x",
                profile({1, 2, 3}, {100, 101, 102})) == ArchiveChange::added);
    CHECK(a.add("y.md", "", Date{2026, 2, 1}, "text y",
                profile({2, 3, 4}, {200, 201, 202, 203, 204, 205, 206, 207, 208, 209})) ==
          ArchiveChange::added);
    CHECK(a.add("z.md", "", Date{2025, 5, 1}, "text z", profile({9}, {300})) ==
          ArchiveChange::added);
    a.commit();
    // two names shared: both, the newest first; one name shared is not enough
    CHECK(paths_of(a, a.candidates(names({2, 3}), 8)) == Strings{"y.md", "x.md"});
    CHECK(paths_of(a, a.candidates(names({1, 2}), 8)) == Strings{"x.md"});
    // a draft with a single name needs only that one
    CHECK(paths_of(a, a.candidates(names({9}), 8)) == Strings{"z.md"});
    CHECK(a.candidates(names({77, 78}), 8).empty());
    // like x in words as well as names: x, whole; y shares the names but none of x's words
    std::vector<ArchivedArticle> like_x = a.similar(profile({2, 3}, {100, 101, 102}));
    REQUIRE(like_x.size() == 1);
    CHECK(like_x[0].path == "x.md");
    CHECK(like_x[0].text == "text x");
    CHECK(like_x[0].source == "The Courier");
    CHECK(like_x[0].published == Date{2026, 1, 2});
    CHECK(like_x[0].similarity > 0.5);
    CHECK(a.similar(profile({2, 3},
                            {500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513}))
              .empty());
    // an article scores 1 against itself
    std::vector<ArchivedArticle> self = a.similar(profile({1, 2, 3}, {100, 101, 102}));
    REQUIRE(!self.empty());
    CHECK(self[0].similarity == doctest::Approx(1.0));
    a.begin();
    CHECK(a.add("x.md", "The Courier", Date{2026, 1, 2}, "text x",
                profile({1, 2, 3}, {100, 101, 102})) == ArchiveChange::unchanged);
    CHECK(a.add("x.md", "The Courier", Date{2026, 1, 2}, "text x, corrected",
                profile({1, 5}, {100})) == ArchiveChange::replaced);
    CHECK(a.remove("z.md"));
    CHECK_FALSE(a.remove("nope.md"));
    a.commit();
    // the replaced article's names are gone from the index
    CHECK(paths_of(a, a.candidates(names({2, 3}), 8)) == Strings{"y.md"});
  }
  Archive r(path, Archive::Mode::read);
  ArchiveStats s = r.stats();
  CHECK(s.articles == 2);
  CHECK(s.terms == 16); // x: 1, 5, 100; y: 2, 3, 4, 200 to 209
  CHECK(s.first == Date{2026, 1, 2});
  CHECK(s.last == Date{2026, 2, 1});
  CHECK(paths_of(r.list()) == Strings{"x.md", "y.md"});
  r.begin();
  CHECK_THROWS_AS(r.add("w.md", "", Date{2026, 3, 1}, "w", profile({7})), ArchiveError);
}

TEST_CASE("archive: files that are not an archive are refused with a clear message") {
  TempDir t("claimlint-archive-bad");
  auto message = [](const std::string& path, Archive::Mode mode) {
    try {
      Archive a(path, mode);
    } catch (const ArchiveError& e) {
      return std::string(e.what());
    }
    return std::string("(opened)");
  };
  CHECK(message(t.file("none.db"), Archive::Mode::read) ==
        t.file("none.db") + ": no archive here (create one with `claimlint archive add`)");
  std::ofstream(t.file("notes.db")) << "plain text, not SQLite\n";
  CHECK(message(t.file("notes.db"), Archive::Mode::read) ==
        t.file("notes.db") + ": not a claimlint archive (not an SQLite database)");
  CHECK(message(t.file("notes.db"), Archive::Mode::write) ==
        t.file("notes.db") + ": not a claimlint archive (not an SQLite database)");
  CHECK(message(t.dir.string(), Archive::Mode::read).find("is a folder") != std::string::npos);
}

TEST_CASE("archive: a check compares drafts with the archive, by the time rules") {
  TempDir t("claimlint-archive-check");
  std::string db = t.file("a.db");
  std::string published = "Deputy Mayor Priyanka Desrosiers said the Larkhaven council approved "
                          "a harbour budget of $12 million for Merriton Quay. Harbour master Ewan "
                          "Castellane said the quay will have 40 berths.\n";
  {
    Archive a(db, Archive::Mode::write);
    a.begin();
    Draft d = draft(published, "old.md");
    a.add("published/old.md", "The Courier", Date{2026, 3, 1}, published,
          story_profile(*d.doc, builtin_rules().claim_lexicon().dictionary));
    a.commit();
  }
  Archive archive(db, Archive::Mode::read);
  auto check = [&](const std::string& date, const std::string& title) {
    std::ofstream(t.file("draft.md"))
        << "---\ndate: " << date << "\n---\n"
        << title
        << " Priyanka Desrosiers said the Larkhaven council approved a harbour budget of $12 "
           "million for Merriton Quay. Harbour master Ewan Castelane said the quay will have 40 "
           "berths.\n";
    std::vector<InputError> errors;
    std::vector<InputSpec> inputs = discover_inputs({t.file("draft.md")}, "<stdin>", errors);
    RunOptions o;
    o.archive = &archive;
    o.archive_window = 30;
    Run run = run_check(inputs, builtin_rules(), o);
    std::vector<std::string> out;
    for (const Diagnostic& d : run.result.diagnostics)
      if (d.rule.starts_with("claims/")) {
        out.push_back(fmt::format("{} {}", severity_name(d.severity), d.message));
        for (const RelatedLocation& r : d.related) out.push_back("note " + r.message);
      }
    return out;
  };
  // within the window: a warning, the note names the article; what was published is the
  // reference, not one side of a tie
  CHECK(check("2026-03-11", "Deputy Mayor") ==
        Strings{"warning 'Ewan Castelane' for Ewan Castellane: written 'Castellane' in 1 "
                "draft(s); as published on 2026-03-01 in The Courier",
                "note written 'Ewan Castellane' here (published 2026-03-01 in The Courier)"});
  // long after: a title may have changed (an info asking to confirm it); a spelling has not
  CHECK(check("2026-09-01", "Mayor") ==
        Strings{"info Priyanka Desrosiers is called 'mayor' here but 'deputy mayor' in 1 draft(s); "
                "last published on 2026-03-01 in The Courier, 184 days before this draft: "
                "confirm the change",
                "note called 'deputy mayor' here (published 2026-03-01 in The Courier)",
                "warning 'Ewan Castelane' for Ewan Castellane: written 'Castellane' in 1 "
                "draft(s); as published on 2026-03-01 in The Courier",
                "note written 'Ewan Castellane' here (published 2026-03-01 in The Courier)"});
}

TEST_CASE("archive: the newest article settles what changed; several never outvote a draft") {
  TempDir t("claimlint-archive-newest");
  std::string db = t.file("a.db");
  auto text = [](const std::string& title, const std::string& chief) {
    return title +
           " Priyanka Desrosiers said the Larkhaven council approved a harbour budget of "
           "$12 million for Merriton Quay. Fire Chief " +
           chief + " Wielgosz said the quay was safe.\n";
  };
  {
    Archive a(db, Archive::Mode::write);
    a.begin();
    auto add = [&](const std::string& path, Date when, const std::string& body) {
      Draft d = draft(body, path);
      a.add(path, "The Courier", when, body,
            story_profile(*d.doc, builtin_rules().claim_lexicon().dictionary));
    };
    // two older articles: Deputy Mayor; the newest: Mayor (she was promoted). All three spell
    // the fire chief Tomasz.
    add("jan.md", Date{2026, 1, 10}, text("Deputy Mayor", "Tomasz"));
    add("feb.md", Date{2026, 2, 10}, text("Deputy Mayor", "Tomasz"));
    add("mar.md", Date{2026, 3, 10}, text("Mayor", "Tomasz"));
    a.commit();
  }
  Archive archive(db, Archive::Mode::read);
  auto check = [&](const std::string& title, const std::string& chief) {
    std::ofstream(t.file("draft.md")) << "---\ndate: 2026-03-12\n---\n" << text(title, chief);
    std::vector<InputError> errors;
    RunOptions o;
    o.archive = &archive;
    Run run =
        run_check(discover_inputs({t.file("draft.md")}, "<stdin>", errors), builtin_rules(), o);
    Strings out;
    for (const Diagnostic& d : run.result.diagnostics)
      if (d.rule.starts_with("claims/")) out.push_back(d.rule + " " + d.message.substr(0, 60));
    return out;
  };
  // the draft follows the newest article: the two older ones are not held against it
  CHECK(check("Mayor", "Tomasz").empty());
  // the draft follows the older articles: the newest one says otherwise
  CHECK(check("Deputy Mayor", "Tomasz") ==
        Strings{
            "claims/title-conflict 'Deputy Mayor Priyanka Desrosiers' here, but the most recent"});
  // a misspelling against three articles that agree: reported, never outvoted into silence
  CHECK(
      check("Mayor", "Tomas") ==
      Strings{"claims/name-variant 'Tomas Wielgosz' for Tomasz Wielgosz: written 'Tomasz Wielgo"});
}
