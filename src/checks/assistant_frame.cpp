// assistant-frame: what a chat assistant says around the text it was asked for, left at the top
// or bottom of a generated draft: "Sure! Here's a rewritten version of the article:",
// "Certainly. Below is the updated story with the changes you requested.", "Let me know if
// you'd like any further edits!", "I hope this helps."
//
// Not a list of sentences: a paragraph among the first or last two of the draft, short (a frame
// is a sentence or two, not a paragraph of the story), without quotation marks (a quotation is
// a source speaking), that
//  * opens with a sign-off (`sign-offs`: "I hope this helps", "Let me know if", "Feel free
//    to"), or
//  * opens with a reply (`interjections`: "Sure", "Certainly", "Of course"; `openers`: "Here
//    is", "Below is", "I've") and speaks of the request (`request-words`: "rewritten",
//    "version", "revised", "requested", "changes"), or
//  * opens with an interjection, speaks of the text itself (`text-words`: "article", "story",
//    "piece") and ends with a colon that introduces it ("Sure! Here is the article:").
// "Here's what we know:", "Here are today's news items:" and "Here is the story of a town
// that…" open real articles: no interjection and no request word. The fix removes the
// paragraph.
#include "checks/check.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"text"};

class AssistantFrame final : public Check {
public:
  explicit AssistantFrame(RuleParams& p) {
    read_phrases(p, "interjections", interjections_);
    read_phrases(p, "openers", openers_);
    read_phrases(p, "sign-offs", sign_offs_);
    for (const std::string& w : p.list("request-words")) request_words_.insert(fold_case(w));
    for (const std::string& w : p.list("text-words")) text_words_.insert(fold_case(w));
    max_words_ = static_cast<std::size_t>(p.number("max-words", 45));
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    // The paragraphs of the draft, in order: only the first two and the last two can frame it.
    std::vector<std::uint32_t> paragraphs;
    for (std::uint32_t b = 0; b < doc.blocks.size(); ++b)
      if (doc.blocks[b].kind == BlockKind::paragraph) paragraphs.push_back(b);
    std::vector<std::uint32_t> candidates;
    for (std::size_t k = 0; k < paragraphs.size(); ++k)
      if (k < 2 || k + 2 >= paragraphs.size()) candidates.push_back(paragraphs[k]);
    for (std::uint32_t b : candidates) {
      if (!is_frame(doc, b)) continue;
      const Block& block = doc.blocks[b];
      // The fix takes the paragraph and the blank lines after it.
      std::uint32_t end = block.span.end;
      std::string_view text = doc.source().text();
      while (end < text.size() && (text[end] == '\n' || text[end] == '\r')) ++end;
      sink.report(block.content, {{"text", doc.text(block.content)}},
                  Fix{{block.span.begin, end}, ""});
    }
  }

private:
  using Phrase = std::vector<std::string>; // folded words
  std::vector<Phrase> interjections_, openers_, sign_offs_;
  std::set<std::string, std::less<>> request_words_, text_words_; // found by string_view
  std::size_t max_words_ = 45;

  static void read_phrases(RuleParams& p, const char* key, std::vector<Phrase>& out) {
    for (const std::string& o : p.list(key)) {
      Phrase words;
      std::vector<Token> toks;
      tokenize_text(o, 0, toks);
      for (const Token& t : toks)
        if (t.kind == TokenKind::word)
          words.push_back(fold_case(o.substr(t.span.begin, t.span.end - t.span.begin)));
      if (!words.empty()) out.push_back(std::move(words));
    }
  }

  // Whether the words start with one of the phrases (punctuation between them is skipped:
  // "Sure! Here's" starts with "sure").
  static bool starts_with_any(const Document& doc, const std::vector<const Token*>& words,
                              const std::vector<Phrase>& phrases) {
    for (const Phrase& phrase : phrases) {
      if (phrase.size() > words.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < phrase.size() && same; ++k)
        same = doc.folded(*words[k]) == phrase[k];
      if (same) return true;
    }
    return false;
  }

  bool is_frame(const Document& doc, std::uint32_t b) const {
    std::vector<const Token*> words;
    words.reserve(max_words_);
    bool colon_last = false;
    // Sentences are in block order: the block's are one run, found by binary search.
    auto first =
        std::lower_bound(doc.sentences.begin(), doc.sentences.end(), b,
                         [](const Sentence& s, std::uint32_t blk) { return s.block < blk; });
    for (auto it = first; it != doc.sentences.end() && it->block == b; ++it) {
      const Sentence& sen = *it;
      for (const Token& t : doc.tokens_of(sen)) {
        if (t.kind == TokenKind::word || t.kind == TokenKind::number) {
          if (words.size() == max_words_) return false; // a paragraph of the story, not a frame
          words.push_back(&t);
          colon_last = false;
        } else if (t.kind == TokenKind::punct) {
          std::string_view p = doc.text(t.span);
          if (p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D") return false;
          colon_last = p == ":";
        }
      }
    }
    if (words.empty() || words.size() > max_words_) return false;
    if (doc.in_verbatim(words.front()->span.begin)) return false;
    if (starts_with_any(doc, words, sign_offs_)) return true;
    // An interjection is a reply only when punctuation ends it: "Sure!", "Certainly," — not
    // "Sure enough".
    bool interjection = false;
    for (const Phrase& phrase : interjections_) {
      if (phrase.size() >= words.size() || !starts_with_any(doc, words, {phrase})) continue;
      std::uint32_t end = words[phrase.size() - 1]->span.end;
      char next = end < doc.source().size() ? doc.source().text()[end] : ' ';
      if (next == '!' || next == ',' || next == '.' || next == ':' || next == ';')
        interjection = true;
    }
    if (!interjection && !starts_with_any(doc, words, openers_)) return false;
    bool text_word = false;
    for (const Token* t : words) {
      std::string_view w = doc.folded(*t);
      if (request_words_.find(w) != request_words_.end()) return true;
      text_word = text_word || text_words_.find(w) != text_words_.end();
    }
    return interjection && text_word && colon_last;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<AssistantFrame>(p);
}

} // namespace

CheckKind assistant_frame_check_kind() {
  return {"assistant-frame", "a chat assistant's preamble or sign-off left around a draft",
          kPlaceholders, &make};
}

} // namespace claimlint
