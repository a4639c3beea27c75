// The LSP base protocol reader: headers, bodies, and every way a peer can get them wrong.
#include "lsp/jsonrpc.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace claimlint::lsp;

namespace {

std::string body_of(const ReadResult& r) {
  if (auto* m = std::get_if<Message>(&r)) return m->body;
  if (auto* e = std::get_if<FramingError>(&r)) return "error: " + e->message;
  return "end";
}

} // namespace

TEST_CASE("lsp framing: messages in a row, other headers, case-insensitive name") {
  std::istringstream in("Content-Length: 2\r\n\r\n{}"
                        "content-length: 4\r\nContent-Type: application/vscode-jsonrpc\r\n\r\nnull"
                        "Content-Length: 6\r\n\r\n\"€\"x");
  CHECK(body_of(read_message(in)) == "{}");
  CHECK(body_of(read_message(in)) == "null");
  CHECK(body_of(read_message(in)) == "\"€\"x");
  CHECK(body_of(read_message(in)) == "end");
}

TEST_CASE("lsp framing: broken headers are errors, and the reader keeps going") {
  std::istringstream in("Content-Length: twelve\r\n\r\n"
                        "Content-Type: x\r\n\r\n"
                        "garbage line\r\n\r\n"
                        "Content-Length: 2\r\n\r\n{}");
  CHECK(body_of(read_message(in)) == "error: Content-Length is not a number: 'twelve'");
  CHECK(body_of(read_message(in)) == "error: message without a Content-Length header");
  CHECK(body_of(read_message(in)) == "error: malformed header line (expected 'Name: value')");
  CHECK(body_of(read_message(in)) == "{}");
}

TEST_CASE("lsp framing: truncated streams and oversized messages") {
  std::istringstream short_body("Content-Length: 10\r\n\r\n{}");
  CHECK(body_of(read_message(short_body)) == "error: stream ended inside a message body");
  std::istringstream short_header("Content-Length: 10\r\n");
  CHECK(body_of(read_message(short_header)) == "error: stream ended inside a message header");
  std::istringstream huge("Content-Length: 99999999999\r\n\r\n{}");
  CHECK(body_of(read_message(huge)).starts_with("error: message of 99999999999 bytes is over"));
}

TEST_CASE("lsp framing: writing") {
  std::ostringstream out;
  write_message(out, "{\"a\":\"€\"}");
  CHECK(out.str() == "Content-Length: 11\r\n\r\n{\"a\":\"€\"}");
}
