// Atom: an interned, immutable string that costs one pointer.
//
// Every draft's claims stay in memory until the cross-draft stage has run, and a claim has
// about twenty text fields (currency, unit, title, subject, resolved date, ...), most of them
// short values from a small vocabulary. As std::string each field took 32 bytes, empty or
// not; as an Atom it takes 8, and equal values share one copy. Interned strings live for the
// process (the vocabulary of claim values is small: units, titles, names, dates).
//
// An Atom reads like a const std::string (it converts to one), and is assigned from any text.
#pragma once

#include <fmt/format.h>

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

namespace claimlint {

class Atom {
public:
  Atom() : s_(&empty_string()) {}
  Atom(std::string_view text) : s_(text.empty() ? &empty_string() : &intern(text)) {}
  Atom(const std::string& text) : Atom(std::string_view(text)) {}
  Atom(const char* text) : Atom(std::string_view(text)) {}

  const std::string& str() const { return *s_; }
  operator const std::string&() const { return *s_; }
  operator std::string_view() const { return *s_; }

  bool empty() const { return s_->empty(); }
  std::size_t size() const { return s_->size(); }
  const char* data() const { return s_->data(); }
  const char* c_str() const { return s_->c_str(); }
  char back() const { return s_->back(); }
  char front() const { return s_->front(); }
  char operator[](std::size_t i) const { return (*s_)[i]; }
  auto begin() const { return s_->begin(); }
  auto end() const { return s_->end(); }
  std::size_t find(std::string_view t, std::size_t pos = 0) const { return s_->find(t, pos); }
  std::size_t find(char c, std::size_t pos = 0) const { return s_->find(c, pos); }
  std::size_t rfind(char c, std::size_t pos = std::string::npos) const { return s_->rfind(c, pos); }
  std::string substr(std::size_t pos, std::size_t n = std::string::npos) const {
    return s_->substr(pos, n);
  }
  bool starts_with(std::string_view t) const { return s_->starts_with(t); }
  bool ends_with(std::string_view t) const { return s_->ends_with(t); }
  bool starts_with(char c) const { return s_->starts_with(c); }
  bool ends_with(char c) const { return s_->ends_with(c); }
  int compare(std::string_view t) const { return s_->compare(t); }
  void clear() { s_ = &empty_string(); }

  // Interned atoms are equal exactly when their pointers are.
  friend bool operator==(const Atom& a, const Atom& b) { return a.s_ == b.s_; }
  friend bool operator==(const Atom& a, std::string_view b) { return *a.s_ == b; }
  friend bool operator==(const Atom& a, const char* b) { return *a.s_ == b; }
  friend bool operator==(const Atom& a, const std::string& b) { return *a.s_ == b; }
  friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) { return *a.s_ <=> *b.s_; }
  friend std::string operator+(const Atom& a, std::string_view b) {
    std::string r(*a.s_);
    r += b;
    return r;
  }
  friend std::string operator+(std::string_view a, const Atom& b) {
    std::string r(a);
    r += *b.s_;
    return r;
  }
  friend std::string operator+(const Atom& a, const char* b) { return a + std::string_view(b); }
  friend std::string operator+(const char* a, const Atom& b) { return std::string_view(a) + b; }
  friend std::string operator+(const Atom& a, const std::string& b) {
    return a + std::string_view(b);
  }
  friend std::string operator+(const std::string& a, const Atom& b) {
    return std::string_view(a) + b;
  }

private:
  const std::string* s_;
  static const std::string& empty_string() { return kEmpty; }
  static inline const std::string kEmpty;
  static const std::string& intern(std::string_view text);
};

} // namespace claimlint

template <> struct fmt::formatter<claimlint::Atom> : fmt::formatter<std::string_view> {
  template <typename Context> auto format(const claimlint::Atom& a, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(a.str()), ctx);
  }
};

template <> struct std::hash<claimlint::Atom> {
  std::size_t operator()(const claimlint::Atom& a) const {
    return std::hash<std::string_view>{}(a.str());
  }
};
