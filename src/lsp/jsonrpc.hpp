// JSON-RPC 2.0 over a byte stream with LSP's base protocol framing:
//
//   Content-Length: 123\r\n
//   \r\n
//   {"jsonrpc":"2.0",...}
//
// Reading never trusts the peer: a missing or malformed header, a body that is not JSON or a
// length past the limit is a FramingError the server answers, not a crash; the reader then
// resynchronises on the next header.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <variant>

namespace claimlint::lsp {

inline constexpr std::size_t kMaxMessageBytes = 64u << 20;

struct Message {
  std::string body; // the JSON text, not yet parsed
};
struct FramingError {
  std::string message;
};
struct EndOfStream {};

using ReadResult = std::variant<Message, FramingError, EndOfStream>;

// Reads one framed message.
ReadResult read_message(std::istream& in);

// Writes one framed message and flushes.
void write_message(std::ostream& out, const std::string& body);

} // namespace claimlint::lsp
