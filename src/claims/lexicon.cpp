#include "claims/lexicon.hpp"

#include "rules/word_list.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <optional>

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

// A list looked up by case-folded words: the compiled index when the build made one (the
// derived lists are written folded), else every entry folded at run time.
WordSet folded_set(const std::map<std::string, std::string_view>& lists, const std::string& name,
                   const ClaimLexicon::CompiledList& compiled) {
  if (compiled)
    if (std::optional<WordSet> set = compiled(name)) return std::move(*set);
  WordSet set;
  for (const std::string& w : lines_of(lists, name)) set.add(fold_case(w));
  return set;
}

// "word tag" lines into a map from the folded word to its folded tag.
void read_pairs(const std::map<std::string, std::string_view>& lists, const std::string& name,
                TextMap<std::string>& out) {
  auto it = lists.find(name);
  if (it == lists.end()) return;
  for (WordListEntry& e : parse_word_list(it->second))
    if (!e.tag.empty()) out.emplace(fold_case(e.word), fold_case(e.tag));
}

} // namespace

ClaimLexicon ClaimLexicon::from_lists(const std::map<std::string, std::string_view>& lists,
                                      WordSet dictionary, const CompiledList& compiled) {
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
  lex.given_names = folded_set(lists, "given-names.txt", compiled);
  lex.person_nouns = folded_set(lists, "person-nouns.txt", compiled);
  lex.non_office_nouns = folded_set(lists, "non-office-nouns.txt", compiled);
  lex.office_nouns = folded_set(lists, "office-nouns.txt", compiled);
  lex.not_people = folded_set(lists, "not-people.txt", compiled);
  lex.adjectives = folded_set(lists, "adjectives.txt", compiled);
  lex.mostly_verbs = folded_set(lists, "mostly-verbs.txt", compiled);
  lex.org_nouns = folded_set(lists, "org-nouns.txt", compiled);
  lex.place_nouns = folded_set(lists, "place-nouns.txt", compiled);
  lex.verbs = folded_set(lists, "verbs.txt", compiled);
  read_pairs(lists, "title-abbreviations.txt", lex.title_abbreviations);
  // Large "key value" lists are searched in place when they are the compiled-in ones.
  auto pairs = [&](const std::string& name) {
    auto it = lists.find(name);
    if (it == lists.end()) return SortedPairs();
    if (compiled)
      if (std::optional<WordSet> set = compiled(name))
        if (const WordTableView* view = set->compiled_view()) return SortedPairs(*view);
    return SortedPairs(it->second, false);
  };
  lex.inflections = pairs("inflections.txt");
  lex.pertainyms = pairs("pertainyms.txt");
  lex.concepts = pairs("concepts.txt");
  lex.role_synonyms = pairs("role-synonyms.txt");
  lex.person_kinds = pairs("person-kinds.txt");
  // "feet|ft|length|0.3048": written form, unit, dimension, factor (scripts/make-word-lists).
  if (auto it = lists.find("units.txt"); it != lists.end()) {
    std::string_view text = it->second;
    std::size_t p = 0;
    while (p < text.size()) {
      std::size_t e = text.find('\n', p);
      if (e == std::string_view::npos) e = text.size();
      std::string_view line = text.substr(p, e - p);
      p = e + 1;
      if (line.empty() || line.front() == '#') continue;
      std::size_t a = line.find('|'), b = line.find('|', a + 1), c = line.find('|', b + 1);
      if (a == std::string_view::npos || b == std::string_view::npos || c == std::string_view::npos)
        continue;
      Unit u{std::string(line.substr(a + 1, b - a - 1)), std::string(line.substr(b + 1, c - b - 1)),
             std::atof(std::string(line.substr(c + 1)).c_str())};
      std::string form = fold_case(line.substr(0, a));
      lex.longest_unit_words = std::max<std::size_t>(
          lex.longest_unit_words,
          1 + static_cast<std::size_t>(std::count(form.begin(), form.end(), ' ')));
      lex.units.emplace(std::move(form), std::move(u));
    }
  }
  // "costa rican colóns|CRC|name" (scripts/make-word-lists, from ICU)
  for (const std::string& line : lines_of(lists, "currencies.txt")) {
    std::size_t a = line.find('|'), b = line.find('|', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    std::string form = fold_case(std::string_view(line).substr(0, a));
    std::string_view how = std::string_view(line).substr(b + 1);
    lex.longest_currency_words = std::max<std::size_t>(
        lex.longest_currency_words,
        1 + static_cast<std::size_t>(std::count(form.begin(), form.end(), ' ')));
    std::string first = form.substr(0, form.find(' '));
    lex.currency_first_words.add(first);
    if (first.size() > 1 && first.back() == '.')
      lex.currency_first_words.add(first.substr(0, first.size() - 1));
    lex.currencies.emplace(std::move(form),
                           Currency{line.substr(a + 1, b - a - 1), how.empty() ? 'c' : how[0]});
  }
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

namespace claimlint {

std::string_view ClaimLexicon::lemma(std::string_view w, std::string& buf) const {
  if (w.size() < 3) return w;
  if (std::string_view base = inflections.find(w); !base.empty()) return base;
  auto known = [&](std::string_view base) {
    return verbs.contains(base) || dictionary.contains(base);
  };
  auto try_base = [&](std::string_view stem, std::string_view add) {
    buf.assign(stem);
    buf.append(add);
    return known(buf);
  };
  auto doubled = [](std::string_view stem) {
    std::size_t n = stem.size();
    return n >= 3 && stem[n - 1] == stem[n - 2] &&
           std::string_view("aeiouy").find(stem[n - 1]) == std::string_view::npos;
  };
  // -ing, -ed: verbs ("killing" kill, "making" make, "stopped" stop, "carried" carry).
  for (std::string_view suffix : {std::string_view("ing"), std::string_view("ed")}) {
    if (w.size() < suffix.size() + 2 || !w.ends_with(suffix)) continue;
    std::string_view stem = w.substr(0, w.size() - suffix.size());
    if (suffix == "ed" && stem.ends_with('i') && try_base(stem.substr(0, stem.size() - 1), "y"))
      return buf;
    if (verbs.contains(stem)) return stem;
    if (doubled(stem) && try_base(stem.substr(0, stem.size() - 1), "")) return buf;
    if (try_base(stem, "e") && verbs.contains(buf)) return buf;
    if (known(stem)) return stem;
    return w;
  }
  // -s: plural nouns and third-person verbs ("cases" case, "ponies" pony, "watches" watch).
  if (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) {
    std::string_view stem = w.substr(0, w.size() - 1);
    if (w.ends_with("ies") && w.size() > 4 && try_base(w.substr(0, w.size() - 3), "y")) return buf;
    if (w.ends_with("es")) {
      std::string_view es = w.substr(0, w.size() - 2);
      if ((es.ends_with("ch") || es.ends_with("sh") || es.ends_with('x') || es.ends_with('z') ||
           es.ends_with("ss")) &&
          known(es))
        return es;
    }
    if (known(stem)) return stem;
  }
  return w;
}

std::string_view ClaimLexicon::pertainym(std::string_view w) const {
  std::string_view noun = pertainyms.find(w);
  return noun.empty() ? w : noun;
}

std::string_view ClaimLexicon::concept_of(std::string_view lemma) const {
  std::string_view c = concepts.find(lemma);
  return c.empty() ? lemma : c;
}

} // namespace claimlint
