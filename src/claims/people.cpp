// Person and attribution claims.
//
// A person mention is a run of capitalised words (with particles such as "von der" and
// initials) that either follows a title from rules/lists/titles.txt — itself possibly preceded
// by modifiers ("former", "acting", "then-") and an affiliation ("U.S.", "German") — or starts
// with a given name, or is followed by an apposition (", the union leader,"). A single
// capitalised word that is the family name of a full mention in the same document is a
// reference to that person. Courtesy titles ("Mr.") are part of how a name is written, not an
// office.
//
// An attribution is a speech verb next to a speaker: "Hegseth asserted", "he noted", "“…,”
// Zelenskyy declared", "said Hegseth". Pronouns resolve to the last person mentioned.
#include "claims/extract.hpp"

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

bool is_function_word(std::string_view w) {
  static const char* kWords[] = {"and",  "or",   "of",  "the",  "a",    "an",   "who",   "which",
                                 "that", "was",  "is",  "has",  "had",  "will", "would", "met",
                                 "to",   "in",   "on",  "at",   "for",  "with", "as",    "but",
                                 "also", "then", "not", "said", "says", "told"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

} // namespace

void Extractor::people(const Sentence& sen) {
  auto toks = doc_.tokens_of(sen);
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
  // Does tokens [t, k) spell exactly one title? Returns the title id or -1.
  auto title_at = [&](std::size_t t, std::size_t k) {
    return lex_.titles.match_exact(doc_, toks.subspan(t, k - t));
  };
  std::size_t i = 0;
  while (i < toks.size()) {
    // A sentence-initial article is not part of a name ("A Pelosi aide said").
    bool article = text(i) == "A" || text(i) == "An" || text(i) == "The";
    if (!is_cap_word(i) || article || doc_.in_verbatim(toks[i].span.begin)) {
      ++i;
      continue;
    }
    // The run of capitalised words, particles and initials.
    std::size_t b = i + 1;
    while (b < toks.size()) {
      if (is_cap_word(b) && toks[b].span.begin > toks[b - 1].span.end) {
        ++b;
        continue;
      }
      // A possessive ends the name: "Mansouri's FATHER".
      {
        std::string_view prev = text(b - 1);
        if (prev.ends_with("'s") || prev.ends_with("\xE2\x80\x99s")) break;
      }
      // "al-Baghdadi", "Al-Baghdadi": a hyphenated name part.
      if (toks[b].kind != TokenKind::word && text(b) == "-" &&
          toks[b].span.begin == toks[b - 1].span.end && b + 1 < toks.size() &&
          toks[b + 1].span.begin == toks[b].span.end && is_cap_word(b + 1)) {
        b += 2;
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
      // "Volodymyr zelenskyy": a lower-case family name after a given name.
      if (in(lex_.given_names, b - 1) && toks[b].kind == TokenKind::word && starts_lower(text(b)) &&
          !is_function_word(folded(b)) && !in(lex_.speech_verbs, b) && text(b).size() > 3 &&
          !lex_.dictionary.contains(folded(b)) &&
          (b + 1 >= toks.size() || toks[b + 1].kind != TokenKind::word ||
           is_function_word(folded(b + 1)) || in(lex_.speech_verbs, b + 1))) {
        ++b;
        continue;
      }
      break;
    }
    // A run of one word names no one in full: the first pass has nothing to learn from it.
    if (learning_names_ && b - i < 2) {
      i = b;
      continue;
    }
    // Split the run into title words and the name: the longest title ending inside the run,
    // which may start before the run ("former U.S. envoy Steve Witkoff").
    int title_id = -1;
    std::size_t name_from = i, title_from = i;
    for (std::size_t k = i; k < b && title_id < 0; ++k) {
      if (k == b) break;
      for (std::size_t t = (k >= 6 ? k - 6 : 0); t < k; ++t) {
        if (t < i && toks[t].kind != TokenKind::word && text(t) != "-") continue;
        int id = title_at(t, k);
        if (id >= 0) {
          title_id = id;
          name_from = k;
          title_from = t;
          break;
        }
      }
    }
    if (title_id >= 0 && name_from >= b) title_id = -1;
    // A title before capitalised common words is a heading or a name of a thing ("Official
    // Internet Representation"), not a person: the name must start with a given name, or be a
    // word the dictionary does not know, or a family name already seen.
    if (title_id >= 0) {
      bool plausible = in(lex_.given_names, name_from) && !is_all_upper(text(name_from));
      for (std::size_t k = name_from; k < b && !plausible; ++k)
        if (toks[k].kind == TokenKind::word && !lex_.dictionary.contains(folded(k)))
          plausible = true;
      std::string last = name_key(text(b - 1));
      for (std::string_view suffix : {"\xE2\x80\x99s", "'s"})
        if (last.ends_with(suffix)) last.resize(last.size() - suffix.size());
      if (std::any_of(families_.begin(), families_.end(),
                      [&](const auto& kv) { return kv.first == last; }))
        plausible = true;
      if (!plausible) {
        i = b;
        continue;
      }
    }
    std::size_t name_to = b;
    // Drop a possessive "’s" that ended up in the last name token's text? The tokenizer keeps
    // "Trump’s" as one word; the name is written without it.
    Claim c;
    c.kind = ClaimKind::person;
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
    // The name's words, as token indexes (a buffer kept across runs: most sentences have some).
    std::vector<std::size_t>& parts = name_parts_;
    parts.clear();
    for (std::size_t k = name_from; k < name_to; ++k)
      if (toks[k].kind == TokenKind::word && !in(lex_.name_particles, k) && text(k).size() > 1)
        parts.push_back(k);
    // "Gordon Advisers", "Smith Partners": a plural common noun ends a company's name.
    if (parts.size() >= 2) {
      std::string_view last = folded(parts.back());
      if (last.size() > 3 && last.back() == 's' && in(lex_.dictionary, parts.back())) {
        i = b;
        continue;
      }
    }
    if (parts.empty() || (learning_names_ && parts.size() < 2)) {
      i = b;
      continue;
    }
    std::string family(text(parts.back()));
    for (std::string_view suffix : {"\xE2\x80\x99s", "'s"})
      if (family.ends_with(suffix)) family.resize(family.size() - suffix.size());
    std::string given(parts.size() >= 2 ? text(parts.front()) : std::string_view());
    Span name_span{toks[name_from].span.begin, toks[name_to - 1].span.end};
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
    if (title_id >= 0) {
      c.title = lex_.title_forms[static_cast<std::size_t>(title_id)];
      c.mention = "title";
      // Affiliation and modifiers before the title.
      std::size_t t = title_from;
      while (t > 0) {
        std::size_t k = t - 1;
        if (text(k) == "-" && k > 0) {
          if (in(lex_.modifiers, k - 1)) {
            c.modifiers.insert(c.modifiers.begin(), std::string(folded(k - 1)));
            t = k - 1;
            continue;
          }
          break;
        }
        std::string_view f = folded(k);
        if (lex_.affiliations.contains(f) && c.affiliation.empty()) {
          c.affiliation = std::string(text(k));
          t = k;
          continue;
        }
        if (lex_.modifiers.contains(f)) {
          c.modifiers.insert(c.modifiers.begin(), std::string(f));
          t = k;
          continue;
        }
        break;
      }
      // "Deputy Mayor": a modifier written as part of the title.
      if (!c.title.empty()) {
        std::size_t space = c.title.find(' ');
        if (space != std::string::npos && lex_.modifiers.contains(c.title.substr(0, space))) {
          c.modifiers.push_back(c.title.substr(0, space));
          c.title = c.title.substr(space + 1);
        }
      }
      c.span = {toks[t].span.begin, name_span.end};
    } else {
      c.span = name_span;
      bool given_known =
          !given.empty() && lex_.given_names.contains(fold_case(given)) && !is_all_upper(given);
      bool has_particle = false;
      for (std::size_t k = name_from; k < name_to; ++k) has_particle |= in(lex_.name_particles, k);
      // Modifiers, an affiliation and a title from token t on ("the [former] [U.S.] envoy").
      auto role_at = [&](std::size_t t, std::vector<std::string>& mods, std::string& aff,
                         std::size_t& title_end) -> int {
        while (t < toks.size() && (in(lex_.modifiers, t) || in(lex_.affiliations, t))) {
          if (in(lex_.modifiers, t))
            mods.emplace_back(folded(t));
          else
            aff = std::string(text(t));
          ++t;
        }
        for (std::size_t k = std::min(toks.size(), t + 4); k > t; --k)
          if (int id = title_at(t, k); id >= 0) {
            title_end = k;
            return id;
          }
        return -1;
      };
      // Apposition: "Pieter Jansen, the union leader,".
      if (name_to + 2 < toks.size() && text(name_to) == "," &&
          (folded(name_to + 1) == "the" || folded(name_to + 1) == "a" ||
           folded(name_to + 1) == "an")) {
        std::vector<std::string> mods;
        std::string aff;
        std::size_t title_end = 0;
        if (int id = role_at(name_to + 2, mods, aff, title_end); id >= 0) {
          c.title = lex_.title_forms[static_cast<std::size_t>(id)];
          c.modifiers = mods;
          c.affiliation = aff;
          c.mention = "apposition";
        }
      }
      // A relative clause: "Kees Berg, who was mayor until 2019," — a title in the past tense
      // ("was", "served as") is a former one, unless the clause ends it after the draft's date
      // ("who is mayor until 2027" is current; so is "who has been mayor since 2021").
      if (c.mention.empty() && name_to + 3 < toks.size() && text(name_to) == "," &&
          folded(name_to + 1) == "who") {
        std::size_t t = name_to + 2;
        std::string_view verb = folded(t);
        bool past = verb == "was" || verb == "served";
        bool present = verb == "is" || verb == "has" || verb == "serves";
        if (past || present) {
          ++t;
          if (t < toks.size() && (folded(t) == "as" || folded(t) == "been")) ++t;
          if (t < toks.size() && (folded(t) == "the" || folded(t) == "a" || folded(t) == "an")) ++t;
          std::vector<std::string> mods;
          std::string aff;
          std::size_t title_end = 0;
          if (int id = role_at(t, mods, aff, title_end); id >= 0) {
            int until = 0;
            if (title_end + 1 < toks.size() && folded(title_end) == "until" &&
                toks[title_end + 1].kind == TokenKind::number && text(title_end + 1).size() == 4)
              until = std::atoi(std::string(text(title_end + 1)).c_str());
            std::optional<Date> ref = doc_.source().reference_date();
            bool ended = past && !(until && ref && until >= ref->year);
            if (ended && std::find(mods.begin(), mods.end(), "former") == mods.end())
              mods.insert(mods.begin(), "former");
            c.title = lex_.title_forms[static_cast<std::size_t>(id)];
            c.modifiers = mods;
            c.affiliation = aff;
            c.mention = "apposition";
          }
        }
      }
      if (c.mention.empty()) {
        // "Christian Therapists": two ordinary words are no name, even after a given name.
        bool common_pair =
            parts.size() == 2 && in(lex_.dictionary, parts[0]) && in(lex_.dictionary, parts[1]);
        if (parts.size() >= 2 && (given_known || has_particle) && !common_pair)
          c.mention = "full";
        else if (parts.size() == 1) {
          // A family-name reference to a full mention of this document.
          std::string f = name_key(family);
          auto it = std::find_if(families_.begin(), families_.end(),
                                 [&](const auto& kv) { return kv.first == f; });
          if (it == families_.end()) {
            i = b;
            continue;
          }
          c.mention = "family-name";
          c.key = it->second.key;
        } else {
          i = b;
          continue;
        }
      }
    }
    if (c.key.empty() && given.empty()) {
      // "President Trump", "Chancellor Merz": a titled family name of a known person.
      std::string f = name_key(family);
      auto it = std::find_if(families_.begin(), families_.end(),
                             [&](const auto& kv) { return kv.first == f; });
      if (it != families_.end()) c.key = it->second.key;
    }
    if (c.key.empty()) c.key = name_key(family) + (given.empty() ? "" : " " + name_key(given));
    if (!given.empty()) {
      std::string f = name_key(family);
      if (std::none_of(families_.begin(), families_.end(),
                       [&](const auto& kv) { return kv.first == f; }))
        families_.push_back({f, Known{c.key, c.name}});
    }
    if (!learning_names_) last_person_ = add(sen, std::move(c));
    i = b;
  }
}

void Extractor::attributions(const Sentence& sen) {
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
    if (!speaker && speaker_span.end == 0 && k + 1 < toks.size()) {
      if ((speaker = person_starting_at(toks[k + 1].span.begin))) speaker_span = speaker->span;
    }
    if (speaker) c.speaker = speaker->key;
    if (c.speaker.empty() && speaker_span.end == 0) continue;
    Span vs = toks[k].span;
    c.span = {std::min(vs.begin, speaker_span.begin ? speaker_span.begin : vs.begin),
              std::max(vs.end, speaker_span.end)};
    add(sen, std::move(c));
  }
}

} // namespace claimlint::claims
