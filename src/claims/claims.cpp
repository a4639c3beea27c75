// The claim extraction stage: runs the extractors over every sentence of a document, then
// attaches subjects, and renders claims as JSON lines or text.
#include "claims/claim.hpp"
#include "claims/extract.hpp"
#include "util/text.hpp"

#include "source/source_file.hpp"
#include "util/json.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace claimlint {

std::string_view claim_kind_name(ClaimKind k) {
  switch (k) {
  case ClaimKind::money:
    return "money";
  case ClaimKind::percent:
    return "percent";
  case ClaimKind::count:
    return "count";
  case ClaimKind::number:
    return "number";
  case ClaimKind::date:
    return "date";
  case ClaimKind::duration:
    return "duration";
  case ClaimKind::person:
    return "person";
  case ClaimKind::attribution:
    return "attribution";
  case ClaimKind::age:
    return "age";
  case ClaimKind::tally:
    return "tally";
  case ClaimKind::measure:
    return "measure";
  }
  return "number";
}

namespace claims {

int Extractor::add(const Sentence& sen, Claim c) {
  c.sentence = sentence_index(sen);
  // Claims never overlap: the first one found for a span wins. A claim lies inside its sentence,
  // so only the sentence's own claims can overlap it.
  for (const Claim& o : claims_of_sentences(c.sentence, c.sentence))
    if (o.kind != ClaimKind::attribution && c.kind != ClaimKind::attribution &&
        (o.kind == ClaimKind::person) == (c.kind == ClaimKind::person) &&
        c.span.begin < o.span.end && o.span.begin < c.span.end)
      return -1;
  if (c.kind == ClaimKind::count || c.kind == ClaimKind::number || c.kind == ClaimKind::measure ||
      c.kind == ClaimKind::money || c.kind == ClaimKind::percent)
    c.modifier = figure_relation(doc_.text(sen.span), c.span.end - sen.span.begin);
  // "12 metres below the road", "300 feet above the valley floor": a length from a place is
  // where something lies, the distance itself (a speed or a sum above a limit is a difference)
  if (c.kind == ClaimKind::measure && c.dimension == "length" && c.modifier == "difference")
    c.modifier = Atom();
  // "about 11 hours over two days": "over" after a length spreads it across the days; it is
  // no "more than".
  if (c.kind == ClaimKind::duration && c.approx == "more-than") {
    std::string_view s = doc_.text(sen.span);
    std::size_t at = c.span.begin - sen.span.begin;
    std::size_t end;
    if (is_word(word_after(s, at, end), "over")) {
      std::string b = fold_case(word_before_at(s, at));
      if (b.ends_with('s')) b.pop_back();
      for (std::string_view unit : {"second", "minute", "hour", "day", "week", "month", "year"})
        if (b == unit) c.approx = Atom();
    }
  }
  if (c.kind == ClaimKind::duration && c.ordinal == 0)
    c.modifier = duration_relation(doc_.text(sen.span), c.span.begin - sen.span.begin,
                                   c.span.end - sen.span.begin);
  claims_.push_back(std::move(c));
  return static_cast<int>(claims_.size() - 1);
}

// "1 year 1 month 21 days": consecutive durations joined by spaces, commas or "and" are one.
void Extractor::merge_compound_durations() {
  // Sorted through an index, so each claim (a large struct) moves once.
  std::vector<std::uint32_t> order(claims_.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return std::tie(claims_[a].span.begin, claims_[a].span.end) <
           std::tie(claims_[b].span.begin, claims_[b].span.end);
  });
  for (Claim& c : claims_) c.linked = -1; // indexes change below; links are rebuilt at the end
  std::vector<Claim> out;
  out.reserve(claims_.size());
  for (std::uint32_t k : order) {
    Claim& c = claims_[k];
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
    if (!out.empty() && c.kind == ClaimKind::money && c.subunit &&
        out.back().kind == ClaimKind::money && !out.back().subunit &&
        out.back().currency == c.currency && c.sentence == out.back().sentence) {
      std::string_view gap = doc_.text({out.back().span.end, c.span.begin});
      if (gap == " " || gap == " and ") {
        out.back().amount += c.amount;
        out.back().span.end = c.span.end;
        continue;
      }
    }
    if (!out.empty() && c.kind == ClaimKind::duration && out.back().kind == ClaimKind::duration &&
        c.ordinal == 0 && out.back().ordinal == 0 && c.sentence == out.back().sentence &&
        c.iso.size() > 1 && out.back().iso.size() > 1 && c.iso.find('X') == std::string::npos &&
        out.back().iso.find('X') == std::string::npos) {
      std::string_view gap = doc_.text({out.back().span.end, c.span.begin});
      // Larger units first ("1 year 1 month 21 days"): a list of separate durations ("18
      // months, two weeks") or a repeat ("a year and nearly four years") is not one.
      static const std::string kOrder = "YMWDH";
      auto rank = [](const std::string& iso) {
        char last = iso.back();
        std::size_t r = kOrder.find(last);
        return iso.starts_with("PT") ? (last == 'H'   ? 4
                                        : last == 'M' ? 5
                                                      : 6)
                                     : static_cast<int>(r);
      };
      if ((gap == " " || gap == " and ") && c.approx.empty() &&
          rank(c.iso) > rank(out.back().iso)) {
        Claim& m = out.back();
        auto body = [](const std::string& iso) {
          return iso.substr(iso.starts_with("PT") ? 2 : 1);
        };
        std::string date_part, time_part;
        for (const std::string* iso : {&m.iso.str(), &c.iso.str()})
          (iso->starts_with("PT") ? time_part : date_part) += body(*iso);
        m.iso = "P" + date_part + (time_part.empty() ? "" : "T" + time_part);
        m.span.end = c.span.end;
        m.unit.clear();
        continue;
      }
    }
    out.push_back(std::move(c));
  }
  // Links were between money claims, which merging never touches; rebuild them by position.
  claims_ = std::move(out);
  for (std::size_t k = 0; k + 1 < claims_.size(); ++k)
    if (claims_[k].kind == ClaimKind::money && claims_[k + 1].kind == ClaimKind::money) {
      std::string_view gap = doc_.text({claims_[k].span.end, claims_[k + 1].span.begin});
      if (gap == " (" || gap == "(") {
        claims_[k].linked = static_cast<int>(k + 1);
        claims_[k + 1].linked = static_cast<int>(k);
      }
    }
}

std::vector<Claim> Extractor::run() {
  // One pass; a family name used before the full name ("Hegseth" in a headline) is resolved
  // once every full name of the draft is known.
  claims_.reserve(doc_.sentences.size() * 2);
  last_person_ = -1;
  for (const Sentence& sen : doc_.sentences) {
    people(sen);
    quantities(sen);
    attributions(sen);
  }
  resolve_family_names();
  merge_compound_durations();
  attach_subjects();
  attach_purposes();
  attach_signatures();
  // Sort by position, keeping links valid.
  std::vector<std::size_t> order(claims_.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(claims_[a].span.begin, claims_[a].span.end) <
           std::tie(claims_[b].span.begin, claims_[b].span.end);
  });
  std::vector<int> where(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) where[order[k]] = static_cast<int>(k);
  std::vector<Claim> out;
  out.reserve(claims_.size());
  for (std::size_t k : order) {
    Claim c = std::move(claims_[k]);
    if (c.linked >= 0) c.linked = where[static_cast<std::size_t>(c.linked)];
    out.push_back(std::move(c));
  }
  return out;
}

} // namespace claims

ExtractedClaims extract_claims(const Document& doc, const ClaimLexicon& lexicon,
                               StartFilter filter) {
  claims::Extractor x(doc, lexicon, filter);
  return {x.run()};
}

namespace {

std::string number_json(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
    return fmt::format("{}", static_cast<long long>(std::llround(v)));
  return fmt::format("{}", v);
}

void field(std::string& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out += fmt::format(",\"{}\":", key);
  append_json_string(out, value);
}

std::string value_json(const Document& doc, const ExtractedClaims& all, const Claim& c) {
  std::string v = "{";
  auto raw = [&](std::string_view key, const std::string& val) {
    v += fmt::format("{}\"{}\":{}", v.size() > 1 ? "," : "", key, val);
  };
  auto str = [&](std::string_view key, std::string_view val) {
    if (val.empty()) return;
    v += fmt::format("{}\"{}\":", v.size() > 1 ? "," : "", key);
    append_json_string(v, val);
  };
  switch (c.kind) {
  case ClaimKind::money:
    raw("amount", number_json(c.amount));
    if (c.amount_high) raw("high", number_json(*c.amount_high));
    str("currency", c.currency);
    str("approx", c.approx);
    str("per", c.per);
    str("purpose", c.purpose);
    if (c.linked >= 0) {
      const Claim& l = all.claims[static_cast<std::size_t>(c.linked)];
      raw("linked", fmt::format("{{\"start\":{},\"end\":{}}}", l.span.begin, l.span.end));
    }
    break;
  case ClaimKind::percent:
    raw("value", number_json(c.amount));
    if (c.amount_high) raw("high", number_json(*c.amount_high));
    str("approx", c.approx);
    if (c.points) raw("points", "true");
    break;
  case ClaimKind::count:
  case ClaimKind::number:
    raw("value", number_json(c.amount));
    if (c.amount_high) raw("high", number_json(*c.amount_high));
    str("noun", c.noun);
    str("approx", c.approx);
    break;
  case ClaimKind::date:
    if (c.year) raw("year", fmt::format("{}", c.year));
    if (c.month) raw("month", fmt::format("{}", c.month));
    if (c.day) raw("day", fmt::format("{}", c.day));
    if (c.weekday >= 0) raw("weekday", fmt::format("{}", c.weekday + 1));
    str("relative", c.relative);
    // "Twelve days later", "three weeks ago", "in 24 months": the distance from the draft's date
    if ((c.relative == "ago" || c.relative == "later" || c.relative == "in") && c.amount > 0 &&
        !c.unit.empty()) {
      raw("amount", number_json(c.amount));
      str("unit", c.unit);
    }
    str("modifier", c.modifier);
    str("resolved", c.resolved);
    break;
  case ClaimKind::duration:
    if (c.ordinal)
      raw("ordinal", fmt::format("{}", c.ordinal));
    else
      raw("amount", number_json(c.amount));
    if (c.amount_high) raw("high", number_json(*c.amount_high));
    str("unit", c.unit);
    str("iso", c.iso);
    str("approx", c.approx);
    str("modifier", c.modifier);
    break;
  case ClaimKind::person: {
    str("name", c.name);
    str("key", c.key);
    str("title", c.title);
    str("affiliation", c.affiliation);
    if (!c.modifiers.empty()) {
      std::string m = "[";
      for (std::size_t k = 0; k < c.modifiers.size(); ++k) {
        if (k) m += ',';
        append_json_string(m, c.modifiers[k]);
      }
      raw("modifiers", m + "]");
    }
    str("mention", c.mention);
    str("head", c.head);
    if (c.office) raw("office", "true");
    str("org", c.org);
    str("party", c.party);
    if (c.until) raw("until", fmt::format("{}", c.until));
    if (c.kin) raw("kin", "true");
    break;
  }
  case ClaimKind::age:
    raw("value", number_json(c.amount));
    str("unit", c.unit); // M, W, D for "ten months old"; years when absent
    str("approx", c.approx);
    str("person", c.subject);
    break;
  case ClaimKind::tally:
    raw("for", number_json(c.amount));
    raw("against", number_json(c.amount_high.value_or(0)));
    break;
  case ClaimKind::measure:
    raw("amount", number_json(c.amount));
    if (c.amount_high) raw("high", number_json(*c.amount_high));
    str("unit", c.unit);
    str("dimension", c.dimension);
    raw("si", number_json(c.si));
    str("approx", c.approx);
    str("per", c.per);
    break;
  case ClaimKind::attribution:
    str("speaker", c.speaker);
    str("verb", c.verb);
    if (c.quote.end > c.quote.begin) {
      std::string q =
          fmt::format("{{\"start\":{},\"end\":{},\"text\":", c.quote.begin, c.quote.end);
      append_json_string(q, doc.text(c.quote));
      raw("quote", q + "}");
    }
    break;
  }
  // "23 mph over the limit": a difference, for the figures (dates and durations print theirs)
  if (c.kind == ClaimKind::count || c.kind == ClaimKind::number || c.kind == ClaimKind::measure ||
      c.kind == ClaimKind::money || c.kind == ClaimKind::percent)
    str("modifier", c.modifier);
  return v + "}";
}

// The claim's signature (docs/claims.md): ",\"signature\":{...}", or nothing for people and
// attributions and for a claim whose clause gave nothing.
std::string signature_json(const Claim& c) {
  if (c.kind == ClaimKind::person || c.kind == ClaimKind::attribution) return {};
  if (c.verb.empty() && c.noun.empty() && c.context.empty() && c.entities.empty() && !c.part)
    return {};
  std::string sig;
  field(sig, "verb", c.verb);
  field(sig, "noun", c.noun);
  auto list = [&](std::string_view key, const std::vector<Atom>& atoms) {
    if (atoms.empty()) return;
    sig += fmt::format(",\"{}\":[", key);
    for (std::size_t k = 0; k < atoms.size(); ++k) {
      if (k) sig += ',';
      append_json_string(sig, atoms[k]);
    }
    sig += ']';
  };
  list("context", c.context);
  list("entities", c.entities);
  list("clause_names", c.clause_names);
  if (c.part) sig += ",\"part\":true";
  return ",\"signature\":{" + sig.substr(1) + "}";
}

} // namespace

std::string render_claims_jsonl(const Document& doc, const ExtractedClaims& all) {
  std::string out;
  for (const Claim& c : all.claims) {
    Position p = doc.source().position(c.span.begin);
    out += "{\"file\":";
    append_json_string(out, doc.source().path());
    out += fmt::format(",\"kind\":\"{}\",\"text\":", claim_kind_name(c.kind));
    append_json_string(out, doc.text(c.span));
    out += fmt::format(
        ",\"start\":{},\"end\":{},\"line\":{},\"column\":{},\"column_utf16\":{},\"value\":{}",
        c.span.begin, c.span.end, p.line, p.column, p.column_utf16, value_json(doc, all, c));
    if (!c.subject.empty() || !c.predicate.empty()) {
      out += ",\"about\":{";
      std::string about;
      field(about, "subject", c.subject);
      field(about, "predicate", c.predicate);
      out += about.substr(1) + "}";
    }
    out += signature_json(c);
    out += "}\n";
  }
  return out;
}

std::string render_claims_text(const Document& doc, const ExtractedClaims& all) {
  std::string out;
  for (const Claim& c : all.claims) {
    Position p = doc.source().position(c.span.begin);
    out += fmt::format("{}:{}:{}: {} \"{}\" {}", doc.source().path(), p.line, p.column,
                       claim_kind_name(c.kind), doc.text(c.span), value_json(doc, all, c));
    if (!c.subject.empty() || !c.predicate.empty())
      out += fmt::format(" about {}{}{}", c.subject, c.predicate.empty() ? "" : " / ", c.predicate);
    out += '\n';
  }
  return out;
}

} // namespace claimlint
