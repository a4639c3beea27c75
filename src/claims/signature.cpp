// Claim signatures: what a figure, date or duration is about, read from its clause, so claims
// of different drafts can be aligned by what they say rather than by lists of subjects.
//
// The clause of a claim is the run of tokens around it up to a clause boundary (a comma,
// semicolon, colon, dash or bracket, and on either side a coordinating "and"/"but" that starts
// another clause), at most eight tokens each way. From it:
//   - `verb`: the lemma of the nearest verb form (an -ed or -ing form, an irregular form, or a
//     base form after "to" or a modal), before the claim if there is one, else after it
//     ("killing 12 people" -> kill, "21 people were killed" -> kill, "founded in 1987" -> found);
//   - `context`: the concepts of its content words ("rolled about 40 feet down an embankment
//     into the Tamsin Gorge" -> roll, embankment, tamsin, gorge, down; "killed" and "deaths"
//     both -> die: rules/lists/concepts.txt, derived from WordNet);
//   - `entities`: the capitalised words of the whole sentence, folded ("tamsin", "gorge").
// The counted noun (`noun`) is read by the quantity grammar. Lemmas come from
// ClaimLexicon::lemma (WordNet's inflections and verbs).
#include "claims/extract.hpp"

#include "util/static_words.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace claimlint::claims {

namespace {

// Words that say nothing about what a figure measures.
bool is_filler(std::string_view f) {
  static const StaticWords kWords = {
      "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
      "as", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
      "who", "whom", "whose", "which", "was", "is", "are", "were", "be", "been", "being", "has",
      "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do",
      "does", "did", "not", "but", "than", "more", "less", "about", "least", "most", "nearly",
      "almost", "around", "roughly", "some", "it", "they", "he", "she", "we", "i", "you", "them",
      "him", "us", "said", "says", "say", "told", "according", "also", "just", "only", "up", "over",
      "under", "per", "percent", "million", "billion", "trillion", "thousand", "hundred", "cent",
      "there", "then", "so", "very", "all", "into", "onto", "upon", "across", "through", "toward",
      "towards", "against", "among", "between", "behind",
      // time relations: a date's modifier, not what it is about
      "since", "until", "till", "after", "before", "during", "ago"};
  return kWords.contains(f);
}

std::string_view without_possessive(std::string_view w) {
  for (std::string_view s : {"\xE2\x80\x99s", "'s"})
    if (w.ends_with(s)) return w.substr(0, w.size() - s.size());
  return w;
}

bool is_modal(std::string_view f) {
  return f == "to" || f == "will" || f == "would" || f == "could" || f == "can" || f == "may" ||
         f == "might" || f == "should" || f == "must" || f == "did" || f == "does" || f == "do";
}

} // namespace

void Extractor::table_context(const Sentence& sen, std::vector<Atom>& words) const {
  const Block& block = doc_.blocks[sen.block];
  const auto cell = static_cast<std::uint32_t>(sen.cell);
  for (std::uint32_t r = block.first_row; r < block.first_row + block.row_count; ++r) {
    const TableRow& row = doc_.rows[r];
    if (cell < row.first_cell || cell >= row.first_cell + row.cell_count) continue;
    std::uint32_t column = cell - row.first_cell;
    std::vector<Span> labels;
    if (column > 0) labels.push_back(doc_.cells[row.first_cell].span);
    const TableRow& head = doc_.rows[block.first_row];
    if (block.delimiter_row == 1 && r != block.first_row && column < head.cell_count)
      labels.push_back(doc_.cells[head.first_cell + column].span);
    for (Span label : labels) add_label_words(doc_.text(label), words);
    break;
  }
}

// A label's words, through the same concepts as a clause's.
void Extractor::add_label_words(std::string_view t, std::vector<Atom>& words) const {
  LemmaCache& lemmas = LemmaCache::for_thread(lex_);
  std::size_t p = 0;
  while (p < t.size()) {
    while (p < t.size() && !std::isalpha(static_cast<unsigned char>(t[p]))) ++p;
    std::size_t b = p;
    // (a hyphen parts words as the tokenizer does: "Swearing-in" gives swear's concept)
    while (p < t.size() && std::isalpha(static_cast<unsigned char>(t[p]))) ++p;
    std::string f = fold_case(t.substr(b, p - b));
    if (f.size() < 2 || is_filler(f)) continue;
    if (const Atom& idea = lemmas.concept_of(f); !idea.empty()) words.push_back(idea);
  }
}

// A block that opens with a short label and a colon ("- Swearing-in: Desrosiers will take
// office on Friday, Jan. 2", "Turnout: 41.3%", "Contract: a two-and-a-half-year deal") is about
// what the label names: the label's words are context for every claim after the colon.
void Extractor::label_context(const Sentence& sen, std::uint32_t claim_begin,
                              std::vector<Atom>& words) const {
  const Block& block = doc_.blocks[sen.block];
  if (block.kind == BlockKind::table) return;
  std::string_view t = doc_.text(block.content);
  std::size_t colon = t.substr(0, 48).find(':');
  if (colon == std::string_view::npos || colon == 0 || block.content.begin + colon >= claim_begin)
    return;
  std::string_view label = t.substr(0, colon);
  int spaces = 0;
  for (char ch : label) {
    if (ch == ' ')
      ++spaces;
    else if (!std::isalpha(static_cast<unsigned char>(ch)) && ch != '-' && ch != '\'' &&
             static_cast<unsigned char>(ch) < 0x80)
      return; // "At 6:40 a.m.", "Note (2): ..." are no labels
  }
  if (spaces > 3 || label.back() == ' ') return;
  add_label_words(label, words);
}

void Extractor::attach_signatures() {
  LemmaCache& lemmas = LemmaCache::for_thread(lex_);
  std::string buf;
  std::vector<Atom> words;
  // Each token's concept, asked once per draft (clauses of neighbouring claims overlap); an
  // empty atom for a token that gives none.
  std::vector<Atom> concept_of_token(doc_.tokens.size());
  std::vector<char> concept_known(doc_.tokens.size(), 0);
  // The names of the sentence last seen, with their token positions.
  std::uint32_t names_sentence = UINT32_MAX;
  std::vector<std::pair<std::size_t, Atom>> names;
  for (Claim& c : claims_) {
    if (c.kind == ClaimKind::person || c.kind == ClaimKind::attribution) continue;
    const Sentence& sen = doc_.sentences[c.sentence];
    auto toks = doc_.tokens_of(sen);
    const std::size_t base_index = static_cast<std::size_t>(toks.data() - doc_.tokens.data());
    // The claim's first and last token.
    std::size_t first = 0;
    while (first < toks.size() && toks[first].span.end <= c.span.begin) ++first;
    std::size_t last = first;
    while (last + 1 < toks.size() && toks[last + 1].span.begin < c.span.end) ++last;
    if (first >= toks.size()) continue;
    auto folded = [&](std::size_t k) { return doc_.folded(toks[k]); };
    auto boundary = [&](std::size_t k) {
      std::string_view t = doc_.text(toks[k].span);
      return t == "," || t == ";" || t == ":" || t == "(" || t == ")" || t == "\xE2\x80\x94" ||
             t == "\xE2\x80\x93" || t == "|";
    };
    auto conjunction = [&](std::size_t k) {
      std::string_view f = folded(k);
      return f == "and" || f == "but" || f == "while" || f == "whereas";
    };
    std::size_t lo = first, hi = last;
    while (lo > 0 && first - lo < 12 && !boundary(lo - 1) && !conjunction(lo - 1)) --lo;
    while (hi + 1 < toks.size() && hi - last < 12 && !boundary(hi + 1) && !conjunction(hi + 1))
      ++hi;
    // "The strike, which began on March 2": a relative clause is about the noun before it.
    if (lo >= 2 && doc_.text(toks[lo - 1].span) == "," &&
        (folded(lo) == "which" || folded(lo) == "who" || folded(lo) == "that")) {
      std::size_t ante = lo - 1;
      while (ante > 0 && lo - 1 - ante < 4 && !boundary(ante - 1)) --ante;
      lo = ante;
    }
    // A verb form at k: its lemma, or empty.
    auto verb_at = [&](std::size_t k) -> std::string_view {
      const Token& t = toks[k];
      if (t.kind != TokenKind::word || !(t.shape & kAllLower)) return {};
      std::string_view f = folded(k);
      if (is_filler(f) || lex_.speech_verbs.contains(doc_, t)) return {};
      std::string_view base = lemmas(f);
      // "the series was relaunched": a participle after a form of "be" is a verb even when the
      // verb is missing from WordNet's list
      if (!lex_.verbs.contains(base)) {
        bool passive = k > 0 && f.size() > 5 && f.ends_with("ed") && !lex_.dictionary.contains(f) &&
                       (folded(k - 1) == "was" || folded(k - 1) == "were" ||
                        folded(k - 1) == "been" || folded(k - 1) == "be");
        if (!passive) return {};
        return base != f ? base : f.substr(0, f.size() - 2); // "relaunched" -> relaunch
      }
      bool inflected = base != f && (f.ends_with("ed") || f.ends_with("ing") ||
                                     !lex_.inflections.find(f).empty());
      bool after_modal = k > 0 && is_modal(folded(k - 1));
      if (!inflected && !after_modal) return {};
      if (f.ends_with("ing") && lex_.person_nouns.contains(base)) return {};
      return base;
    };
    // "nine of the injured", "17 of them": a part of a whole, not the whole.
    if (last + 2 < toks.size() && folded(last + 1) == "of") {
      std::string_view d = folded(last + 2);
      c.part = d == "the" || d == "them" || d == "whom" || d == "those" || d == "these" ||
               d == "its" || d == "their" || d == "which";
    }
    // "five other girls", "two more people", "12 new cases", "another 30 homes": an increment
    // or the rest of a group, not the total the other drafts give.
    for (std::size_t k = first; k <= last && k + 1 < toks.size() && k < first + 3; ++k) {
      std::string_view w = folded(k + 1);
      if ((w == "other" || w == "more" || w == "new" || w == "additional" || w == "extra" ||
           w == "further") &&
          !(k + 2 < toks.size() && folded(k + 2) == "than")) // "no more than 20"
        c.part = true;
    }
    if (first > 0 && folded(first - 1) == "another") c.part = true;
    // "Another review published in 2014", "another 2010 study": a date of another instance of
    // the thing, not of the one the drafts share.
    if (c.kind == ClaimKind::date)
      for (std::size_t k = lo; k < first; ++k)
        if (folded(k) == "another") c.part = true;
    // The verb: the nearest verb form before the claim in its clause, else after it.
    c.verb.clear();
    std::size_t verb_token = SIZE_MAX;
    for (std::size_t k = first; k-- > lo;)
      if (std::string_view v = verb_at(k); !v.empty()) {
        c.verb = std::string(v);
        verb_token = k;
        break;
      }
    if (c.verb.empty())
      for (std::size_t k = last + 1; k <= hi && k < toks.size(); ++k)
        if (std::string_view v = verb_at(k); !v.empty()) {
          c.verb = std::string(v);
          break;
        }
    // What a duration is the length of: "a five-week trial", "a 12-month hiring freeze", "four
    // days of deliberations", "twelve years as mayor", "eight years in office".
    if (c.kind == ClaimKind::duration && c.ordinal == 0 && c.noun.empty()) {
      std::size_t k = last + 1;
      bool adjective = doc_.text(c.span).find('-') != std::string_view::npos;
      if (!adjective && k + 1 < toks.size() && toks[k].kind == TokenKind::word) {
        std::string_view f = folded(k);
        if (f == "of" || f == "as" || f == "in")
          ++k;
        else
          k = toks.size();
      }
      for (std::size_t n = 0; k < toks.size() && n < 3; ++k, ++n) {
        const Token& t = toks[k];
        if (t.kind != TokenKind::word || is_filler(folded(k))) {
          if (n == 0 && t.kind == TokenKind::word && folded(k) == "the") continue;
          break;
        }
        if (!verb_at(k).empty()) break;
        // "two years as deputy mayor" is not "twelve years as mayor": a rank stays with the noun
        std::string_view prior = c.noun.str();
        bool rank = !prior.empty() && lex_.modifiers.contains(prior);
        c.noun = std::string(lemmas(without_possessive(folded(k))));
        if (rank) c.noun = fmt::format("{} {}", prior, c.noun.str());
        if (!(k + 1 < toks.size() && toks[k + 1].kind == TokenKind::word &&
              (toks[k + 1].shape & kAllLower) && !is_filler(folded(k + 1)) &&
              lex_.dictionary.contains(folded(k + 1)) && verb_at(k + 1).empty()))
          break;
      }
    }
    // What a money amount, percentage or bare number measures, when the grammar did not say:
    // "8% of its workforce" -> workforce, "revenue of $3.4 billion" -> revenue, "net income
    // came in at $410 million" -> income, "Shares rose 4%" -> share.
    if (c.kind == ClaimKind::tally) c.noun = "tally";
    // A measure's thing: "a 17-foot storm surge" -> surge, "29 inches of rain" -> rain.
    if (c.kind == ClaimKind::measure && c.noun.empty()) {
      std::size_t k = last + 1;
      bool adjective = doc_.text(c.span).find('-') != std::string_view::npos;
      if (!adjective && k + 1 < toks.size() && folded(k) == "of")
        ++k;
      else if (!adjective)
        k = toks.size();
      for (std::size_t n = 0; k < toks.size() && n < 3; ++k, ++n) {
        const Token& t = toks[k];
        if (t.kind != TokenKind::word || !(t.shape & kAllLower) || is_filler(folded(k)) ||
            !verb_at(k).empty() || !lex_.dictionary.contains(folded(k)))
          break;
        c.noun = std::string(lemmas(folded(k)));
      }
      // "a wave of about 4 metres", "a drop of 30 feet": the noun before "of"
      if (c.noun.empty() && first >= 2 && folded(first - 1) == "of") {
        const Token& t = toks[first - 2];
        std::string_view f = without_possessive(folded(first - 2));
        if (t.kind == TokenKind::word && (t.shape & kAllLower) && !is_filler(f) &&
            lex_.dictionary.contains(f) && verb_at(first - 2).empty())
          c.noun = std::string(lemmas(f));
      }
    }
    // The event a date names: "the Nov. 4 election", "Thursday's crash", "the 2022 invasion".
    std::size_t after = last + 1;
    if (after < toks.size() &&
        (doc_.text(toks[after].span) == "'s" || doc_.text(toks[after].span) == "\u2019s"))
      ++after;
    // A named thing a year dates: "the 1998 Tarrow Fire", "the Water Code of 1989".
    auto name_run = [&](std::size_t from, std::size_t to) {
      std::string n;
      for (std::size_t k = from; k < to; ++k) {
        if (!n.empty()) n += ' ';
        n += without_possessive(folded(k));
      }
      return n;
    };
    auto capitalised = [&](std::size_t k) {
      return k < toks.size() && toks[k].kind == TokenKind::word && (toks[k].shape & kStartsUpper) &&
             !is_filler(folded(k));
    };
    if (c.kind == ClaimKind::date && c.year && !c.month && c.modifier.empty()) {
      std::size_t e = after;
      while (e < toks.size() && e < after + 3 && capitalised(e)) ++e;
      if (e > after) c.noun = name_run(after, e);
      if (c.noun.empty() && first >= 2 && folded(first - 1) == "of" && capitalised(first - 2)) {
        std::size_t b = first - 1;
        while (b > 0 && b + 3 >= first && capitalised(b - 1)) --b;
        c.noun = name_run(b, first - 1);
      }
    }
    if (c.kind == ClaimKind::date && c.noun.empty() && c.modifier.empty())
      for (std::size_t k = after; k < toks.size() && k <= after + 1; ++k) {
        const Token& t = toks[k];
        std::string_view f = folded(k);
        if (t.kind != TokenKind::word || !(t.shape & kAllLower) || is_filler(f) ||
            !lex_.dictionary.contains(f) || !verb_at(k).empty() || lex_.adjectives.contains(f))
          break;
        c.noun = std::string(lemmas(f));
        if (!(k + 1 < toks.size() && toks[k + 1].kind == TokenKind::word &&
              (toks[k + 1].shape & kAllLower) && lex_.dictionary.contains(folded(k + 1)) &&
              !is_filler(folded(k + 1)) && verb_at(k + 1).empty()))
          break;
      }
    // What a date's clause dates when its verb carries no event: the subject of a passive or
    // a copula ("Sentencing is set for Jan. 16", "The first case was confirmed on Aug. 4") or
    // an event noun right before the date's preposition ("scheduled sentencing for Jan. 16",
    // "the swearing-in on Jan. 2"; not "was meeting on Monday", a verb).
    if (c.kind == ClaimKind::date && c.noun.empty() && c.modifier.empty() && first >= 2 &&
        toks[first - 1].kind == TokenKind::word) {
      std::string_view prep = folded(first - 1);
      auto is_be = [&](std::size_t k) {
        std::string_view f = folded(k);
        return f == "is" || f == "was" || f == "are" || f == "were" || f == "be" || f == "been";
      };
      auto noun_word = [&](std::size_t k) {
        const Token& t = toks[k];
        std::string_view f = without_possessive(folded(k));
        return t.kind == TokenKind::word && !is_filler(f) && lex_.dictionary.contains(f) &&
               !lex_.adjectives.contains(f) && !is_be(k) && !is_modal(f);
      };
      std::size_t k = first - 2;
      if (prep == "on" || prep == "for" || prep == "in" || prep == "at") {
        std::string_view f = folded(k);
        bool participle = toks[k].kind == TokenKind::word && (toks[k].shape & kAllLower) &&
                          k >= 1 && is_be(k - 1) && !f.ends_with("ing");
        if (participle) {
          // back over the auxiliaries to the subject's last word
          std::size_t b = k - 1;
          while (b > lo && (is_be(b) || is_modal(folded(b)) || folded(b) == "has" ||
                            folded(b) == "have" || folded(b) == "had"))
            --b;
          if (b < k - 1 && noun_word(b) && verb_at(b).empty())
            c.noun = std::string(lemmas(without_possessive(folded(b))));
        } else if ((f.ends_with("ing") || f.ends_with("-in")) && noun_word(k) &&
                   !(k >= 1 && is_be(k - 1))) {
          c.noun = std::string(lemmas(f));
        }
      }
    }
    if (c.noun.empty() && c.kind == ClaimKind::money && !c.purpose.empty()) c.noun = c.purpose;
    // "the $8.4 million budget gap": the nouns right after an amount, the last one its head
    if (c.noun.empty() && c.kind == ClaimKind::money)
      for (std::size_t k = last + 1; k < toks.size() && k <= last + 3; ++k) {
        const Token& t = toks[k];
        if (t.kind != TokenKind::word || !(t.shape & kAllLower) || is_filler(folded(k)) ||
            !lex_.dictionary.contains(folded(k)) || !verb_at(k).empty())
          break;
        c.noun = std::string(lemmas(folded(k)));
      }
    if (c.noun.empty() && (c.kind == ClaimKind::money || c.kind == ClaimKind::percent ||
                           c.kind == ClaimKind::number)) {
      auto noun_at = [&](std::size_t k) -> std::string {
        const Token& t = toks[k];
        if (t.kind != TokenKind::word) return {};
        std::string_view f = without_possessive(folded(k));
        if (is_filler(f) || !lex_.dictionary.contains(f) || !verb_at(k).empty()) return {};
        return std::string(lemmas(f));
      };
      auto copula = [&](std::size_t k) {
        std::string_view f = folded(k);
        return f == "was" || f == "is" || f == "were" || f == "are" || f == "stood" ||
               f == "remained";
      };
      // "Turnout was 34.1% of the city's registered voters": the subject is what was measured,
      // the phrase after "of" the whole it is a share of.
      std::string subject =
          c.kind == ClaimKind::percent && first >= 2 && copula(first - 1) ? noun_at(first - 2) : "";
      if (!subject.empty()) {
        c.noun = subject;
      } else if (c.kind == ClaimKind::percent && last + 2 < toks.size() &&
                 folded(last + 1) == "of") {
        // "of [the] [company's] [global] workforce": the last word of the phrase
        for (std::size_t k = last + 2; k < toks.size() && k < last + 6; ++k) {
          if (toks[k].kind != TokenKind::word || is_filler(folded(k))) continue;
          std::string n = noun_at(k);
          if (n.empty()) break;
          c.noun = n;
          if (k + 1 < toks.size() && toks[k + 1].kind == TokenKind::word &&
              (toks[k + 1].shape & kAllLower) && !is_filler(folded(k + 1)))
            continue;
          break;
        }
      } else if (first >= 2 && folded(first - 1) == "of") {
        c.noun = noun_at(first - 2); // "a turnout of 41.3%", "revenue of $3.4 billion"
      } else if (first >= 2 && copula(first - 1)) {
        c.noun = noun_at(first - 2); // "Growth was 10 percent", "turnout stood at"
      } else if (verb_token != SIZE_MAX && verb_token + 4 >= first && verb_token > lo) {
        // the noun before the verb, over "came in at", "rose to", "was"
        std::size_t k = verb_token;
        while (k > lo && toks[k - 1].kind == TokenKind::word &&
               (folded(k - 1) == "was" || folded(k - 1) == "were" || folded(k - 1) == "has" ||
                folded(k - 1) == "had" || folded(k - 1) == "have"))
          --k;
        // "cases in Orrin County reached": over a place or a name after a preposition
        std::size_t n = k;
        while (n > lo && toks[n - 1].kind == TokenKind::word && (toks[n - 1].shape & kStartsUpper))
          --n;
        if (n < k && n > lo + 1 && toks[n - 1].kind == TokenKind::word &&
            (folded(n - 1) == "in" || folded(n - 1) == "at" || folded(n - 1) == "of" ||
             folded(n - 1) == "from" || folded(n - 1) == "for"))
          k = n - 1;
        if (k > lo) c.noun = noun_at(k - 1);
        // "the number of confirmed cases reached 17": the cases are counted
        if (c.noun == "number" || c.noun == "total" || c.noun == "count" || c.noun == "tally") {
          for (std::size_t m = k; m-- > lo + 1;)
            if (folded(m) == "of" && m + 1 < k) {
              for (std::size_t q = k - 1; q > m; --q)
                if (std::string w = noun_at(q); !w.empty()) {
                  c.noun = w;
                  break;
                }
              break;
            }
        }
      }
    }
    words.clear();
    for (std::size_t k = lo; k <= hi && k < toks.size(); ++k) {
      if (k >= first && k <= last) continue;
      std::size_t g = base_index + k;
      if (!concept_known[g]) {
        concept_known[g] = 1;
        const Token& t = toks[k];
        std::string_view f = t.kind == TokenKind::word ? without_possessive(folded(k)) : "";
        if (t.kind == TokenKind::word && f.size() >= 2 && !is_filler(f) &&
            !lex_.speech_verbs.contains(doc_, t))
          concept_of_token[g] = lemmas.concept_of(f);
      }
      if (!concept_of_token[g].empty()) words.push_back(concept_of_token[g]);
    }
    // A table cell's claim is about its row and its column: "Sentencing | Jan. 16, 2026" and
    // "| Turnout | 41.3% |" take the row's first cell and the column's header as context.
    if (sen.cell >= 0)
      table_context(sen, words);
    else
      label_context(sen, c.span.begin, words);
    // What the claim is about, when about.cpp found it outside the clause ("The budget debate,
    // now in its second week, began on Monday").
    if (!c.subject.empty() && c.subject.find(' ') == std::string::npos)
      words.push_back(lemmas.concept_of(c.subject));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    c.context = words;
    words.clear();
    if (names_sentence != c.sentence) {
      names_sentence = c.sentence;
      names.clear();
      for (std::size_t k = 0; k < toks.size(); ++k) {
        const Token& t = toks[k];
        if (t.kind != TokenKind::word || !(t.shape & kStartsUpper)) continue;
        std::string_view f = without_possessive(folded(k));
        if (is_filler(f) || f.size() < 2) continue;
        // A sentence's first word is capitalised for the sentence, not as a name.
        if (k == 0 && lex_.dictionary.contains(f)) continue;
        if (lex_.speech_verbs.contains(doc_, t)) continue;
        names.push_back({k, Atom(f)});
      }
    }
    for (const auto& [k, name] : names)
      if (k < first || k > last) words.push_back(name);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    c.entities = words;
    // The clause's own names, leaving out the sentence's speakers ("Chief Ruiz said ...").
    words.clear();
    auto in_attribution = [&](std::size_t k) {
      for (const Claim& a : claims_of_sentences(c.sentence, c.sentence))
        if (a.kind == ClaimKind::attribution && a.span.begin <= toks[k].span.begin &&
            toks[k].span.end <= a.span.end)
          return true;
      return false;
    };
    for (const auto& [k, name] : names)
      if (k >= lo && k <= hi && (k < first || k > last) && !in_attribution(k))
        words.push_back(name);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    c.clause_names = words;
  }
}

} // namespace claimlint::claims
