// Role phrases read as an office model (roles.hpp).
#include "claims/roles.hpp"

#include "claims/extract.hpp"

#include "util/static_words.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace claimlint::claims {

namespace {

bool possessive(std::string_view w) {
  return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("s'") ||
         w.ends_with("s\xE2\x80\x99");
}

std::string_view without_possessive(std::string_view w) {
  for (std::string_view s : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"})
    if (w.ends_with(s)) return w.substr(0, w.size() - s.size());
  return w;
}

bool is_determiner(std::string_view f) {
  return f == "the" || f == "his" || f == "her" || f == "their" || f == "its" || f == "our";
}

bool is_ordinal_word(std::string_view f) {
  static const StaticWords kOrdinals = {"second",  "third",  "fourth", "fifth", "sixth",
                                        "seventh", "eighth", "ninth",  "tenth"};
  if (kOrdinals.contains(f)) return true;
  std::size_t d = 0;
  while (d < f.size() && f[d] >= '0' && f[d] <= '9') ++d;
  std::string_view rest = f.substr(d);
  return d > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

bool is_time_word(std::string_view f) {
  return f == "former" || f == "ex" || f == "ex-" || f == "then" || f == "then-" || f == "late" ||
         f == "outgoing" || f == "incoming" || f == "elect" || f == "designate" || f == "retired" ||
         f == "future" || f == "previous" || f == "past";
}

} // namespace

std::string normalise_party(std::string_view f) {
  if (f == "d" || f.starts_with("democrat")) return "democratic";
  if (f == "r" || f.starts_with("republican")) return "republican";
  if (f == "i" || f == "independent") return "independent";
  return std::string(f);
}

bool RoleReader::is_function_word(std::size_t k) const {
  static const StaticWords kWords = {
      "the",     "a",      "an",      "and",    "or",      "of",       "to",     "in",
      "on",      "at",     "for",     "with",   "by",      "from",     "as",     "his",
      "her",     "their",  "its",     "our",    "my",      "your",     "this",   "that",
      "these",   "those",  "who",     "whom",   "whose",   "which",    "was",    "is",
      "are",     "were",   "be",      "been",   "has",     "have",     "had",    "will",
      "would",   "also",   "not",     "but",    "after",   "before",   "when",   "while",
      "than",    "said",   "says",    "told",   "under",   "over",     "about",  "against",
      "between", "into",   "through", "during", "without", "within",   "behind", "beside",
      "near",    "toward", "towards", "upon",   "across",  "along",    "among",  "around",
      "beyond",  "like",   "named",   "called", "if",      "because",  "so",     "then",
      "where",   "what",   "how",     "why",    "whether", "even",     "only",   "just",
      "still",   "yet",    "both",    "either", "neither", "including"};
  return is_word(k) && kWords.contains(folded(k), toks_[k].folded_hash);
}

std::string_view RoleReader::abbreviation(std::size_t k) const {
  if (!is_cap(k) || toks_[k].folded_size > 5) return {}; // abbreviations are short
  auto it = lex_.title_abbreviations.find(folded(k));
  return it == lex_.title_abbreviations.end() ? std::string_view() : std::string_view(it->second);
}

bool RoleReader::is_head(std::size_t k) const {
  if (k >= head_.size()) return false;
  if (head_[k] < 0) head_[k] = compute_is_head(k) ? 1 : 0;
  return head_[k] == 1;
}

bool RoleReader::compute_is_head(std::size_t k) const {
  if (!is_word(k)) return false;
  if (!abbreviation(k).empty()) return true;
  if (is_function_word(k)) return false;
  if (lex_.person_nouns.contains(doc_, toks_[k])) return true;
  // "Trustees Rafael Quesada and Mei-Lin Goh": a plural title
  std::string_view f = folded(k);
  if (f.size() < 4 || !f.ends_with('s')) return false;
  std::string_view base = lemma_(f);
  return base != f && lex_.person_nouns.contains(base);
}

bool RoleReader::is_verb_form(std::size_t k) const {
  if (!is_word(k)) return false;
  std::string_view f = folded(k);
  if (lex_.speech_verbs.contains(doc_, toks_[k])) return true;
  if (lex_.person_nouns.contains(doc_, toks_[k]) || lex_.modifiers.contains(doc_, toks_[k]))
    return false;
  if (f.size() > 4 && (f.ends_with("ed") || f.ends_with("ing"))) return true;
  // "found", "led", "won": an irregular verb form (a plural such as "men" ends in no verb).
  if (std::string_view base = lex_.inflections.find(f); !base.empty())
    return lex_.verbs.contains(base) && !f.ends_with('s') && !f.ends_with("en");
  return false;
}

std::string RoleReader::party_tag(std::size_t k, std::size_t& end) const {
  std::size_t j = k;
  if (is(j, "(")) ++j;
  if (!is_word(j) || text(j).size() != 1 || !is(j + 1, "-") || !is_cap(j + 2)) return {};
  std::string_view letter = folded(j);
  if (letter != "d" && letter != "r" && letter != "i") return {};
  end = j + 3;
  if (is(end, ".")) ++end;
  if (is(end, ")")) ++end;
  return normalise_party(letter);
}

std::string RoleReader::organisation(std::size_t k, std::size_t& end) const {
  std::size_t j = k;
  if (is_word(j) && folded(j) == "the") ++j;
  if (!is_cap(j)) return {};
  std::size_t b = j, last = j;
  while (j < toks_.size()) {
    if (is_cap(j) || (toks_[j].kind == TokenKind::number && j > b)) {
      last = j++;
      if (possessive(text(last)) && !is_cap(j)) break;
      continue;
    }
    // "Supporters’ Trust": a plural possessive's apostrophe inside the name.
    if ((is(j, "\xE2\x80\x99") || is(j, "'")) && j > b && text(j - 1).ends_with('s') &&
        toks_[j].span.begin == toks_[j - 1].span.end && is_cap(j + 1)) {
      ++j;
      continue;
    }
    // "St. Brendan's": an abbreviation's stop inside the name.
    if (is(j, ".") && text(j - 1).size() <= 3 && is_cap(j + 1) && j > b) {
      ++j;
      continue;
    }
    // "Federation of Teachers", "Office of Emergency Management", "Parks and Recreation"
    std::string_view f = is_word(j) ? folded(j) : std::string_view();
    if ((f == "of" || f == "and" || f == "for" || f == "&" || is(j, "&") || is(j, "-")) &&
        is_cap(j + 1)) {
      ++j;
      continue;
    }
    break;
  }
  end = last + 1;
  // "a resident of Bukit Sama village": a settlement or an administrative unit, not an
  // organisation (the noun after the name says so).
  if (end < toks_.size() && is_word(end) && is_admin_unit(folded(end))) return {};
  std::string out(doc_.text({toks_[b].span.begin, toks_[last].span.end}));
  return out;
}

void RoleReader::read_words(Role& r, std::size_t from) const {
  std::vector<std::string> words;
  std::size_t head = static_cast<std::size_t>(r.head);
  // Capitalised words before a lower-case head name the organisation ("Kettleby Town manager",
  // "Civic Renewal candidate"), unless they are a sentence's capitalised first word ("Finance
  // chief").
  // (letters are capitalised by nature: "a Green Alliance MP"; "Air Force Col." keeps its
  // service in the title)
  bool head_lower = !is_cap(head) ||
                    (!abbreviation(head).empty() && !is(head + 1, ".") && is_all_upper(text(head)));
  std::size_t org_from = toks_.size(), org_to = 0;
  for (std::size_t k = from; k <= head && k < toks_.size(); ++k) {
    if (!is_word(k)) continue;
    std::string_view f = folded(k);
    if (is_determiner(f) || f == "a" || f == "an") continue;
    if (possessive(text(k))) continue; // read as the organisation by the caller
    if (lex_.honorifics.contains(doc_, toks_[k]) && k != head) continue;
    if (std::string_view full = abbreviation(k); !full.empty() && (k == head || is(k + 1, "."))) {
      if (k == head)
        words.emplace_back(full);
      else if (lex_.modifiers.contains(full) || is_time_word(full))
        r.modifiers.emplace_back(full);
      else
        words.emplace_back(full);
      continue;
    }
    if (k != head && (lex_.modifiers.contains(doc_, toks_[k]) || is_time_word(f))) {
      std::string m(f);
      if (m == "ex" || m == "ex-") m = "former";
      if (m.ends_with('-')) m.pop_back();
      r.modifiers.push_back(m);
      continue;
    }
    if (k != head && lex_.affiliations.contains(doc_, toks_[k])) {
      r.affiliation = std::string(text(k));
      std::string p = normalise_party(f);
      if (p == "democratic" || p == "republican" || p == "independent") r.party = p;
      // ... and the first word of the organisation's name: "a Labour Party official"
      if (head_lower && k + 1 < head && is_cap(k + 1)) {
        org_from = std::min(org_from, k);
        org_to = k + 1;
      }
      continue;
    }
    if (k != head && head_lower && is_cap(k) && !(k == 0 && lex_.dictionary.contains(f))) {
      org_from = std::min(org_from, k);
      org_to = k + 1;
      continue;
    }
    if (k == head) {
      std::string_view base = lemma_(f); // "Trustees" -> trustee
      words.emplace_back(lex_.person_nouns.contains(base) ? base : f);
      continue;
    }
    std::string_view base = lemma_(f);
    // "the embattled senator", "the new president": a describing adjective is no portfolio
    if (lex_.adjectives.contains(f) && lex_.pertainyms.find(f).empty()) continue;
    words.emplace_back(lex_.pertainym(base));
  }
  if (org_to > org_from && r.org.empty())
    r.org = std::string(doc_.text({toks_[org_from].span.begin, toks_[org_to - 1].span.end}));
  r.head_word = words.empty() ? std::string(folded(head)) : words.back();
  // "secretary of defense": a listed title's head is its person noun, not its last word
  if (!lex_.person_nouns.contains(r.head_word))
    for (std::size_t w = words.size(); w-- > 0;)
      if (lex_.person_nouns.contains(words[w])) {
        r.head_word = words[w];
        break;
      }
  // "Democrat Kay Hagan": the party as the whole role
  if (std::string p = normalise_party(r.head_word); p != r.head_word && r.party.empty())
    r.party = p;
  // The kinds of person the written head is, before it takes its office's name.
  r.kinds = lex_.person_kinds.find(r.head_word);
  // One office under its WordNet name: "chairwoman" and "chair" are "president".
  if (std::string_view same = lex_.role_synonyms.find(r.head_word); !same.empty())
    r.head_word = std::string(same);
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w) r.title += ' ';
    r.title += words[w];
  }
}

bool RoleReader::is_office(const Role& r) const {
  if (r.head < 0 || lex_.non_office_nouns.contains(r.head_word)) return false;
  // "Democrat Kay Hagan": a party, not an office (affiliation-conflict reads it).
  if (std::string p = normalise_party(r.head_word); p != r.head_word) return false;
  if (lex_.office_nouns.contains(r.head_word)) return true;
  std::string_view written = folded(static_cast<std::size_t>(r.head));
  std::string_view base = lemma_(written);
  return !abbreviation(static_cast<std::size_t>(r.head)).empty() ||
         lex_.office_nouns.contains(r.head_word) || lex_.office_nouns.contains(base);
}

Role RoleReader::before(std::size_t name, std::size_t floor, bool comma) const {
  Role r;
  std::size_t k = name;
  if (comma) {
    if (k == 0 || k <= floor || !is(k - 1, ",")) return r;
    --k;
  } else {
    // "Dr. Felicity Marchbank", "Mr Obi": a courtesy title, then maybe a role before it.
    if (k >= 2 && k - 2 >= floor && is(k - 1, ".") && is_word(k - 2) &&
        lex_.honorifics.contains(doc_, toks_[k - 2])) {
      r.honorific = true;
      k -= 2;
    } else if (k >= 1 && k - 1 >= floor && is_word(k - 1) && text(k - 1).size() <= 4 &&
               lex_.honorifics.contains(doc_, toks_[k - 1])) {
      r.honorific = true;
      k -= 1;
    }
  }
  std::size_t end = k;
  std::vector<std::string> after_head; // "Mayor-elect": a time word after the head
  std::size_t h = k;
  if (h >= floor + 3 && is(h - 2, "-") && is_word(h - 1) &&
      (folded(h - 1) == "elect" || folded(h - 1) == "designate")) {
    after_head.emplace_back(folded(h - 1));
    h -= 2;
  }
  int head = -1;
  std::size_t phrase = SIZE_MAX; // the start of a listed title ending at the head
  if (h >= floor + 1 && is_word(h - 1))
    // A title from rules/lists/titles.txt ("secretary of defense") ending here.
    for (std::size_t t = (h >= 6 ? std::max(floor, h - 6) : floor); t + 1 < h; ++t)
      if (lex_.titles.match_exact(doc_, toks_.subspan(t, h - t)) >= 0) {
        head = static_cast<int>(h - 1);
        phrase = t;
        break;
      }
  if (head < 0 && h >= floor + 2 && is(h - 1, ".") && !abbreviation(h - 2).empty())
    head = static_cast<int>(h - 2);
  else if (head < 0 && h >= floor + 1 && is_head(h - 1))
    head = static_cast<int>(h - 1);
  if (head < 0) return r;
  {
    std::size_t hk = static_cast<std::size_t>(head);
    std::string_view hf = folded(hk);
    // "the missing soldiers, Sahady said": a plural before a comma is the people the sentence
    // was about, not the role of the one named after it.
    if (comma && hf.size() > 3 && hf.ends_with('s') && lemma_(hf) != hf) return Role{};
    // "Dick Cheney": a short form of a given name (rules/lists/nicknames.txt) alone before a
    // name is the given name, not a title ("dick" is a noun too). (The given-names list is no
    // guide here: it holds "Judge", "Major" and "General".)
    if (phrase == SIZE_MAX && !comma && hk + 1 == h && is_cap(hk) && abbreviation(hk).empty() &&
        lex_.nicknames.count(std::string(hf)) &&
        (hk == floor || (is_word(hk - 1) && is_function_word(hk - 1))))
      return Role{};
  }
  std::size_t t = phrase != SIZE_MAX ? phrase : static_cast<std::size_t>(head);
  // Left over the words that can belong to a title: ranks, portfolio words, capitalised words,
  // hyphens and abbreviations' stops; a possessive ends the phrase as its organisation.
  while (t > floor && static_cast<std::size_t>(head) - t < 7) {
    std::size_t j = t - 1;
    if ((is(j, "-") || is(j, "\xE2\x80\x91")) && j > floor && is_word(j - 1) &&
        toks_[j].span.begin == toks_[j - 1].span.end && toks_[j].span.end == toks_[t].span.begin) {
      t = j - 1; // "Vice-captain", "then-Mayor", "Secretary-General"
      continue;
    }
    if (is(j, ".") && j > floor && !abbreviation(j - 1).empty()) {
      t = j - 1; // "Lt. Col."
      continue;
    }
    if (is(j, "&") && j > floor && is_cap(j - 1) && is_cap(t)) {
      t = j - 1; // "Palmer Fire & Rescue Chief"
      continue;
    }
    if (!is_word(j)) break;
    std::string_view f = folded(j);
    // "the president's second secretary of state", "the 45th president": which holder of the
    // office, not a rank of it.
    if (is_ordinal_word(f)) break;
    if (possessive(text(j))) {
      r.definite = true;
      std::size_t o = j;
      // "St. Brendan's", "Corran Valley's": the capitalised words before the possessive.
      if (is_cap(j)) {
        while (o > floor && (is_cap(o - 1) || (is(o - 1, ".") && o - 1 > floor && is_cap(o - 2)) ||
                             (is(o - 1, "-") && o - 1 > floor && is_cap(o - 2))))
          --o;
        if (o == j && o == 0 && lex_.dictionary.contains(without_possessive(f))) {
          r.org = std::string(without_possessive(f)); // "Company's", capitalised first word
        } else {
          std::string org(doc_.text({toks_[o].span.begin, toks_[j].span.end}));
          r.org = std::string(without_possessive(org));
        }
      } else {
        r.org = std::string(without_possessive(f)); // "the company's": generic
      }
      if (o > floor && is_word(o - 1) && folded(o - 1) == "the") --o;
      t = o;
      break;
    }
    if (is_function_word(j)) {
      if (is_determiner(f)) r.definite = true;
      if (comma && !is_determiner(f)) return Role{};
      break;
    }
    if (toks_[j].shape & kAllLower) {
      // "integral former President Obama", "hiring former lawyer Holley": a time word starts
      // the title; a lower-case word before it belongs to the sentence.
      if (is_time_word(folded(t))) break;
      bool ing = f.size() > 4 && f.ends_with("ing") && j + 1 == t && !is_verb_form(j + 1) &&
                 (toks_[t].shape & kAllLower);
      if (is_verb_form(j) && !ing) break;
      if (!lex_.dictionary.contains(f) && !lex_.modifiers.contains(f)) break;
      // "no indication President Putin", "see President X": a verb or a noun of the sentence
      // before a capitalised title; "finance chief" keeps its noun.
      bool next_to_lower_head = j + 1 == t && (toks_[t].shape & kAllLower);
      if (lex_.mostly_verbs.contains(doc_, toks_[j]) && !next_to_lower_head &&
          !lex_.person_nouns.contains(doc_, toks_[j]))
        break;
      if (!(toks_[static_cast<std::size_t>(head)].shape & kAllLower) &&
          !lex_.person_nouns.contains(doc_, toks_[j]) && !lex_.modifiers.contains(doc_, toks_[j]) &&
          lex_.pertainyms.find(f).empty() && !is_time_word(f))
        break; // a lower-case word before a capitalised title is no part of it
    }
    t = j;
  }
  if (comma && !(t == floor || t == 0 || r.definite)) return Role{};
  r.begin = t;
  r.end = end;
  r.head = head;
  r.office = true;
  read_words(r, t);
  for (std::string& m : after_head) r.modifiers.push_back(std::move(m));
  r.office = is_office(r);
  return r;
}

Role RoleReader::after(std::size_t k) const {
  Role r;
  std::size_t j = k;
  if (j >= toks_.size()) return r;
  bool indefinite = false;
  if (is_word(j)) {
    std::string_view f = folded(j);
    if (is_determiner(f)) {
      r.definite = true;
      ++j;
    } else if (f == "a" || f == "an") {
      indefinite = true;
      ++j;
    }
  }
  // "Vantrel's chief technology officer", "the company's chief executive", "St. Brendan's".
  {
    std::size_t o = j, e = j;
    while (e < toks_.size() && (is_cap(e) || (is(e, ".") && e > o && is_cap(e + 1)))) {
      if (possessive(text(e))) break;
      ++e;
    }
    if (e < toks_.size() && is_word(e) && possessive(text(e)) && e - o < 6) {
      std::string org(doc_.text({toks_[o].span.begin, toks_[e].span.end}));
      r.org = std::string(without_possessive(is_cap(e) ? std::string_view(org) : folded(e)));
      r.definite = true;
      j = e + 1;
    }
  }
  // ", a Democrat,": a party as the whole apposition.
  if (is_cap(j) && !is_word(j + 1) && !is(j + 1, "-")) {
    std::string p = normalise_party(folded(j));
    if (p == "democratic" || p == "republican" || p == "independent") {
      r.party = p;
      r.begin = k;
      r.end = j + 1;
      return r;
    }
  }
  // "the president's second secretary of state": which holder, not a rank
  if (is_word(j) && is_ordinal_word(folded(j))) ++j;
  std::size_t from = j;
  int head = -1;
  // The role's words: an age ("a 24-year-old nursing student"), ranks, portfolio, the head (the
  // last person noun of a run: "chief executive officer").
  while (j < toks_.size() && j - from < 8) {
    if (toks_[j].kind == TokenKind::number && is(j + 1, "-")) {
      // "61-year-old": skip the age; the caller reads it
      std::size_t e = j + 1;
      while (e < toks_.size() && e - j < 6 && !(is_word(e) && folded(e) == "old")) ++e;
      if (e >= toks_.size()) break;
      j = e + 1;
      from = j;
      continue;
    }
    if (is(j, "-") && is_word(j + 1) && head >= 0) {
      j += 1; // "vice-captain"
      continue;
    }
    if (!is_word(j) || is_function_word(j)) break;
    if (is_head(j)) {
      head = static_cast<int>(j);
      ++j;
      continue;
    }
    // "a Liberal Alliance member", "a Labour Party official": a capitalised person noun
    // ("Liberal", "Labour") inside an organisation's name before the head
    if (head >= 0 && is_cap(static_cast<std::size_t>(head)) && is_cap(j) &&
        j - static_cast<std::size_t>(head) <= 3) {
      ++j;
      continue;
    }
    // "chief medical officer": a portfolio word between two heads
    if (head >= 0 && !(j + 1 < toks_.size() && is_head(j + 1) && (toks_[j].shape & kAllLower)))
      break;
    if (is_verb_form(j) && !(folded(j).ends_with("ing") && j + 1 < toks_.size() && is_head(j + 1) &&
                             (toks_[j + 1].shape & kAllLower)))
      break;
    ++j;
  }
  // A head right before a capitalised word is another person's title ("defeating Mayor Lionel
  // Achterberg", "Friedrich Merz, former U.S. envoy Steve Witkoff").
  if (head >= 0 &&
      (is_cap(static_cast<std::size_t>(head) + 1) ||
       (is(static_cast<std::size_t>(head) + 1, ".") && is_cap(static_cast<std::size_t>(head) + 2))))
    head = -1;
  if (head < 0) return r;
  r.head = head;
  r.begin = k;
  r.end = static_cast<std::size_t>(head) + 1;
  read_words(r, from);
  r.office = !indefinite && is_office(r);
  // The organisation after the head: "of the Eastbrook Federation of Teachers", "at Greystone
  // Partners", "for Pellham Coach Lines", "with the Gulf Coast Weather Service".
  std::size_t p = r.end;
  if (is_word(p)) {
    std::string_view f = folded(p);
    if (f == "of" || f == "at" || f == "for" || f == "with") {
      std::size_t e = p;
      std::string org = organisation(p + 1, e);
      if (!org.empty()) {
        r.org = org;
        r.end = e;
      }
    }
  }
  return r;
}

} // namespace claimlint::claims
