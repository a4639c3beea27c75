#include "lsp/jsonrpc.hpp"

#include <algorithm>
#include <charconv>

namespace claimlint::lsp {

namespace {

bool iequals_prefix(const std::string& line, std::string_view prefix) {
  if (line.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(line[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

} // namespace

ReadResult read_message(std::istream& in) {
  std::optional<std::size_t> length;
  std::string problem;
  bool any_header = false;
  std::string line;
  while (true) {
    if (!std::getline(in, line)) {
      if (any_header) return FramingError{"stream ended inside a message header"};
      return EndOfStream{};
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any_header) continue; // stray blank lines between messages
      break;
    }
    any_header = true;
    if (iequals_prefix(line, "content-length:")) {
      std::string_view v(line);
      v.remove_prefix(15);
      while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
      while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
      std::size_t n = 0;
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc() || p != v.data() + v.size())
        problem = "Content-Length is not a number: '" + std::string(v) + "'";
      else
        length = n;
    } else if (line.find(':') == std::string::npos) {
      problem = "malformed header line (expected 'Name: value')";
    }
    // Other headers (Content-Type) are allowed and ignored.
  }
  if (!problem.empty()) return FramingError{problem};
  if (!length) return FramingError{"message without a Content-Length header"};
  if (*length > kMaxMessageBytes) {
    // Skip the body so the stream stays in step, then refuse it.
    in.ignore(static_cast<std::streamsize>(*length));
    return FramingError{"message of " + std::to_string(*length) + " bytes is over the limit of " +
                        std::to_string(kMaxMessageBytes)};
  }
  // Read in chunks, so a header that promises more than is sent costs no large allocation.
  Message m;
  constexpr std::size_t kChunk = 1u << 20;
  while (m.body.size() < *length) {
    std::size_t want = std::min(kChunk, *length - m.body.size());
    std::size_t have = m.body.size();
    m.body.resize(have + want);
    in.read(m.body.data() + have, static_cast<std::streamsize>(want));
    if (static_cast<std::size_t>(in.gcount()) != want)
      return FramingError{"stream ended inside a message body"};
  }
  return m;
}

void write_message(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

} // namespace claimlint::lsp
