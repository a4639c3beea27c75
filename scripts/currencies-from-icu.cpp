// Prints every ISO 4217 currency ICU knows (common, not deprecated) with the symbols the
// locales of ICU's data write for it and its English names, one per line, tab-separated:
//   code <TAB> ISO                 symbol <TAB> ₡ <TAB> CRC       name <TAB> Costa Rican colóns
//   <TAB> CRC
// scripts/make-word-lists compiles and runs it to derive rules/lists/currencies.txt.
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
static std::string u8(const UChar* s, int32_t len) {
  char buf[512];
  int32_t out = 0;
  UErrorCode st = U_ZERO_ERROR;
  u_strToUTF8(buf, sizeof buf, &out, s, len, &st);
  return U_SUCCESS(st) ? std::string(buf, out) : std::string();
}
int main() {
  UErrorCode st = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &st);
  std::map<std::string, std::set<std::string>> symbols; // symbol -> codes
  std::map<std::string, std::set<std::string>> names;
  int32_t n = uloc_countAvailable();
  const char* code;
  while ((code = uenum_next(codes, nullptr, &st)) && U_SUCCESS(st)) {
    printf("code\t%s\t%s\n", code, code);
    UChar ucode[4];
    u_charsToUChars(code, ucode, 3);
    ucode[3] = 0;
    for (int32_t k = -1; k < n; ++k) {
      const char* loc = k < 0 ? "en" : uloc_getAvailable(k);
      for (UCurrNameStyle style : {UCURR_SYMBOL_NAME, UCURR_NARROW_SYMBOL_NAME}) {
        UErrorCode s2 = U_ZERO_ERROR;
        UBool choice;
        int32_t len = 0;
        const UChar* sym = ucurr_getName(ucode, loc, style, &choice, &len, &s2);
        if (U_SUCCESS(s2) && sym) symbols[u8(sym, len)].insert(code);
      }
    }
    UErrorCode s2 = U_ZERO_ERROR;
    UBool choice;
    int32_t len = 0;
    const UChar* nm = ucurr_getName(ucode, "en", UCURR_LONG_NAME, &choice, &len, &s2);
    if (U_SUCCESS(s2)) names[u8(nm, len)].insert(code);
    for (const char* plural : {"one", "other"}) {
      s2 = U_ZERO_ERROR;
      const UChar* pn = ucurr_getPluralName(ucode, "en", &choice, plural, &len, &s2);
      if (U_SUCCESS(s2)) names[u8(pn, len)].insert(code);
    }
  }
  for (auto& [s, c] : symbols) {
    printf("symbol\t%s", s.c_str());
    for (auto& x : c) printf("\t%s", x.c_str());
    printf("\n");
  }
  for (auto& [s, c] : names) {
    printf("name\t%s", s.c_str());
    for (auto& x : c) printf("\t%s", x.c_str());
    printf("\n");
  }
}
