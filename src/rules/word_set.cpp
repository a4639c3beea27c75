#include "rules/word_set.hpp"

#include "util/hash.hpp"

#include <mutex>
#include <unordered_map>

namespace claimlint {

namespace {

// Compiled word sets by content: five rules and the claim lexicon name the same 75,000-word
// dictionary, and compiling it once instead of six times is most of the start-up time a
// five-draft run pays (when the dictionary is not the compiled-in one). Entries live for the
// process; a text is compared in full on a hit.
std::mutex cache_mutex;
std::unordered_multimap<std::size_t, std::shared_ptr<const WordSet::Base>> cache;

} // namespace

WordSet::WordSet(std::string text) {
  // The cache key samples the text (its size, start and end); a hit is confirmed by comparing
  // the whole text, which is cheaper than hashing it.
  constexpr std::size_t kSample = 4096;
  std::string_view t(text);
  std::size_t h = hash_text(t.substr(0, kSample)) ^
                  (hash_text(t.substr(t.size() > kSample ? t.size() - kSample : 0)) * 31) ^
                  t.size();
  std::lock_guard lock(cache_mutex);
  auto [b, e] = cache.equal_range(h);
  for (auto it = b; it != e; ++it)
    if (it->second->text == text) {
      base_ = it->second;
      return;
    }
  auto base = std::make_shared<Base>();
  base->text = std::move(text);
  base->table = WordTable::compile(base->text);
  base->view = base->table.view(base->text);
  base_ = base;
  cache.emplace(h, std::move(base));
}

WordSet WordSet::compiled(WordTableView table) {
  WordSet set;
  auto base = std::make_shared<Base>();
  base->view = table;
  set.base_ = std::move(base);
  return set;
}

void WordSet::add(std::string_view word) {
  if (contains(word)) return;
  if (!extra_)
    extra_ = std::make_shared<Extra>();
  else if (extra_.use_count() > 1)
    extra_ = std::make_shared<Extra>(*extra_);
  const auto start = static_cast<std::uint32_t>(extra_->text.size());
  extra_->text += word;
  extra_->table.insert(extra_->text, start, static_cast<std::uint32_t>(word.size()));
  extra_->view = extra_->table.view(extra_->text);
}

bool WordSet::contains(std::string_view word) const {
  return contains(word, hash_text(word));
}

std::size_t WordSet::size() const {
  return (base_ ? base_->view.size() : 0) + (extra_ ? extra_->table.starts.size() : 0);
}

} // namespace claimlint
