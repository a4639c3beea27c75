// Small Unicode text helpers shared by checks: case folding (ICU, with an ASCII fast path),
// capitalisation tests on the first letter of a word.
#pragma once

#include <string>
#include <string_view>

namespace claimlint {

// Full case folding ("Zelenskyy" and "ZELENSKYY" -> "zelenskyy"); accents are kept.
std::string fold_case(std::string_view s);
void fold_case_into(std::string& out, std::string_view s);

char32_t first_code_point(std::string_view s);
bool starts_upper(std::string_view word);
bool starts_lower(std::string_view word);
bool has_upper_after_first(std::string_view word); // "iPhone", "eBay", "McDonald"
bool is_all_upper(std::string_view word);          // at least one letter and no lower-case one
bool is_all_lower(std::string_view word);
// The word with its first letter upper-cased ("peace" -> "Peace").
std::string capitalize_first(std::string_view word);
// One American form of a British spelling of a lower-case word, by the regular
// correspondences ("criticised" -> "criticized", "harbour" -> "harbor", "centre" -> "center",
// "travelled" -> "traveled", "defence" -> "defense"); other words come back unchanged. The
// word lists are American.
std::string american_spelling(std::string word);

// A file path as a URI path (RFC 3986): unreserved characters and '/' kept, every other byte
// percent-encoded ("my drafts/a.md" -> "my%20drafts/a.md"). SARIF and LSP both need it.
std::string uri_encode_path(std::string_view path);

} // namespace claimlint
