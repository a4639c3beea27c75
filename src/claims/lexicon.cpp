#include "claims/lexicon.hpp"

#include "rules/word_list.hpp"
#include "util/text.hpp"

#include <functional>

namespace claimlint {

namespace {

std::vector<std::string> lines_of(const std::map<std::string, std::string_view>& lists,
                                  const std::string& name) {
  std::vector<std::string> out;
  auto it = lists.find(name);
  if (it == lists.end()) return out;
  for (WordListEntry& e : parse_word_list(it->second))
    out.push_back(e.tag.empty() ? e.word : e.word + " " + e.tag);
  return out;
}

// "canonical: variant, variant" lines.
void read_groups(
    const std::map<std::string, std::string_view>& lists, const std::string& name,
    const std::function<void(const std::string& canonical, const std::string& variant)>& add) {
  for (const std::string& line : lines_of(lists, name)) {
    std::size_t colon = line.find(':');
    std::string canonical = fold_case(line.substr(0, colon));
    add(canonical, canonical);
    if (colon == std::string::npos) continue;
    std::string rest = line.substr(colon + 1);
    std::size_t p = 0;
    while (p < rest.size()) {
      std::size_t c = rest.find(',', p);
      if (c == std::string::npos) c = rest.size();
      std::string v = rest.substr(p, c - p);
      while (!v.empty() && v.front() == ' ') v.erase(v.begin());
      while (!v.empty() && v.back() == ' ') v.pop_back();
      if (!v.empty()) add(canonical, fold_case(v));
      p = c + 1;
    }
  }
}

} // namespace

ClaimLexicon ClaimLexicon::from_lists(const std::map<std::string, std::string_view>& lists,
                                      WordSet dictionary) {
  ClaimLexicon lex;
  lex.dictionary = std::move(dictionary);
  for (const std::string& t : lines_of(lists, "titles.txt")) {
    if (lex.titles.add(t, static_cast<int>(lex.title_forms.size())))
      lex.title_forms.push_back(fold_case(t));
  }
  for (const std::string& w : lines_of(lists, "title-modifiers.txt"))
    lex.modifiers.add(fold_case(w));
  for (const std::string& w : lines_of(lists, "affiliations.txt"))
    lex.affiliations.add(fold_case(w));
  for (const std::string& w : lines_of(lists, "speech-verbs.txt"))
    lex.speech_verbs.add(fold_case(w));
  for (const std::string& w : lines_of(lists, "given-names.txt")) lex.given_names.add(fold_case(w));
  for (const std::string& w : lines_of(lists, "honorifics.txt")) {
    std::string folded = fold_case(w);
    if (folded.size() > 1 && folded.back() == '.')
      lex.honorifics.add(folded.substr(0, folded.size() - 1));
    lex.honorifics.add(std::move(folded));
  }
  for (const std::string& w : lines_of(lists, "name-particles.txt"))
    lex.name_particles.add(fold_case(w));
  read_groups(lists, "nicknames.txt", [&](const std::string& c, const std::string& v) {
    if (c != v) lex.nicknames[v] = c;
  });
  read_groups(lists, "subjects.txt",
              [&](const std::string& c, const std::string& v) { lex.subject_of[v] = c; });
  read_groups(lists, "money-purposes.txt",
              [&](const std::string& c, const std::string& v) { lex.purpose_of[v] = c; });
  read_groups(lists, "predicates.txt", [&](const std::string& c, const std::string& v) {
    if (lex.predicates.add(v, static_cast<int>(lex.predicate_forms.size())))
      lex.predicate_forms.push_back(c);
  });
  return lex;
}

} // namespace claimlint
