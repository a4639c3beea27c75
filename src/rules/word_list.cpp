#include "rules/word_list.hpp"

namespace claimlint {

std::vector<WordListEntry> parse_word_list(std::string_view text) {
  std::vector<WordListEntry> out;
  int line_no = 0;
  std::size_t p = 0;
  while (p <= text.size()) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(p, e - p);
    ++line_no;
    p = e + 1;
    if (std::size_t hash = line.find('#');
        hash != std::string_view::npos &&
        (hash == 0 || line[hash - 1] == ' ' || line[hash - 1] == '\t'))
      line = line.substr(0, hash);
    auto trim = [](std::string_view s) {
      while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
      while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
      return s;
    };
    line = trim(line);
    if (line.empty()) {
      if (e == text.size()) break;
      continue;
    }
    std::size_t sp = line.find_first_of(" \t");
    WordListEntry entry;
    entry.line = line_no;
    entry.word = std::string(line.substr(0, sp));
    if (sp != std::string_view::npos) entry.tag = std::string(trim(line.substr(sp)));
    out.push_back(std::move(entry));
    if (e == text.size()) break;
  }
  return out;
}

} // namespace claimlint
