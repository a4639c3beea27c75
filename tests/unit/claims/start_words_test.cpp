// The claim-word prefilter (src/claims/start_words.cpp): it must name every word of the claim
// grammars and extractor tests, and it must not change a single claim.
#include "support.hpp"

#include "claims/extract.hpp"

#include <fstream>
#include <set>
#include <sstream>

using namespace claimlint;
using namespace claimlint::testing;

namespace {

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(CLAIMLINT_SOURCE_DIR) + "/" + relative);
  REQUIRE_MESSAGE(in.good(), relative);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void add_words(std::string_view text, std::set<std::string>& out) {
  std::string word;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      out.insert(word);
      word.clear();
    }
  }
  if (!word.empty()) out.insert(word);
}

// Every word of every string and character literal: "..." strings, PEGTL's string<'a', 'b'> and
// istring<...> (the characters in a row) and one<'a', 'A'> (each character alone). Comments
// and #include lines are skipped; an escape sequence separates words.
std::set<std::string> literal_words(std::string_view source) {
  std::set<std::string> words;
  auto is_ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  // The character after a backslash at `i`, skipping a hex escape's digits.
  auto skip_escape = [&](std::size_t i) {
    i += 2;
    if (source[i - 1] == 'x')
      while (i < source.size() && std::isxdigit(static_cast<unsigned char>(source[i]))) ++i;
    return i;
  };
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source.substr(i).starts_with("//") || source.substr(i).starts_with("#include")) {
      i = source.find('\n', i);
      if (i == std::string_view::npos) break;
      continue;
    }
    if (source[i] == '"') {
      std::string text;
      std::size_t j = i + 1;
      while (j < source.size() && source[j] != '"') {
        if (source[j] == '\\') {
          text += ' ';
          j = skip_escape(j);
        } else {
          text += source[j++];
        }
      }
      add_words(text, words);
      i = j;
      continue;
    }
    if (i > 0 && is_ident(source[i - 1])) continue;
    for (std::string_view head : {"istring<", "string<", "one<"}) {
      if (!source.substr(i).starts_with(head)) continue;
      std::string joined;
      std::size_t j = i + head.size();
      for (;;) {
        while (j < source.size() && (source[j] == ' ' || source[j] == ',' || source[j] == '\n'))
          ++j;
        if (j + 2 >= source.size() || source[j] != '\'') break;
        std::string c(1, source[j + 1]);
        std::size_t close = j + 2;
        if (source[j + 1] == '\\') { // '\t', '\'': not a letter
          c = " ";
          close = j + 3;
        }
        if (close >= source.size() || source[close] != '\'') break;
        if (head == "one<")
          add_words(c, words);
        else
          joined += c;
        j = close + 1;
      }
      add_words(joined, words);
    }
  }
  return words;
}

std::vector<std::string> dictionary_words() {
  std::istringstream in(read_source("rules/lists/english-words.txt"));
  std::vector<std::string> words;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') words.push_back(line);
  return words;
}

// The claims of `text` as JSON lines, found with the given filter.
std::string claims_json(const std::string& text, StartFilter filter) {
  Draft d = draft(text);
  return render_claims_jsonl(*d.doc,
                             extract_claims(*d.doc, builtin_rules().claim_lexicon(), filter));
}

// Compares both filters on `lines`, a draft of a few hundred lines at a time (a draft of
// thousands of names would test the person index instead).
void compare_filters(const std::vector<std::string>& lines) {
  for (std::size_t from = 0; from < lines.size(); from += 500) {
    std::string text;
    for (std::size_t k = from; k < lines.size() && k < from + 500; ++k) text += lines[k];
    INFO(text.substr(0, 200));
    CHECK(claims_json(text, StartFilter::words) == claims_json(text, StartFilter::prefixes));
  }
}

} // namespace

TEST_CASE("every word of the claim grammars and extractor tests is a claim word") {
  std::size_t scanned = 0;
  for (std::string source :
       {"grammars/dates.hpp", "grammars/durations.hpp", "grammars/numbers.hpp",
        "grammars/quantities.hpp", "grammars/digits.hpp", "src/claims/dates.cpp",
        "src/claims/quantities.cpp", "src/claims/durations.cpp"}) {
    std::string text = read_source(source);
    std::set<std::string> words = literal_words(text);
    scanned += words.size();
    for (const std::string& w : words) {
      INFO(source, ": ", w);
      CHECK(claims::is_claim_word(w));
    }
  }
  CHECK(scanned > 400); // the scan itself works: the literals hold 460 distinct words
  CHECK_FALSE(claims::is_claim_word("marriage"));
  CHECK_FALSE(claims::is_claim_word("election"));
}

TEST_CASE("the claim-word filter finds the same claims as the prefix filter alone") {
  std::vector<std::string> words = dictionary_words();
  REQUIRE(words.size() > 50000);
  // A third of the dictionary's words (a different third for each tail), lower-case and
  // capitalised, before tails that continue each kind of claim after a first word.
  std::size_t offset = 0;
  for (const char* tail : {" 5 percent of 2019.", " five years ago.", " of May 5, 2019.",
                           " than $40 million a year.", " week, the day before yesterday."}) {
    std::vector<std::string> lines;
    for (std::size_t k = offset++ % 3; k < words.size(); k += 3) {
      const std::string& w = words[k];
      std::string capital = w;
      capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
      lines.push_back("Then " + w + tail + " Then " + capital + tail + "\n");
    }
    compare_filters(lines);
  }
  // A leading word ("a", "about", "last") before every claim word and a sample of others.
  std::vector<std::string> followers;
  for (std::size_t k = 0; k < words.size(); k += 25) followers.push_back(words[k]);
  for (const char* w :
       {"hundred", "dozen", "year", "decade", "estimated", "half",    "few", "than", "to",
        "over",    "under", "week", "month",  "weekend",   "quarter", "of",  "day",  "Monday",
        "May",     "the",   "past", "five",   "twenty",    "million", "hour"})
    followers.push_back(w);
  std::vector<std::string> lines;
  for (const char* lead : {"a", "an", "this", "about", "over", "all", "more", "some", "up", "just",
                           "under", "first", "us", "last", "next", "past", "the"})
    for (const std::string& f : followers)
      lines.push_back(std::string("Then ") + lead + " " + f + " 12 percent ago. " + lead + " " + f +
                      " of the 5th.\n");
  compare_filters(lines);
}
