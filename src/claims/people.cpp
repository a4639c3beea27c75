// Person and attribution claims.
//
// A person mention is a run of capitalised words (with particles such as "von der", initials
// and hyphenated parts: "Ocampo-Ferrer", "Mei-Lin") recognised as a person's name by its
// context, not by a list of names:
//   - a role before it: a title ("Deputy Fire Chief", "Sgt.", "chief executive"), a possessive
//     role ("Vantrel's chief technology officer"), a role and a comma ("The company's chief
//     operating officer, Renata Voss,"), or a courtesy title ("Dr.", "Mr.");
//   - a role, an age or a party after it: ", the union's treasurer,", ", a farmer whose ...",
//     ", 54,", ", D-Colo.", ", a Democrat", "58-year-old" before it;
//   - a speech verb next to it ("said Ngata", "Ngata told"), or a given name first
//     (rules/lists/given-names.txt, one signal among the others);
//   - a family name already read as a person's in the draft.
// Roles are read by claims/roles.cpp as an office model (title, head, rank and time words,
// organisation, party). A capitalised run ending in an organisation noun ("Federation",
// "Coaches") or a plural common noun names no one.
//
// An attribution is a speech verb next to a speaker: "Hegseth asserted", "he noted", "“…,”
// Zelenskyy declared", "said Hegseth", "The sheriff said". Pronouns and descriptions resolve to
// the person last named, or to the one person of the draft holding that title.
#include "claims/extract.hpp"
#include "claims/roles.hpp"

#include "util/static_words.hpp"
#include "util/text.hpp"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <algorithm>

namespace claimlint::claims {

std::string name_key(std::string_view name) {
  // NFD, drop combining marks, case-fold: "Ortíz" -> "ortiz". An ASCII name has no marks.
  if (std::all_of(name.begin(), name.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return fold_case(name);
  UErrorCode st = U_ZERO_ERROR;
  std::u16string in(name.size() + 1, u'\0');
  int32_t len = 0;
  u_strFromUTF8(reinterpret_cast<UChar*>(in.data()), static_cast<int32_t>(in.size()), &len,
                name.data(), static_cast<int32_t>(name.size()), &st);
  if (U_FAILURE(st)) return fold_case(name);
  in.resize(static_cast<std::size_t>(len));
  const UNormalizer2* nfd = unorm2_getNFDInstance(&st);
  std::u16string out(in.size() * 3 + 4, u'\0');
  int32_t olen =
      unorm2_normalize(nfd, reinterpret_cast<const UChar*>(in.data()), len,
                       reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &st);
  if (U_FAILURE(st)) return fold_case(name);
  out.resize(static_cast<std::size_t>(olen));
  std::u16string stripped;
  for (char16_t c : out)
    if (u_charType(c) != U_NON_SPACING_MARK) stripped += c;
  std::string utf8(stripped.size() * 3 + 4, '\0');
  int32_t ulen = 0;
  st = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &ulen,
              reinterpret_cast<const UChar*>(stripped.data()),
              static_cast<int32_t>(stripped.size()), &st);
  if (U_FAILURE(st)) return fold_case(name);
  utf8.resize(static_cast<std::size_t>(ulen));
  return fold_case(utf8);
}

namespace {

// The words that most often follow a name and never name an organisation ("was", "has",
// "and"): asked before anything costlier.
bool function_word_after_name(std::string_view f) {
  static const StaticWords kWords = {"was",  "is",   "has",  "had",   "have", "will", "would",
                                     "and",  "or",   "who",  "of",    "in",   "to",   "for",
                                     "on",   "at",   "with", "could", "can",  "did",  "does",
                                     "also", "then", "but",  "as",    "were", "are",  "be"};
  return kWords.contains(f);
}

bool is_function_word(std::string_view w) {
  static const StaticWords kWords = {
      "and",  "or",   "of",  "the",   "a",     "an",   "who",   "which", "that", "was",
      "is",   "has",  "had", "will",  "would", "met",  "to",    "in",    "on",   "at",
      "for",  "with", "as",  "but",   "also",  "then", "not",   "said",  "says", "told",
      "what", "why",  "how", "where", "when",  "here", "there", "over",  "after"};
  return kWords.contains(w);
}

} // namespace

void Extractor::resolve_family_names() {
  // Two candidates of one draft corroborate each other: "Aroha Ngata arrived." and "said
  // Ngata" (a speech verb) name one person.
  std::vector<std::pair<std::string, std::string>> candidate_families; // family, full key
  for (const Claim& c : claims_)
    if (c.kind == ClaimKind::person && c.mention == "candidate" &&
        c.key.find(' ') != std::string::npos)
      candidate_families.push_back({c.key.str().substr(0, c.key.find(' ')), c.key.str()});
  for (int at : speech_candidates_) {
    Claim& c = claims_[static_cast<std::size_t>(at)];
    if (c.mention != "candidate") continue;
    for (const auto& [family, key] : candidate_families)
      if (family == c.key.str()) {
        for (Claim& full : claims_)
          if (full.kind == ClaimKind::person && full.mention == "candidate" && full.key == key)
            full.mention = "full";
        c.mention = "family-name";
        families_.push_back({family, Known{key, std::string(), false}});
        break;
      }
  }
  auto full_key = [&](const Atom& key) -> const std::string* {
    if (key.empty() || key.find(' ') != std::string::npos) return nullptr;
    const std::string* found = nullptr;
    for (const auto& [family, known] : families_)
      if (family == key.str() && !known.relative) {
        found = &known.key;
        break;
      }
    return found;
  };
  for (Claim& c : claims_) {
    if (c.kind == ClaimKind::person && c.mention != "candidate") {
      if (const std::string* k = full_key(c.key)) c.key = *k;
    } else if (c.kind == ClaimKind::age) {
      if (const std::string* k = full_key(c.subject)) c.subject = *k;
    } else if (c.kind == ClaimKind::attribution) {
      if (const std::string* k = full_key(c.speaker)) c.speaker = *k;
    }
  }
}

int Extractor::person_with_head(std::string_view head) const {
  int found = -1;
  std::string key;
  for (const auto& [h, k] : heads_)
    if (h == head) {
      if (!key.empty() && k != key) return -1;
      key = k;
    }
  if (key.empty()) return -1;
  for (int c = static_cast<int>(claims_.size()) - 1; c >= 0; --c)
    if (claims_[static_cast<std::size_t>(c)].kind == ClaimKind::person &&
        claims_[static_cast<std::size_t>(c)].key == key) {
      found = c;
      break;
    }
  return found;
}

namespace {

// Days and months, a closed class: "Monday said" is a date's sentence, not a speaker.
bool is_calendar_word(std::string_view f) {
  static const StaticWords kCalendar = {"monday",    "tuesday", "wednesday", "thursday", "friday",
                                        "saturday",  "sunday",  "january",   "february", "march",
                                        "april",     "may",     "june",      "july",     "august",
                                        "september", "october", "november",  "december"};
  return kCalendar.contains(f);
}

bool ends_possessive(std::string_view w) {
  return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s");
}

// Is byte `at` of sentence text `s` inside a quotation ("“I told President Clinton …")? Counts
// the quotation marks before it: an open curly quote, or an odd number of straight ones.
bool inside_quotation(std::string_view s, std::size_t at) {
  std::size_t straight = 0;
  int curly = 0;
  for (std::size_t i = 0; i < at && i < s.size(); ++i) {
    if (s[i] == '"') ++straight;
    if (s.substr(i, 3) == "\xE2\x80\x9C") curly = 1;
    if (s.substr(i, 3) == "\xE2\x80\x9D") curly = 0;
  }
  if (curly == 1 || straight % 2 == 1) return true;
  // A quotation opened in an earlier sentence and closed in this one, after the title ("That
  // absolutely includes Senator Lieberman.”").
  std::size_t after = 0;
  for (std::size_t i = at; i < s.size(); ++i) {
    if (s.substr(i, 3) == "\xE2\x80\x9C") return false;
    if (s.substr(i, 3) == "\xE2\x80\x9D") return true;
    if (s[i] == '"') ++after;
  }
  return straight == 0 && after == 1;
}

// An age: a whole number a person can be.
bool age_value(std::string_view w, int& age) {
  if (w.empty() || w.size() > 3) return false;
  int v = 0;
  for (char ch : w) {
    if (ch < '0' || ch > '9') return false;
    v = v * 10 + (ch - '0');
  }
  if (v < 1 || v > 120) return false;
  age = v;
  return true;
}

} // namespace

void Extractor::people(const Sentence& sen) {
  LemmaCache& lemmas = LemmaCache::for_thread(lex_);
  auto toks = doc_.tokens_of(sen);
  RoleReader rr(doc_, lex_, toks);
  auto text = [&](std::size_t k) { return doc_.text(toks[k].span); };
  auto folded = [&](std::size_t k) { return doc_.folded(toks[k]); };
  auto in = [&](const WordSet& set, std::size_t k) { return set.contains(doc_, toks[k]); };
  auto is_cap_word = [&](std::size_t k) {
    if (toks[k].kind != TokenKind::word) return false;
    std::string_view w = text(k);
    if (!(toks[k].shape & kStartsUpper)) return false;
    // Courtesy titles are short: Mr, Mrs, Ms, Dr, Sir, Dame, Lord, Lady.
    return w.size() > 4 || !in(lex_.honorifics, k);
  };
  auto span_of = [&](std::size_t b, std::size_t e) {
    return Span{toks[b].span.begin, toks[e - 1].span.end};
  };
  std::size_t floor = 0; // tokens before this belong to an earlier name
  const bool heading = doc_.blocks[sen.block].kind == BlockKind::heading;
  // "Desrosiers Ousts Larkhaven Mayor": a headline's verb ends a name.
  auto headline_verb = [&](std::size_t k) {
    std::string_view f = folded(k);
    if (f.size() < 4 || !f.ends_with('s') || in(lex_.given_names, k)) return false;
    std::string buf;
    std::string_view base = lemmas(f);
    return base != f && lex_.verbs.contains(base) && !lex_.person_nouns.contains(base);
  };
  std::size_t i = 0;
  while (i < toks.size()) {
    // A sentence-initial article is not part of a name ("A Pelosi aide said").
    bool article = text(i) == "A" || text(i) == "An" || text(i) == "The";
    if (!is_cap_word(i) || article || doc_.in_verbatim(toks[i].span.begin)) {
      ++i;
      continue;
    }
    // The run of capitalised words, particles, initials and hyphenated parts.
    if (is_function_word(folded(i))) {
      ++i;
      continue;
    }
    std::size_t b = i + 1;
    while (b < toks.size()) {
      // A possessive ends the name: "Mansouri's FATHER", "Fusion's Jorge Ramos" (the owner is
      // an organisation or another person).
      if (ends_possessive(text(b - 1))) break;
      // "Dmitri Sokol Over Highway 9": a capitalised preposition in a headline ends the name.
      if (is_cap_word(b) && toks[b].span.begin > toks[b - 1].span.end &&
          !is_function_word(folded(b)) && !rr.is_function_word(b) &&
          !(heading && headline_verb(b))) {
        ++b;
        continue;
      }
      // "al-Baghdadi", "Ocampo-Ferrer", "Mei-Lin": a hyphenated name part.
      if (toks[b].kind != TokenKind::word && text(b) == "-" &&
          toks[b].span.begin == toks[b - 1].span.end && b + 1 < toks.size() &&
          toks[b + 1].span.begin == toks[b].span.end && is_cap_word(b + 1)) {
        b += 2;
        continue;
      }
      // "Palmer Fire & Rescue Chief John McNutt": an ampersand between capitalised words.
      if (toks[b].kind != TokenKind::word && text(b) == "&" && b + 1 < toks.size() &&
          is_cap_word(b + 1)) {
        ++b;
        continue;
      }
      // "George W. Bush": an initial and its dot.
      if (toks[b].kind == TokenKind::punct && text(b) == "." && text(b - 1).size() == 1 &&
          b + 1 < toks.size() && is_cap_word(b + 1)) {
        ++b;
        continue;
      }
      if (toks[b].kind == TokenKind::word && in(lex_.name_particles, b) && b + 1 < toks.size() &&
          (is_cap_word(b + 1) || in(lex_.name_particles, b + 1))) {
        ++b;
        continue;
      }
      // "Volodymyr zelenskyy": a lower-case family name after a given name (or after a
      // capitalised word the dictionary does not know).
      if ((in(lex_.given_names, b - 1) || !in(lex_.dictionary, b - 1)) &&
          toks[b].kind == TokenKind::word && starts_lower(text(b)) &&
          !is_function_word(folded(b)) && !in(lex_.speech_verbs, b) && text(b).size() > 3 &&
          !lex_.dictionary.contains(folded(b)) &&
          (b + 1 >= toks.size() || toks[b + 1].kind != TokenKind::word ||
           is_function_word(folded(b + 1)) || in(lex_.speech_verbs, b + 1))) {
        ++b;
        continue;
      }
      break;
    }
    // Title words inside the run ("Kestrel Ford Fire Chief Marguerite Dallaire", "Council
    // Member Dean Albright"): the name starts after a head, preferably at a given name.
    std::size_t s = i;
    {
      bool given_start = false;
      // a listed title ending at token h ("Secretary of Defense")
      auto listed_title_ends = [&](std::size_t h) {
        for (std::size_t t = h >= 5 ? h - 5 : 0; t <= h; ++t)
          if (lex_.titles.match_exact(doc_, toks.subspan(t, h + 1 - t)) >= 0) return true;
        return false;
      };
      for (std::size_t h = i; h + 1 < b; ++h) {
        if (!rr.is_head(h) && !listed_title_ends(h)) continue;
        std::size_t nx = h + 1;
        if (!is_cap_word(nx) || (rr.is_head(nx) && !in(lex_.given_names, nx))) continue;
        bool given = in(lex_.given_names, nx);
        if (given && !given_start) {
          s = nx;
          given_start = true;
        } else if (!given_start) {
          s = nx;
        }
      }
      // "Teddy Bear Clinic Shaheda Omar": the name starts after an organisation's noun that
      // two or more capitalised words follow (a name ending in one, "Charlotte Church", is
      // left whole).
      if (!given_start)
        for (std::size_t h = s; h + 2 < b; ++h)
          if (toks[h].kind == TokenKind::word && in(lex_.org_nouns, h) &&
              !in(lex_.given_names, h) && is_cap_word(h + 1) && is_cap_word(h + 2))
            s = h + 1;
      // The name does not start with a title word.
      while (s < b && (rr.is_head(s) || !rr.abbreviation(s).empty()) &&
             !(in(lex_.given_names, s) && s + 1 < b))
        ++s;
    }
    // "Former U.S.": a run of title words only names no one
    {
      bool any_name = false;
      for (std::size_t k = s; k < b && !any_name; ++k)
        any_name = toks[k].kind == TokenKind::word && !in(lex_.modifiers, k) &&
                   !in(lex_.affiliations, k) && !rr.is_head(k);
      if (!any_name) s = b;
    }
    // "Obama To Nominate Regina Benjamin": a headline's capitalised verb before a given name
    // is not the name.
    while (s + 2 < b && toks[s].kind == TokenKind::word && in(lex_.dictionary, s) &&
           lex_.verbs.contains(lemmas(folded(s))) && !in(lex_.given_names, s) &&
           in(lex_.given_names, s + 1))
      ++s;
    // "the Jussie Smolletts of the world", "the Clintons": a plural after "the" is a family or
    // a type, nobody's name.
    if (s < b && s > 0 && folded(s - 1) == "the" && folded(b - 1).size() > 3 &&
        folded(b - 1).back() == 's' && !in(lex_.honorifics, s) && !rr.is_head(s)) {
      i = b;
      continue;
    }
    if (s >= b) {
      i = b;
      continue;
    }
    std::size_t name_from = s, name_to = b;
    // "Dmitry Sokol Verdict", "Gov. Thaddeus Marlow Visits": headline words after a name. Of a
    // run of three words or more, or in a heading, trailing common words are not the name.
    {
      auto word_count = [&] {
        std::size_t n = 0;
        for (std::size_t k = name_from; k < name_to; ++k) n += toks[k].kind == TokenKind::word;
        return n;
      };
      while (name_to > name_from + 1 && toks[name_to - 1].kind == TokenKind::word &&
             in(lex_.dictionary, name_to - 1) && !in(lex_.given_names, name_to - 1) &&
             text(name_to - 2) != "-" &&
             (word_count() >= 3 || (heading && !in(lex_.given_names, name_to - 2))))
        --name_to;
    }
    // "former Michigan GOP chairman Saul Anuzis": capitalised words before a lower-case role
    // and a name are the role's organisation, read with the name that follows.
    if (b + 1 < toks.size() && toks[b].kind == TokenKind::word && starts_lower(text(b)) &&
        rr.is_head(b) && is_cap_word(b + 1) && !in(lex_.given_names, name_to - 1)) {
      i = b;
      continue;
    }
    // "Jo Carrow MP": letters after a name are no part of it ("a Green Alliance MP" is then a
    // run that names an organisation, no one).
    if (name_to > name_from + 1 && is_all_upper(text(name_to - 1)) &&
        !rr.abbreviation(name_to - 1).empty())
      --name_to;
    // "Regional Health Commissioner": a run that ends in a title is no name.
    if (rr.is_head(name_to - 1) &&
        !(name_to - name_from >= 2 && in(lex_.given_names, name_from) && !rr.is_head(name_from))) {
      i = b;
      continue;
    }
    // A name neither starts nor ends with a lone capital or a particle ("B Mark Teixeira",
    // "Ted Cruz I").
    auto lone = [&](std::size_t k) {
      return toks[k].kind != TokenKind::word || text(k).size() == 1 || in(lex_.name_particles, k);
    };
    while (name_to > name_from + 1 && lone(name_to - 1)) --name_to;
    while (name_from + 1 < name_to && toks[name_from].kind == TokenKind::word &&
           text(name_from).size() == 1 &&
           !(name_from + 1 < toks.size() && text(name_from + 1) == "."))
      ++name_from;
    // The name's words, as token indexes, hyphenated parts joined ("Halvorsen-Maas" is one).
    std::vector<std::size_t>& parts = name_parts_;
    parts.clear();
    for (std::size_t k = name_from; k < name_to; ++k)
      if (toks[k].kind == TokenKind::word && !in(lex_.name_particles, k) && text(k).size() > 1 &&
          !(k > name_from && text(k - 1) == "-" && !parts.empty()))
        parts.push_back(k);
    if (parts.empty()) {
      i = b;
      continue;
    }
    // The written extent of each part: a hyphenated part runs to its last piece.
    auto part_end = [&](std::size_t k) {
      std::size_t e = k + 1;
      while (e + 1 < name_to && text(e) == "-" && toks[e].span.begin == toks[e - 1].span.end)
        e += 2;
      return e;
    };
    std::size_t last = parts.back();
    std::string family(doc_.text(span_of(last, part_end(last))));
    if (ends_possessive(family)) family.resize(family.size() - (family.ends_with("'s") ? 2 : 4));
    std::string given(parts.size() >= 2 ? text(parts.front()) : std::string_view());

    // --- context ---------------------------------------------------------------------------
    Role pre = rr.before(name_from, floor);
    Role pre_comma;
    if (!pre.found() && !pre.honorific && name_to < toks.size() &&
        (text(name_to) == "," || in(lex_.speech_verbs, name_to)))
      pre_comma = rr.before(name_from, floor, true);
    Role app, past;
    std::string party;
    int age = 0;
    Span age_span{};
    // "who founded the rival group Save Our Schools Eastbrook", "who chairs the Trust", "a
    // parent who helped organize the Eastbrook Parents Coalition": the organisation a person's
    // relative clause names, from its verb at token t.
    auto clause_org = [&](std::size_t t) {
      Role r;
      std::string_view verb = folded(t);
      std::string buf;
      std::string_view base = lemmas(verb);
      static const StaticWords kLeads = {
          "chair",  "lead",  "head",    "run", "manage",    "found", "organize", "organise",
          "direct", "coach", "captain", "own", "represent", "work",  "join",     "co-found"};
      bool leads = kLeads.contains(base);
      if (!leads && t + 1 < toks.size() && (verb == "helped" || verb == "helps")) {
        base = lemmas(folded(t + 1));
        leads = kLeads.contains(base);
        ++t;
      }
      // Holding an office in the past tense ("who managed CD Montellà until 2023") is a
      // former tie; founding or joining one ("who founded the group") is a lasting one.
      bool held = base != "found" && base != "co-found" && base != "join" && base != "organize" &&
                  base != "organise" && verb != base && !verb.ends_with('s');
      if (leads)
        for (std::size_t o = t + 1; o < toks.size() && o < t + 7; ++o) {
          if (text(o) == "," || text(o) == ".") break;
          if (rr.is_cap(o)) {
            std::size_t e = o;
            r.org = rr.organisation(o, e);
            if (held) r.modifiers.push_back("former");
            if (e + 1 < toks.size() && folded(e) == "until" &&
                toks[e + 1].kind == TokenKind::number)
              r.until = std::atoi(std::string(text(e + 1)).c_str());
            break;
          }
        }
      return r;
    };
    std::size_t consumed = name_to;
    bool possessed = ends_possessive(text(name_to - 1));
    // "58-year-old Oskar Nordqvist"
    if (name_from >= 5 && folded(name_from - 1) == "old" && text(name_from - 2) == "-" &&
        folded(name_from - 3) == "year" && text(name_from - 4) == "-" &&
        age_value(text(name_from - 5), age))
      age_span = span_of(name_from - 5, name_from);
    // "Priya Nair (52)", "Sara Kim turned 19"
    if (!possessed && name_to + 2 < toks.size()) {
      int a = 0;
      bool bracketed = text(name_to) == "(" && toks[name_to + 1].kind == TokenKind::number &&
                       text(name_to + 2) == ")";
      bool turned = folded(name_to) == "turned" && toks[name_to + 1].kind == TokenKind::number;
      if ((bracketed || turned) && age_value(text(name_to + 1), a)) {
        age = a;
        age_span = toks[name_to + 1].span;
      }
    }
    if (!possessed && name_to + 1 < toks.size() && text(name_to) == ",") {
      std::size_t k = name_to + 1;
      int a = 0;
      // ", who is 45," / ", who was 45 when"
      if (k + 3 < toks.size() && folded(k) == "who" &&
          (folded(k + 1) == "is" || folded(k + 1) == "was") &&
          toks[k + 2].kind == TokenKind::number && age_value(text(k + 2), a) &&
          (text(k + 3) == "," || text(k + 3) == "." || folded(k + 3) == "when" ||
           folded(k + 3) == "years")) {
        age = a;
        age_span = toks[k + 2].span;
        a = 0;
      }
      // ", 58," / ", 58." / ", 58, a nursing student"
      if (toks[k].kind == TokenKind::number && age_value(text(k), a) &&
          (k + 1 >= toks.size() || text(k + 1) == "," || text(k + 1) == "." || text(k + 1) == ";" ||
           text(k + 1) == ")")) {
        age = a;
        age_span = toks[k].span;
        consumed = k + 1;
        if (k + 2 < toks.size() && text(k + 1) == ",") k += 2;
      }
      std::size_t tag_end = 0;
      party = rr.party_tag(k, tag_end);
      if (!party.empty()) {
        consumed = std::max(consumed, tag_end);
        // "Sen. Teodora Vance-Okafor, D-Riverbend, 61,": an age after the party
        if (!age && tag_end + 1 < toks.size() && text(tag_end) == "," &&
            toks[tag_end + 1].kind == TokenKind::number && age_value(text(tag_end + 1), a) &&
            (tag_end + 2 >= toks.size() || text(tag_end + 2) == "," || text(tag_end + 2) == "." ||
             text(tag_end + 2) == ";")) {
          age = a;
          age_span = toks[tag_end + 1].span;
          consumed = tag_end + 2;
        }
      }
      // "Dmitri Sokol, a 61-year-old driver": an age inside the apposition
      if (!age && k + 5 < toks.size() &&
          (folded(k) == "a" || folded(k) == "an" || folded(k) == "the") &&
          toks[k + 1].kind == TokenKind::number && text(k + 2) == "-" && folded(k + 3) == "year" &&
          text(k + 4) == "-" && folded(k + 5) == "old" && age_value(text(k + 1), a)) {
        age = a;
        age_span = span_of(k + 1, k + 6);
      }
      if (party.empty() && k < toks.size() && folded(k) == "who") {
        // "Kees Berg, who was mayor until 2019," — a title in the past tense ("was", "served
        // as") is a former one, unless the clause ends it after the draft's date.
        std::size_t t = k + 1;
        std::string_view verb = t < toks.size() ? folded(t) : std::string_view();
        bool was = verb == "was" || verb == "served";
        bool is = verb == "is" || verb == "has" || verb == "serves";
        if (was || is) {
          ++t;
          if (t < toks.size() && (folded(t) == "as" || folded(t) == "been")) ++t;
          past = rr.after(t);
          if (past.found()) {
            std::size_t e = past.end;
            if (e + 1 < toks.size() && folded(e) == "until" &&
                toks[e + 1].kind == TokenKind::number && text(e + 1).size() == 4)
              past.until = std::atoi(std::string(text(e + 1)).c_str());
            std::optional<Date> ref = doc_.source().reference_date();
            bool ended = was && !(past.until && ref && past.until >= ref->year);
            if (ended && std::find(past.modifiers.begin(), past.modifiers.end(), "former") ==
                             past.modifiers.end())
              past.modifiers.insert(past.modifiers.begin(), "former");
          }
        } else if (t < toks.size()) {
          past = clause_org(t);
        }
      } else if (party.empty()) {
        app = rr.after(k);
        if (!app.found() && app.party.empty()) app = Role{};
        // "a parent who helped organize the Eastbrook Parents Coalition": the apposition's
        // relative clause names the organisation (a past tie, "who ran X", is left out)
        if (app.found() && app.org.empty() && app.end + 1 < toks.size() && folded(app.end) == "who")
          if (Role c = clause_org(app.end + 1); c.modifiers.empty()) app.org = c.org;
        if (!app.party.empty()) party = app.party;
        if (app.end) consumed = std::max(consumed, app.end);
        // "Mexico's president from 2000 to 2006", "president (2000-2006)": a term that ended.
        if (app.found() && app.end + 2 < toks.size()) {
          std::size_t e = app.end;
          if (text(e) == "(" || folded(e) == "from" || folded(e) == "between") ++e;
          auto year = [&](std::size_t x) {
            int y = x < toks.size() && toks[x].kind == TokenKind::number && text(x).size() == 4
                        ? std::atoi(std::string(text(x)).c_str())
                        : 0;
            return y >= 1800 && y <= 2200 ? y : 0;
          };
          if (year(e) && e + 2 < toks.size() &&
              (folded(e + 1) == "to" || folded(e + 1) == "and" || text(e + 1) == "-" ||
               text(e + 1) == "\xE2\x80\x93"))
            if (int last_year = year(e + 2)) app.until = last_year;
        }
      }
    }
    // "Nadia Olufemi of the Eastbrook Parents Coalition", "Corinne Laszlo, of the Progressive
    // Union,": an organisation named right after the person. A town ("Oskar Nordqvist of
    // Holmgard") is no organisation: the name must end in a common noun that is not a place
    // ("Coalition", "Securities", "party").
    if (!possessed && !app.found() && !past.found() && name_to + 1 < toks.size()) {
      std::size_t k = name_to;
      if (text(k) == "," && k + 1 < toks.size()) ++k;
      if (toks[k].kind == TokenKind::word && folded(k) == "of") {
        std::size_t e = k;
        std::string org = rr.organisation(k + 1, e);
        if (!org.empty() && e > 0) {
          std::string_view lastw = folded(e - 1);
          std::string buf;
          std::string_view base = lemmas(lastw);
          bool named = lex_.dictionary.contains(lastw) && !lex_.place_nouns.contains(base) &&
                       !lex_.place_nouns.contains(lastw) && e - (k + 1) >= 1;
          // "of the Civic Renewal party": a lower-case kind of organisation after the name
          if (!named && e < toks.size() && toks[e].kind == TokenKind::word &&
              (toks[e].shape & kAllLower) &&
              (lex_.org_nouns.contains(folded(e)) || folded(e) == "party")) {
            named = true;
            org += " ";
            org += text(e);
            ++e;
          }
          if (named) {
            past.org = org;
            consumed = std::max(consumed, e);
          }
        }
      }
    }
    // "Mulrooney joins from Kettleby Town", "Ines Roper runs the Harbour Workers' Union": the
    // verb right after the name names the person's organisation, as in a relative clause.
    if (!possessed && !app.found() && !past.found() && past.org.empty() &&
        name_to + 1 < toks.size() && toks[name_to].kind == TokenKind::word &&
        (toks[name_to].shape & kAllLower) && !in(lex_.speech_verbs, name_to) &&
        !function_word_after_name(doc_.folded(toks[name_to])))
      if (Role c = clause_org(name_to); !c.org.empty() && c.modifiers.empty()) past.org = c.org;
    if (!possessed && party.empty() && name_to < toks.size() && text(name_to) == "(") {
      std::size_t tag_end = 0;
      party = rr.party_tag(name_to, tag_end);
    }
    // ", aged 58"
    if (!age && name_to + 2 < toks.size() && text(name_to) == "," &&
        folded(name_to + 1) == "aged") {
      int a = 0;
      if (age_value(text(name_to + 2), a)) {
        age = a;
        age_span = toks[name_to + 2].span;
      }
    }
    bool speech = (name_to < toks.size() && in(lex_.speech_verbs, name_to)) ||
                  (name_from > 0 && in(lex_.speech_verbs, name_from - 1));
    bool given_known =
        !given.empty() && in(lex_.given_names, parts.front()) && !is_all_upper(given);
    bool has_particle = false;
    for (std::size_t k = name_from; k < name_to; ++k) has_particle |= in(lex_.name_particles, k);
    bool titled = pre.found() || pre_comma.found();
    bool strong = titled || pre.honorific || app.found() || !party.empty() || age > 0 ||
                  past.found() || !past.org.empty();
    // --- is it a person? -------------------------------------------------------------------
    // "Corran Valley Coaches", "Eastbrook Parents Coalition", "Gordon Advisers": a capitalised
    // run ending in an organisation noun or a plural common noun names an organisation.
    {
      std::string_view lastf = folded(parts.back());
      std::string buf;
      std::string_view lastlemma = lemmas(lastf);
      bool common = in(lex_.dictionary, parts.back());
      bool org_like =
          (common && (lex_.org_nouns.contains(lastf) || lex_.org_nouns.contains(lastlemma))) ||
          (common && parts.size() >= 2 && lex_.place_nouns.contains(lastf) && !strong && !speech) ||
          (parts.size() >= 2 && lastf.size() > 3 && lastf.back() == 's' &&
           in(lex_.dictionary, parts.back()) && lastlemma != lastf);
      if (org_like && !pre.honorific && !age) {
        i = b;
        continue;
      }
    }
    std::string family_key = name_key(family);
    family_key.erase(std::remove(family_key.begin(), family_key.end(), '-'), family_key.end());
    // "Sokol’s daughter, Irina Sokol": a relative of a namesake is not who "Sokol" alone means.
    bool relative = false;
    for (const Role* r : {&pre, &pre_comma, &app}) {
      if (!r->found() || !lex_.non_office_nouns.contains(r->head_word)) continue;
      // Whose relative: a possessive ("Sokol’s daughter", "the new manager’s brother") or a
      // pronoun ("His brother, Ciarán Mulrooney").
      std::string_view det =
          r->begin > 0 && r->begin <= toks.size() ? folded(r->begin - 1) : std::string_view();
      if (r == &app && r->begin < toks.size()) det = folded(r->begin);
      bool owned = !r->org.empty() || det == "his" || det == "her" || det == "their" ||
                   (r == &app && r->definite);
      if (!owned) continue;
      std::string owner = name_key(r->org);
      owner.erase(std::remove(owner.begin(), owner.end(), '-'), owner.end());
      relative |= owner == family_key; // "Sokol’s daughter, Irina Sokol"
      std::string own_key = family_key + " " + name_key(given);
      relative |= std::any_of(families_.begin(), families_.end(), [&](const auto& kv) {
        return kv.first == family_key && kv.second.key != own_key;
      });
    }
    // The person a family name alone stands for: a full name of the draft, not a relative's.
    // "Saudi Arabia", "South Korean", "New York": a place or a kind of people, no person
    if (!pre.honorific && !titled && name_to - name_from <= 5) {
      std::string run_text; // the run folded, from the tokens' folded forms
      for (std::size_t k = name_from; k < name_to; ++k) {
        if (k > name_from && toks[k].span.begin > toks[k - 1].span.end) run_text += ' ';
        run_text += folded(k);
      }
      // ... and their plurals: "North Koreans", "Americans"
      bool plural =
          run_text.size() > 3 && run_text.back() == 's' &&
          lex_.not_people.contains(std::string_view(run_text).substr(0, run_text.size() - 1));
      if (lex_.not_people.contains(run_text) || plural) {
        i = b;
        continue;
      }
      // "Orrin County", "Kestrel City", "Harlan District": a name ending in an administrative
      // unit's noun (a closed class, and no family name) is a place.

      if (name_to - name_from >= 2 && is_admin_unit(folded(name_to - 1))) {
        i = b;
        continue;
      }
    }
    auto known_family = [&](const std::string& f) {
      auto it = std::find_if(families_.begin(), families_.end(),
                             [&](const auto& kv) { return kv.first == f && !kv.second.relative; });
      return it;
    };
    // A title before capitalised common words is a heading or a name of a thing ("Official
    // Internet Representation"), not a person: the name must start with a given name, or be a
    // word the dictionary does not know, or a family name already seen.
    if (titled || pre.honorific) {
      bool plausible = given_known || known_family(family_key) != families_.end();
      for (std::size_t k : parts)
        if (!lex_.dictionary.contains(folded(k))) plausible = true;
      if (!plausible) {
        i = b;
        continue;
      }
    }
    // "Three NATO members", "Five Premier League clubs": a number word starts a count, no name.
    if (parts.size() >= 2 && is_number_word(text(parts.front()))) {
      i = b;
      continue;
    }
    std::string mention;
    std::string key;
    bool speech_only = false;
    if (parts.size() >= 2) {
      // "Christian Therapists": two ordinary words are no name, even after a given name.
      bool common_pair = parts.size() == 2 && in(lex_.dictionary, parts[0]) &&
                         in(lex_.dictionary, parts[1]) && !given_known && !strong;
      if (common_pair) {
        i = b;
        continue;
      }
      // A name with nothing around it that says it is a person's is only a candidate: the
      // corpus stage keeps it when another draft of the story names that person.
      mention = !(strong || speech || given_known || has_particle) ? "candidate"
                : titled                                           ? "title"
                : (app.found() || past.found())                    ? "apposition"
                                                                   : "full";
    } else {
      auto it = known_family(family_key);
      if (it != families_.end()) {
        key = it->second.key;
        mention = titled ? "title" : "family-name";
      } else if ((strong && !in(lex_.dictionary, parts.front())) || (titled && !given_known)) {
        mention = titled ? "title" : "family-name";
      } else if (speech && !in(lex_.dictionary, parts.front()) &&
                 !lex_.not_people.contains(folded(parts.front())) &&
                 !is_calendar_word(folded(parts.front()))) {
        // "said Ngata", "Ngata told": a person (or an organisation: "Reuters said") when the
        // story or the draft names them in full
        mention = "candidate";
        speech_only = !is_all_upper(text(parts.front()));
      } else if (heading && !in(lex_.dictionary, parts.front()) &&
                 !lex_.dictionary.contains(std::string(folded(parts.front())))) {
        mention = "candidate"; // "Desrosier Wins" in a headline: a person if the story has one
      } else {
        i = b;
        continue;
      }
    }
    if (key.empty()) key = family_key + (given.empty() ? "" : " " + name_key(given));
    if (mention != "candidate" && !given.empty() && known_family(family_key) == families_.end() &&
        std::none_of(families_.begin(), families_.end(), [&](const auto& kv) {
          return kv.first == family_key && kv.second.key == key;
        }))
      families_.push_back({family_key, Known{key, std::string(), relative}});
    floor = std::max(consumed, b);
    // --- the claim -------------------------------------------------------------------------
    Claim c;
    c.kind = ClaimKind::person;
    c.mention = mention;
    c.key = key;
    c.kin = relative;
    Span name_span = span_of(name_from, name_to);
    std::string written(doc_.text(name_span));
    for (std::string_view suffix : {"\xE2\x80\x99s", "'s"})
      if (written.ends_with(suffix)) {
        written.resize(written.size() - suffix.size());
        name_span.end -= static_cast<std::uint32_t>(suffix.size());
      }
    // A name broken across a line ("Marta\nLindqvist") is one name with one space.
    if (std::any_of(written.begin(), written.end(),
                    [](char ch) { return ch == '\r' || ch == '\n' || ch == '\t'; })) {
      std::string joined;
      for (char ch : written) {
        bool space = ch == ' ' || ch == '\r' || ch == '\n' || ch == '\t';
        if (!space)
          joined += ch;
        else if (joined.empty() || joined.back() != ' ')
          joined += ' ';
      }
      written = std::move(joined);
    }
    c.name = written;
    const Role& role = pre.found() ? pre : pre_comma.found() ? pre_comma : app.found() ? app : past;
    if (role.found()) {
      c.title = role.title;
      c.head = role.head_word;
      c.kinds = role.kinds;
      c.modifiers = role.modifiers;
      c.office = role.office;
      c.until = role.until;
    }
    c.affiliation = !pre.affiliation.empty() ? pre.affiliation : role.affiliation;
    for (const Role* r : {&pre, &pre_comma, &app, &past})
      if (c.org.empty() && !r->org.empty() && r->modifiers.empty()) c.org = r->org;
    // "a spokesman of Saudi Arabia's religious police": a country or a place says where, not
    // which organisation (a place is nobody's employer to compare).
    if (!c.org.empty()) {
      std::string place = name_key(c.org.str());
      for (std::string_view s : {"'s", "\xE2\x80\x99s"})
        if (place.ends_with(s)) place.resize(place.size() - s.size());
      // (a common word that also names a place, "Union", is the organisation's name)
      if (lex_.not_people.contains(place) && !lex_.dictionary.contains(place)) c.org.clear();
      // "a resident of Bukit Sama village", "central Aceh district resident": a place.
      else if (std::size_t sp = place.rfind(' ');
               sp != std::string::npos && is_admin_unit(std::string_view(place).substr(sp + 1)))
        c.org.clear();
      // "a spokesman for Speaker John A. Boehner", "Mr. Mitchell's deputy", "Nixon's aide": a
      // person whose aide someone is (the title says so), not an employer.
      else if (org_is_person(c.org.str()))
        c.org.clear();
    }
    // "during President Barack Obama's administration": an office named for its time.
    if (c.office && name_to + 1 < toks.size() &&
        (text(name_to) == "'s" || text(name_to) == "\xE2\x80\x99s" ||
         ends_possessive(text(name_to - 1)))) {
      std::size_t n = ends_possessive(text(name_to - 1)) ? name_to : name_to + 1;
      static const StaticWords kEra = {
          "administration", "term", "presidency", "tenure", "era", "years", "government", "reign"};
      if (n < toks.size() && kEra.contains(folded(n))) c.modifiers.push_back("then");
    }
    c.span = pre.found() ? Span{toks[pre.begin].span.begin, name_span.end} : name_span;
    if (c.office && c.modifiers.empty() && historical_mention(sen, c.span))
      c.modifiers.push_back("then");
    c.party = !party.empty() ? party : !pre.party.empty() ? pre.party : role.party;
    if (c.office && !c.head.empty() && role.modifiers.empty())
      heads_.push_back({c.head.str(), c.key.str()});
    std::string person_key = c.key;
    last_person_ = add(sen, std::move(c));
    if (speech_only) speech_candidates_.push_back(last_person_);
    if (age > 0) {
      Claim a;
      a.kind = ClaimKind::age;
      a.amount = age;
      a.span = age_span;
      a.subject = person_key;
      add(sen, std::move(a));
    }
    i = b;
  }
}

// Does an organisation read with a role name a person: a courtesy title or an office before
// capitalised words ("Mr. Mitchell", "Speaker John A. Boehner"), or the family name of a person
// the draft has named ("Nixon")?
bool Extractor::org_is_person(std::string_view org) const {
  std::size_t sp = org.find(' ');
  if (sp == std::string_view::npos) {
    std::string f = name_key(org);
    for (std::string_view s : {"'s", "\xE2\x80\x99s"})
      if (f.ends_with(s)) f.resize(f.size() - s.size());
    return std::any_of(families_.begin(), families_.end(),
                       [&](const auto& kv) { return kv.first == f; });
  }
  std::string first = fold_case(org.substr(0, sp));
  std::string bare = first.ends_with('.') ? first.substr(0, first.size() - 1) : first;
  std::string_view rest = org.substr(sp + 1);
  if (rest.empty() || !std::isupper(static_cast<unsigned char>(rest[0]))) return false;
  if (lex_.honorifics.contains(first) || lex_.honorifics.contains(bare)) return true;
  // An office before a name: the last word is no common word ("General Motors" is a company).
  bool office = lex_.office_nouns.contains(bare) ||
                lex_.title_abbreviations.find(bare) != lex_.title_abbreviations.end();
  std::size_t last = org.rfind(' ');
  return office && !lex_.dictionary.contains(fold_case(org.substr(last + 1)));
}

// A title that says what someone was, not what they are: inside a quotation (the speaker's
// words, often from another time), after "under", "during", "when", "before" or "after" ("under
// President Obama", "when Senator Lieberman voted"), or in a sentence about an earlier year
// ("President Obama helped negotiate the agreement in 2015" in a 2017 draft).
bool Extractor::historical_mention(const Sentence& sen, Span title) const {
  std::string_view s = doc_.text(sen.span);
  std::size_t at = title.begin - sen.span.begin;
  if (inside_quotation(s, at)) return true;
  std::size_t p = at;
  while (p > 0 && s[p - 1] == ' ') --p;
  std::size_t b = p;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  std::string before = fold_case(s.substr(b, p - b));
  if (before == "under" || before == "during" || before == "when" || before == "before" ||
      before == "after")
    return true;
  std::optional<Date> ref = doc_.source().reference_date();
  if (!ref) return false;
  // The clause around the title: from the last comma before it to the first one after it.
  std::size_t clause_begin = s.find_last_of(",;:", at);
  clause_begin = clause_begin == std::string_view::npos ? 0 : clause_begin + 1;
  std::size_t end_at = title.end - sen.span.begin;
  std::size_t clause_end = std::min(s.find_first_of(",;:", end_at), s.size());
  std::string_view clause = s.substr(clause_begin, clause_end - clause_begin);
  for (std::size_t i = clause.find("in "); i != std::string_view::npos;
       i = clause.find("in ", i + 1)) {
    if (i > 0 && std::isalpha(static_cast<unsigned char>(clause[i - 1]))) continue;
    std::string_view y = clause.substr(i + 3, 5);
    if (y.size() < 4 ||
        !std::all_of(y.begin(), y.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; }))
      continue;
    if (y.size() == 5 && std::isalnum(static_cast<unsigned char>(y[4]))) continue;
    int year = (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
    if (year >= 1900 && year < ref->year) return true;
  }
  return false;
}

void Extractor::attributions(const Sentence& sen) {
  LemmaCache& lemmas = LemmaCache::for_thread(lex_);
  auto toks = doc_.tokens_of(sen);
  std::uint32_t si = sentence_index(sen);
  // Person claims of this sentence, by token position.
  auto person_ending_at = [&](std::uint32_t end) -> const Claim* {
    for (const Claim& c : claims_of_sentences(si, si))
      if (c.kind == ClaimKind::person && c.span.end == end) return &c;
    return nullptr;
  };
  auto person_starting_at = [&](std::uint32_t begin) -> const Claim* {
    for (const Claim& c : claims_of_sentences(si, si))
      if (c.kind == ClaimKind::person &&
          (c.span.begin == begin || doc_.text({begin, c.span.end}) == c.name))
        return &c;
    return nullptr;
  };
  // The quotation in the sentence, if any.
  Span quote{};
  std::string_view s = doc_.text(sen.span);
  std::size_t qo = s.find("\xE2\x80\x9C");
  std::size_t qc =
      qo == std::string_view::npos ? std::string_view::npos : s.find("\xE2\x80\x9D", qo + 3);
  if (qo != std::string_view::npos && qc != std::string_view::npos)
    quote = {sen.span.begin + static_cast<std::uint32_t>(qo),
             sen.span.begin + static_cast<std::uint32_t>(qc + 3)};
  else if (std::size_t a = s.find('"'); a != std::string_view::npos) {
    std::size_t b = s.find('"', a + 1);
    if (b != std::string_view::npos)
      quote = {sen.span.begin + static_cast<std::uint32_t>(a),
               sen.span.begin + static_cast<std::uint32_t>(b + 1)};
  }
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].kind != TokenKind::word) continue;
    std::string_view verb = doc_.folded(toks[k]);
    if (!lex_.speech_verbs.contains(doc_, toks[k])) continue;
    Claim c;
    c.kind = ClaimKind::attribution;
    c.verb = verb;
    c.quote = quote;
    const Claim* speaker = nullptr;
    Span speaker_span{};
    if (k > 0) {
      std::string_view before = doc_.folded(toks[k - 1]);
      if (before == "he" || before == "she") {
        // Only when unambiguous: one person in this sentence and the one before.
        std::string only;
        bool ambiguous = false;
        for (const Claim& p : claims_of_sentences(si ? si - 1 : 0, si))
          if (p.kind == ClaimKind::person) {
            if (only.empty())
              only = p.key;
            else if (p.key != only)
              ambiguous = true;
          }
        if (only.empty() && last_person_ >= 0)
          only = claims_[static_cast<std::size_t>(last_person_)].key;
        if (!ambiguous) c.speaker = only;
        speaker_span = toks[k - 1].span;
      } else if ((speaker = person_ending_at(toks[k - 1].span.end))) {
        speaker_span = speaker->span;
      }
    }
    // "Fox told Fusion's Jorge Ramos", "urged Mayor Lee": the person after these verbs is the
    // one spoken to, never the speaker.
    bool listener_after =
        verb == "told" || verb == "tells" || verb == "tell" || verb == "urged" || verb == "urges";
    if (!speaker && speaker_span.end == 0 && k + 1 < toks.size() && !listener_after) {
      // "said Dr. Tobias Renner": over a courtesy title to the name
      std::size_t n = k + 1;
      if (lex_.honorifics.contains(doc_, toks[n]) && n + 1 < toks.size()) {
        ++n;
        if (n + 1 < toks.size() && doc_.text(toks[n].span) == ".") ++n;
      }
      if ((speaker = person_starting_at(toks[n].span.begin))) {
        // The name ends the clause ("said Ngata.", "said Ngata, a tenant", "said Ngata on
        // Monday"); "They say Manson plans to…" or "said ABC Entertainment Group president
        // Paul Lee" name someone else or more than the name.
        std::size_t after = n;
        while (after < toks.size() && toks[after].span.begin < speaker->span.end) ++after;
        bool ends = after >= toks.size() || toks[after].kind != TokenKind::word ||
                    is_function_word(doc_.folded(toks[after]));
        if (ends)
          speaker_span = speaker->span;
        else
          speaker = nullptr;
      }
    }
    // "The sheriff said": the one person of the draft with that title.
    if (!speaker && speaker_span.end == 0 && k >= 2 && toks[k - 1].kind == TokenKind::word &&
        (doc_.folded(toks[k - 2]) == "the")) {
      std::string buf;
      std::string_view head = lemmas(doc_.folded(toks[k - 1]));
      if (std::string_view same = lex_.role_synonyms.find(head); !same.empty()) head = same;
      if (int who = person_with_head(head); who >= 0) {
        c.speaker = claims_[static_cast<std::size_t>(who)].key;
        speaker_span = {toks[k - 2].span.begin, toks[k - 1].span.end};
      }
    }
    // "Nadia Olufemi, who founded the group, told the board:": the person whose relative
    // clause or apposition ends right before the verb.
    bool clause = false;
    if (!speaker && speaker_span.end == 0 && k > 0 && doc_.text(toks[k - 1].span) == ",")
      for (const Claim& p : claims_of_sentences(si, si)) {
        if (p.kind != ClaimKind::person || p.mention == "candidate" ||
            p.span.end > toks[k].span.begin)
          continue;
        std::string_view between = doc_.text({p.span.end, toks[k].span.begin});
        if ((between.starts_with(", who ") || between.starts_with(", whose ")) &&
            between.find('"') == std::string_view::npos &&
            between.find("\xE2\x80\x9C") == std::string_view::npos) {
          speaker = &p;
          speaker_span = p.span;
          clause = true;
        } else if (p.mention == "apposition" && between.starts_with(", ") && between.size() < 100 &&
                   between.find('"') == std::string_view::npos &&
                   between.find("\xE2\x80\x9C") == std::string_view::npos) {
          // "Tim Cook, Apple's chief executive, said": the name and its role
          speaker = &p;
          speaker_span = {p.span.begin, toks[k - 1].span.end};
        }
      }
    if (speaker) c.speaker = speaker->key;
    if (c.speaker.empty() && speaker_span.end == 0) continue;
    // How the speaker was found: a name next to the verb ("direct"), a relative clause
    // ("clause"), a title ("role") or a pronoun ("pronoun"). Only direct attributions make a
    // tie (claims/attribution-conflict).
    c.mention = speaker && !clause ? "direct"
                : clause           ? "clause"
                : !c.speaker.empty() && k > 0 &&
                        (doc_.folded(toks[k - 1]) == "he" || doc_.folded(toks[k - 1]) == "she")
                    ? "pronoun"
                    : "role";
    Span vs = toks[k].span;
    c.span = {std::min(vs.begin, speaker_span.end ? speaker_span.begin : vs.begin),
              std::max(vs.end, speaker_span.end)};
    add(sen, std::move(c));
  }
}

} // namespace claimlint::claims
