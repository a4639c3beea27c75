// substitution: maps a wrong word or phrase to the right one (Vale's "substitution") and
// offers the replacement as a fix, keeping the capitalisation of what was written
// ("Teh" -> "The"). Token-aware trie matching, like existence.
#include "checks/check.hpp"
#include "rules/phrase_matcher.hpp"
#include "rules/word_table.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <fmt/format.h>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 2> kPlaceholders = {"match", "replacement"};

std::string keep_case(std::string_view written, const std::string& replacement) {
  if (written.size() > 1 && is_all_upper(written)) {
    std::string out = replacement;
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
  }
  if (starts_upper(written)) return capitalize_first(replacement);
  return replacement;
}

class Substitution final : public Check {
public:
  explicit Substitution(RuleParams& p)
      : matcher_(p.boolean("ignore-case", true)), skip_names_(p.boolean("skip-names", false)) {
    const bool ignore_case = p.boolean("ignore-case", true);
    if (p.has("swap") && !p.node("swap").IsScalar()) {
      for (auto& [wrong, right] : p.pairs("swap")) {
        owned_.push_back(std::move(wrong));
        std::string_view w = owned_.back();
        owned_.push_back(std::move(right));
        add(p, w, owned_.back(), ignore_case);
      }
    } else if (std::optional<std::string> text = p.list_text("swap")) {
      list_text_ = std::move(*text);
      read_list(p, ignore_case);
    }
    if (matcher_.size() == 0 && word_replacements_.empty())
      p.error("swap", "'swap' must map at least one wrong form to a right one");
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    const WordTableView words = words_.view(word_text_);
    std::vector<PhraseMatcher::Match> phrases;
    for (const Sentence& sen : doc.sentences) {
      auto toks = doc.tokens_of(sen);
      phrases.clear();
      if (matcher_.size() > 0)
        matcher_.find(doc, toks, [&](const PhraseMatcher::Match& m) { phrases.push_back(m); });
      std::size_t next = 0; // the next phrase match, in token order
      for (std::uint32_t i = 0; i < toks.size(); ++i) {
        if (next < phrases.size() && phrases[next].first_token == i) {
          const auto& m = phrases[next++];
          const std::string& right = replacements_[static_cast<std::size_t>(m.id)];
          Span span{toks[i].span.begin, toks[m.last_token].span.end};
          if (!(skip_names_ && ((m.first_token == m.last_token && in_name(doc, toks, i, right)) ||
                                after_sic(doc, span))))
            report(doc, sink, {toks[i].span.begin, toks[m.last_token].span.end},
                   replacements_[static_cast<std::size_t>(m.id)]);
          i = m.last_token;
          continue;
        }
        if (toks[i].kind != TokenKind::word || words.size() == 0) continue;
        // One bit per hash first: nearly every word of a draft is no entry.
        const std::uint32_t h = toks[i].folded_hash;
        if (!(word_bits_[(h >> 6) & (kWordBits / 64 - 1)] & (std::uint64_t{1} << (h & 63))))
          continue;
        std::int64_t id = words.find(doc.folded(toks[i]), toks[i].folded_hash);
        if (id < 0) continue;
        std::string_view right = word_replacements_[static_cast<std::size_t>(id)];
        if (skip_names_ && (in_name(doc, toks, i, right) || after_sic(doc, toks[i].span))) continue;
        report(doc, sink, toks[i].span, right);
      }
    }
  }

private:
  PhraseMatcher matcher_;
  std::vector<std::string> replacements_;
  std::string word_text_; // the one-word entries, one per line, indexed by words_
  // A bit per (hash mod kWordBits) of the one-word entries: 30,000 entries set about 11% of
  // 2^18 bits, so a word of the draft is turned away by one test 89% of the time.
  static constexpr std::size_t kWordBits = std::size_t{1} << 18;
  std::vector<std::uint64_t> word_bits_ = std::vector<std::uint64_t>(kWordBits / 64);
  WordTable words_;
  std::vector<std::string_view> word_replacements_; // by words_ index, into list_text_ or below
  std::deque<std::string> owned_; // a YAML mapping's entries (a deque: views stay valid)

  std::string list_text_; // the swap list, when it is a file: word_replacements_ view into it

  void add(RuleParams& p, std::string_view wrong, std::string_view right, bool ignore_case) {
    // One lower-case word (most of a misspelling list) goes to a hash table: no tokenizing and
    // no trie nodes at start-up for thirty thousand entries.
    if (ignore_case && is_plain_word(wrong)) {
      const auto start = static_cast<std::uint32_t>(word_text_.size());
      const std::size_t before = words_.starts.size();
      word_text_.append(wrong).push_back('\n');
      words_.insert(word_text_, start, static_cast<std::uint32_t>(wrong.size()));
      if (words_.starts.size() > before) {
        word_replacements_.emplace_back(right);
        const std::uint32_t h = words_.hashes.back();
        word_bits_[(h >> 6) & (kWordBits / 64 - 1)] |= std::uint64_t{1} << (h & 63);
      } else
        word_text_.resize(start); // a repeated entry: the first one stands
      return;
    }
    if (!matcher_.add(wrong, static_cast<int>(replacements_.size())))
      p.error("swap", "an entry of 'swap' has no words: '" + std::string(wrong) + "'");
    replacements_.emplace_back(right);
  }

  // A word-list file: "wrong right" or "wrong phrase -> right phrase" per line; "#" starts a
  // comment at the start of a line or after a blank.
  void read_list(RuleParams& p, bool ignore_case) {
    std::string_view text = list_text_;
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    word_text_.reserve(text.size());
    words_.reserve(lines);
    word_replacements_.reserve(lines);
    int line_no = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      // Lines are short: a plain loop finds their end and a comment faster than memchr calls.
      std::size_t end = pos, hash = std::string_view::npos;
      for (; end < text.size() && text[end] != '\n'; ++end)
        if (text[end] == '#' && hash == std::string_view::npos &&
            (end == pos || text[end - 1] == ' ' || text[end - 1] == '\t'))
          hash = end;
      std::string_view line = text.substr(pos, std::min(end, hash) - pos);
      pos = end + 1;
      ++line_no;
      line = trim_blanks(line);
      if (line.empty()) continue;
      std::string_view wrong, right;
      std::size_t sp = 0, arrow = std::string_view::npos;
      while (sp < line.size() && line[sp] != ' ' && line[sp] != '\t') ++sp;
      for (std::size_t k = sp; k + 3 < line.size() && arrow == std::string_view::npos; ++k)
        if (line[k] == ' ' && line[k + 1] == '-' && line[k + 2] == '>' && line[k + 3] == ' ')
          arrow = k;
      if (arrow != std::string_view::npos) {
        wrong = trim_blanks(line.substr(0, arrow));
        right = trim_blanks(line.substr(arrow + 4));
      } else if (sp < line.size()) {
        wrong = line.substr(0, sp);
        right = trim_blanks(line.substr(sp));
      } else {
        p.list_error("swap", line_no,
                     fmt::format("'{}' has no replacement (write \"wrong right\" or \"wrong -> "
                                 "right\")",
                                 line));
        continue;
      }
      add(p, wrong, right, ignore_case);
    }
  }

  bool skip_names_; // a capitalised match beside a capitalised word is a name ("Jane Teh")

  // Whether the capitalised word toks[i] stands for a name rather than the misspelt word: in
  // the middle of a sentence a capitalised word is a name first ("Senator Markey", "is Markey,"
  // "Jane Teh"); at the start of a sentence, when the next word is capitalised too ("Teh Kok
  // Leong said"); in capitals, an acronym ("IHS", not "HIS"). A correction that is itself
  // capitalised ("Britian" -> "Britain") names a proper noun misspelt, which is reported anywhere.
  static bool in_name(const Document& doc, std::span<const Token> toks, std::uint32_t i,
                      std::string_view right) {
    std::string_view written = doc.text(toks[i].span);
    if (!starts_upper(written) || (!right.empty() && starts_upper(right))) return false;
    if (written.size() > 1 && is_all_upper(written)) return true; // "IHS": an acronym
    if (i > 0) return true;
    return i + 1 < toks.size() && toks[i + 1].kind == TokenKind::word &&
           starts_upper(doc.text(toks[i + 1].span)) &&
           toks[i + 1].span.begin == toks[i].span.end + 1;
  }

  // "everone [sic]": the writer marks the spelling as the source's.
  static bool after_sic(const Document& doc, Span span) {
    std::string_view rest = doc.text(
        {span.end,
         std::min<std::uint32_t>(span.end + 7, static_cast<std::uint32_t>(doc.source().size()))});
    return rest.starts_with(" [sic]") || rest.starts_with(" (sic)") || rest.starts_with(" [sic ");
  }

  static std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
      s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
      s.remove_suffix(1);
    return s;
  }

  static bool is_plain_word(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
      if (c < 'a' || c > 'z') return false;
    return true;
  }

  static void report(const Document& doc, DiagnosticSink& sink, Span span,
                     std::string_view replacement) {
    if (doc.in_verbatim(span.begin)) return;
    std::string_view written = doc.text(span);
    std::string right = keep_case(written, std::string(replacement));
    if (right == written) return;
    sink.report(span, {{"match", written}, {"replacement", right}}, Fix{span, right});
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<Substitution>(p);
}

} // namespace

CheckKind substitution_check_kind() {
  return {"substitution", "replaces wrong words or phrases from a list, with a fix", kPlaceholders,
          &make};
}

} // namespace claimlint
