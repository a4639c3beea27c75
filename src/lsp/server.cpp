#include "lsp/server.hpp"

#include "lsp/jsonrpc.hpp"
#include "source/utf8.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>

namespace claimlint {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700, kInvalidRequest = -32600, kMethodNotFound = -32601,
              kInvalidParams = -32602, kServerNotInitialized = -32002;

enum class Encoding { utf8, utf16, utf32 };

std::string_view encoding_name(Encoding e) {
  return e == Encoding::utf8 ? "utf-8" : e == Encoding::utf32 ? "utf-32" : "utf-16";
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// file:///a%20b/c.md -> /a b/c.md; nullopt for other schemes.
std::optional<std::string> uri_to_path(std::string_view uri) {
  if (!uri.starts_with("file://")) return std::nullopt;
  uri.remove_prefix(7);
  if (uri.starts_with("localhost/")) uri.remove_prefix(9);
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hex_value(uri[i + 1]) >= 0 &&
        hex_value(uri[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2]));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return fs::path(out).lexically_normal().string();
}

std::string path_to_uri(std::string_view path) {
  return "file://" + uri_encode_path(path);
}

// Messages from the reader thread. The state is shared so that a reader still blocked on
// standard input after `exit` never touches a destroyed server.
struct Inbox {
  std::mutex mutex;
  std::condition_variable ready;
  std::deque<lsp::ReadResult> messages;
};

struct Draft {
  std::string uri;
  std::unique_ptr<SourceFile> source; // null when the text could not be loaded
  std::optional<InputError> error;    // why it could not
  std::optional<FileResult> result;   // the per-file stage, until the text changes
  bool open = false;
  bool in_workspace = false;
  std::optional<std::int64_t> version;
};

// What a published diagnostic offers as a quick fix, kept in LSP coordinates.
struct QuickFix {
  json diagnostic;
  json range;
  json edit; // a TextEdit
  std::string title;
};

class Server {
public:
  Server(const RuleSet& rules, const RunOptions& options, std::ostream& out,
         const LanguageServerOptions& lsp_options)
      : rules_(rules), options_(options), out_(out), lsp_options_(lsp_options) {}

  int serve(std::istream& in) {
    // std::cin is tied to std::cout: every read would flush the output from the reader thread
    // while the main thread writes to it, and frames would interleave (seen under load).
    in.tie(nullptr);
    auto inbox = std::make_shared<Inbox>();
    std::thread reader([inbox, &in] {
      while (true) {
        lsp::ReadResult r = lsp::read_message(in);
        bool end = std::holds_alternative<lsp::EndOfStream>(r);
        {
          std::lock_guard lock(inbox->mutex);
          inbox->messages.push_back(std::move(r));
        }
        inbox->ready.notify_one();
        if (end) return;
      }
    });
    while (!exit_code_) {
      std::optional<lsp::ReadResult> next;
      {
        std::unique_lock lock(inbox->mutex);
        auto has_message = [&] { return !inbox->messages.empty(); };
        if (lint_due_)
          inbox->ready.wait_until(lock, *lint_due_, has_message);
        else
          inbox->ready.wait(lock, has_message);
        if (!inbox->messages.empty()) {
          next = std::move(inbox->messages.front());
          inbox->messages.pop_front();
        }
      }
      if (!next) {
        lint_and_publish();
        continue;
      }
      if (std::holds_alternative<lsp::EndOfStream>(*next)) {
        // The client went away without `exit`: the spec's exit code for that is 1.
        exit_code_ = shutdown_requested_ ? 0 : 1;
      } else if (auto* err = std::get_if<lsp::FramingError>(&*next)) {
        send_error(nullptr, kParseError, err->message);
      } else {
        dispatch(std::get<lsp::Message>(*next).body);
      }
    }
    if (lsp_options_.join_reader)
      reader.join();
    else
      reader.detach();
    return *exit_code_;
  }

private:
  const RuleSet& rules_;
  RunOptions options_;
  std::unique_ptr<ArchiveContext> archive_context_;
  std::ostream& out_;
  LanguageServerOptions lsp_options_;
  Encoding encoding_ = Encoding::utf16;
  bool initialized_ = false, shutdown_requested_ = false;
  std::optional<int> exit_code_;
  std::optional<Clock::time_point> lint_due_;
  std::map<std::string, Draft> drafts_;                // by absolute path
  std::map<std::string, std::string> published_;       // uri -> last diagnostics sent
  std::map<std::string, std::vector<QuickFix>> fixes_; // uri -> quick fixes

  // Invalid UTF-8 (a parse error quoting the bytes it read, found by the fuzzer) is replaced,
  // never thrown: nothing a client sends may stop the server.
  void send(const json& message) {
    lsp::write_message(out_, message.dump(-1, ' ', false, json::error_handler_t::replace));
  }

  void send_error(const json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }

  void send_result(const json& id, const json& result) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
  }

  void notify(const std::string& method, const json& params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
  }

  void log(const std::string& message) {
    notify("window/logMessage", {{"type", 4}, {"message", message}});
  }

  void dispatch(const std::string& body) {
    json msg;
    try {
      msg = json::parse(body);
    } catch (const json::exception& e) { // parse_error, or out_of_range for 1e99999
      send_error(nullptr, kParseError, fmt::format("message is not valid JSON: {}", e.what()));
      return;
    }
    json id = msg.is_object() && msg.contains("id") ? msg["id"] : json();
    if (!msg.is_object() || !msg.contains("method") || !msg["method"].is_string()) {
      if (msg.is_object() && (msg.contains("result") || msg.contains("error"))) return; // a reply
      send_error(id, kInvalidRequest, "not a JSON-RPC request or notification (no \"method\")");
      return;
    }
    if (!id.is_null() && !id.is_string() && !id.is_number_integer()) {
      send_error(nullptr, kInvalidRequest, "a request id must be a string or an integer");
      return;
    }
    const std::string method = msg["method"];
    const bool is_request = msg.contains("id");
    const json params = msg.contains("params") ? msg["params"] : json::object();
    try {
      handle(method, is_request, id, params);
    } catch (const json::exception& e) {
      if (is_request)
        send_error(id, kInvalidParams, fmt::format("invalid params for {}: {}", method, e.what()));
      else
        log(fmt::format("ignored {} with invalid params: {}", method, e.what()));
    } catch (const std::exception& e) {
      if (is_request)
        send_error(id, -32603, fmt::format("internal error in {}: {}", method, e.what()));
      else
        log(fmt::format("internal error in {}: {}", method, e.what()));
    }
  }

  void handle(const std::string& method, bool is_request, const json& id, const json& params) {
    if (method == "exit") {
      exit_code_ = shutdown_requested_ ? 0 : 1;
      return;
    }
    if (!initialized_ && method != "initialize") {
      if (is_request) send_error(id, kServerNotInitialized, "the server is not initialized yet");
      return;
    }
    if (shutdown_requested_ && is_request) {
      send_error(id, kInvalidRequest, "the server is shutting down");
      return;
    }
    if (method == "initialize") {
      if (initialized_) {
        send_error(id, kInvalidRequest, "initialize was already received");
        return;
      }
      initialize(id, params);
    } else if (method == "initialized") {
      lint_due_ = Clock::now();
    } else if (method == "shutdown") {
      shutdown_requested_ = true;
      send_result(id, nullptr);
    } else if (method == "textDocument/didOpen") {
      const json& doc = params.at("textDocument");
      set_text(doc.at("uri").get<std::string>(), doc.at("text").get<std::string>(),
               doc.contains("version") ? std::optional<std::int64_t>(doc["version"]) : std::nullopt,
               true);
      lint_due_ = Clock::now();
    } else if (method == "textDocument/didChange") {
      did_change(params);
    } else if (method == "textDocument/didSave") {
      const json& doc = params.at("textDocument");
      if (params.contains("text"))
        set_text(doc.at("uri").get<std::string>(), params["text"].get<std::string>(), std::nullopt,
                 true);
      lint_due_ = Clock::now();
    } else if (method == "textDocument/didClose") {
      did_close(params.at("textDocument").at("uri").get<std::string>());
    } else if (method == "workspace/didChangeWatchedFiles") {
      for (const json& change : params.at("changes")) reload_from_disk(change.at("uri"));
      lint_due_ = Clock::now();
    } else if (method == "textDocument/codeAction") {
      if (lint_due_) lint_and_publish(); // answer for the text the client has now
      send_result(id, code_actions(params));
    } else if (is_request) {
      send_error(id, kMethodNotFound, fmt::format("method not supported: {}", method));
    }
    // Other notifications ($/cancelRequest, $/setTrace, ...) need nothing from us.
  }

  void initialize(const json& id, const json& params) {
    // Position encoding: the first of the client's choices we support, else UTF-16.
    if (params.contains("capabilities")) {
      const json& caps = params["capabilities"];
      if (caps.contains("general") && caps["general"].contains("positionEncodings"))
        for (const json& e : caps["general"]["positionEncodings"]) {
          if (!e.is_string()) continue;
          std::string name = e;
          if (name == "utf-8" || name == "utf-16" || name == "utf-32") {
            encoding_ = name == "utf-8"    ? Encoding::utf8
                        : name == "utf-32" ? Encoding::utf32
                                           : Encoding::utf16;
            break;
          }
        }
    }
    std::vector<std::string> folders;
    if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array())
      for (const json& f : params["workspaceFolders"])
        if (auto p = uri_to_path(f.at("uri").get<std::string>())) folders.push_back(*p);
    if (folders.empty() && params.contains("rootUri") && params["rootUri"].is_string())
      if (auto p = uri_to_path(params["rootUri"].get<std::string>())) folders.push_back(*p);
    if (folders.empty() && params.contains("rootPath") && params["rootPath"].is_string())
      folders.push_back(params["rootPath"].get<std::string>());
    std::size_t indexed = 0;
    if (!lsp_options_.index_workspace) folders.clear();
    for (const std::string& folder : folders) {
      std::vector<InputError> ignored; // a folder without drafts is fine for an editor
      for (const InputSpec& spec : discover_inputs({folder}, "", ignored)) {
        std::string path = fs::absolute(spec.fs_path).lexically_normal().string();
        Draft& d = drafts_[path];
        d.uri = path_to_uri(path);
        d.in_workspace = true;
        load_from_disk(path, d);
        ++indexed;
      }
    }
    initialized_ = true;
    json result = {{"capabilities",
                    {{"positionEncoding", encoding_name(encoding_)},
                     {"textDocumentSync",
                      {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
                     {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
                   {"serverInfo", {{"name", "claimlint"}, {"version", CLAIMLINT_VERSION}}}};
    send_result(id, result);
    log(fmt::format("claimlint: indexed {} draft{} in {} workspace folder{}", indexed,
                    indexed == 1 ? "" : "s", folders.size(), folders.size() == 1 ? "" : "s"));
  }

  void load_from_disk(const std::string& path, Draft& d) {
    adopt(d, load_source_file(path, path, options_.limits));
  }

  // A freshly loaded text (from disk or from the editor) becomes the draft's source, or its
  // error; the per-file result is recomputed at the next lint.
  void adopt(Draft& d, std::variant<std::unique_ptr<SourceFile>, InputError> loaded) {
    d.result.reset();
    d.source.reset();
    d.error.reset();
    if (auto* src = std::get_if<std::unique_ptr<SourceFile>>(&loaded)) {
      d.source = std::move(*src);
      if (!d.source->reference_date()) d.source->set_reference_date(options_.as_of);
    } else {
      d.error = std::get<InputError>(loaded);
    }
  }

  void reload_from_disk(const std::string& uri) {
    std::optional<std::string> path = uri_to_path(uri);
    if (!path) return;
    auto it = drafts_.find(*path);
    std::error_code ec;
    if (it != drafts_.end() && it->second.open) return; // the editor's text wins
    if (!fs::is_regular_file(*path, ec) || !is_draft_extension(*path)) {
      if (it != drafts_.end()) drafts_.erase(it);
      return;
    }
    Draft& d = drafts_[*path];
    d.uri = uri;
    d.in_workspace = true;
    load_from_disk(*path, d);
  }

  void set_text(const std::string& uri, std::string text, std::optional<std::int64_t> version,
                bool open) {
    std::string path = uri_to_path(uri).value_or(uri); // untitled: buffers keep their URI
    Draft& d = drafts_[path];
    d.uri = uri;
    d.open = open;
    if (version) d.version = version;
    adopt(d, load_source_bytes(std::move(text), path, options_.limits));
  }

  // Byte offset of an LSP position in `text`, in the negotiated encoding; clamped to the line.
  std::uint32_t offset_of(const SourceFile& f, const json& pos) const {
    std::uint32_t line = pos.at("line").get<std::uint32_t>() + 1;
    std::uint32_t character = pos.at("character").get<std::uint32_t>();
    const LineIndex& li = f.lines();
    if (line > li.line_count()) return f.size();
    if (encoding_ == Encoding::utf16) return li.offset_from_utf16(line, character);
    std::string_view lt = li.line_text(line);
    std::size_t p = 0;
    if (encoding_ == Encoding::utf8) {
      p = std::min<std::size_t>(character, lt.size());
      while (p > 0 && p < lt.size() && (static_cast<unsigned char>(lt[p]) & 0xC0) == 0x80) --p;
    } else {
      for (std::uint32_t n = 0; n < character && p < lt.size(); ++n) next_code_point(lt, p);
    }
    return li.line_start(line) + static_cast<std::uint32_t>(p);
  }

  void did_change(const json& params) {
    const json& doc = params.at("textDocument");
    std::string uri = doc.at("uri");
    std::string path = uri_to_path(uri).value_or(uri);
    auto it = drafts_.find(path);
    std::string text = it != drafts_.end() && it->second.source
                           ? std::string(it->second.source->text())
                           : std::string();
    for (const json& change : params.at("contentChanges")) {
      if (!change.contains("range")) {
        text = change.at("text").get<std::string>();
        continue;
      }
      // We ask for full documents, but apply ranged edits correctly should a client send them.
      SourceFile current(path, text);
      std::uint32_t b = offset_of(current, change["range"].at("start"));
      std::uint32_t e = offset_of(current, change["range"].at("end"));
      if (e < b) std::swap(b, e);
      text.replace(b, e - b, change.at("text").get<std::string>());
    }
    set_text(uri, std::move(text),
             doc.contains("version") ? std::optional<std::int64_t>(doc["version"]) : std::nullopt,
             true);
    auto due = Clock::now() + lsp_options_.debounce;
    lint_due_ = due; // typing pushes the lint back until it pauses
  }

  void did_close(const std::string& uri) {
    std::string path = uri_to_path(uri).value_or(uri);
    auto it = drafts_.find(path);
    if (it == drafts_.end()) return;
    if (it->second.in_workspace) {
      it->second.open = false;
      it->second.version.reset();
      load_from_disk(path, it->second); // the draft on disk is still part of the story
    } else {
      drafts_.erase(it);
    }
    lint_due_ = Clock::now();
  }

  json position(const SourceFile& f, std::uint32_t offset) const {
    Position p = f.position(offset);
    std::uint32_t character = encoding_ == Encoding::utf8    ? p.column_utf8
                              : encoding_ == Encoding::utf32 ? p.column
                                                             : p.column_utf16;
    return {{"line", p.line - 1}, {"character", character - 1}};
  }

  json range(const SourceFile& f, Span s) const {
    return {{"start", position(f, s.begin)}, {"end", position(f, s.end)}};
  }

  static int lsp_severity(Severity s) {
    return s == Severity::error ? 1 : s == Severity::warning ? 2 : 3;
  }

  std::string uri_of(const SourceFile& f) const {
    auto it = drafts_.find(f.path());
    if (it != drafts_.end()) return it->second.uri;
    // An archived article: its path as stored, from the folder the server runs in.
    std::error_code ec;
    return path_to_uri(std::filesystem::absolute(f.path(), ec).lexically_normal().string());
  }

  void lint_and_publish() {
    lint_due_.reset();
    auto t0 = Clock::now();
    std::size_t rechecked = 0;
    std::vector<std::pair<const SourceFile*, FileResult>> files;
    for (auto& [path, d] : drafts_) {
      if (!d.source) continue;
      if (!d.result) {
        d.result = check_file(*d.source, rules_);
        ++rechecked;
      }
      files.emplace_back(d.source.get(), *d.result);
    }
    auto t1 = Clock::now();
    // The archived articles the notes point into live until the next lint.
    archive_context_.reset();
    if (options_.archive)
      archive_context_ =
          std::make_unique<ArchiveContext>(*options_.archive, options_.archive_window);
    std::vector<Diagnostic> diagnostics =
        finish_run(std::move(files), rules_, nullptr, nullptr, archive_context_.get());
    auto t2 = Clock::now();

    std::map<std::string, json> by_uri;
    std::map<std::string, std::vector<QuickFix>> fixes;
    for (const auto& [path, d] : drafts_) {
      by_uri[d.uri] = json::array();
      if (d.error && d.open) {
        json p = {{"line", d.error->line ? d.error->line - 1 : 0},
                  {"character", d.error->column ? d.error->column - 1 : 0}};
        by_uri[d.uri].push_back({{"range", {{"start", p}, {"end", p}}},
                                 {"severity", 1},
                                 {"code", "input"},
                                 {"source", "claimlint"},
                                 {"message", d.error->message}});
      }
    }
    for (const Diagnostic& d : diagnostics) {
      std::string uri = uri_of(*d.file);
      json lsp = {{"range", range(*d.file, d.span)},
                  {"severity", lsp_severity(d.severity)},
                  {"code", d.rule},
                  {"source", "claimlint"},
                  {"message", d.message}};
      if (!d.related.empty()) {
        json related = json::array();
        for (const RelatedLocation& r : d.related)
          related.push_back(
              {{"location", {{"uri", uri_of(*r.file)}, {"range", range(*r.file, r.span)}}},
               {"message", r.message}});
        lsp["relatedInformation"] = std::move(related);
      }
      if (d.fix) {
        std::string_view old = d.file->slice(d.fix->span);
        std::string title =
            old.empty() ? fmt::format("Insert \"{}\"", d.fix->replacement)
                        : fmt::format("Replace \"{}\" with \"{}\"", old, d.fix->replacement);
        fixes[uri].push_back(
            {lsp,
             lsp["range"],
             {{"range", range(*d.file, d.fix->span)}, {"newText", d.fix->replacement}},
             title + " (" + d.rule + ")"});
      }
      by_uri[uri].push_back(std::move(lsp));
    }
    fixes_ = std::move(fixes);
    // Drafts that no longer exist get an empty list once, so the editor clears them.
    for (const auto& [uri, last] : published_)
      if (!by_uri.contains(uri)) by_uri[uri] = json::array();
    std::size_t sent = 0;
    for (auto& [uri, list] : by_uri) {
      std::string text = list.dump();
      auto prev = published_.find(uri);
      bool unchanged = prev != published_.end() && prev->second == text;
      bool never_sent_empty = prev == published_.end() && list.empty();
      if (unchanged || never_sent_empty) continue;
      json params = {{"uri", uri}, {"diagnostics", std::move(list)}};
      std::string path = uri_to_path(uri).value_or(uri);
      if (auto d = drafts_.find(path); d != drafts_.end() && d->second.version)
        params["version"] = *d->second.version;
      notify("textDocument/publishDiagnostics", params);
      published_[uri] = std::move(text);
      ++sent;
    }
    for (auto it = published_.begin(); it != published_.end();)
      it = it->second == "[]" ? published_.erase(it) : std::next(it);
    auto ms = [](auto a, auto b) {
      return std::chrono::duration<double, std::milli>(b - a).count();
    };
    log(fmt::format("claimlint: linted {} changed of {} drafts in {:.2f} ms (per-file {:.2f} ms, "
                    "corpus {:.2f} ms); {} diagnostics lists sent",
                    rechecked, drafts_.size(), ms(t0, t2), ms(t0, t1), ms(t1, t2), sent));
  }

  static bool before(const json& a, const json& b) {
    return a.at("line").get<std::int64_t>() < b.at("line").get<std::int64_t>() ||
           (a.at("line") == b.at("line") &&
            a.at("character").get<std::int64_t>() < b.at("character").get<std::int64_t>());
  }

  json code_actions(const json& params) const {
    json actions = json::array();
    std::string uri = params.at("textDocument").at("uri");
    const json& want = params.at("range");
    auto it = fixes_.find(uri);
    if (it == fixes_.end()) return actions;
    for (const QuickFix& f : it->second) {
      // Overlap, with touching ranges counted, as a cursor at a word's end is "on" it.
      if (before(want.at("end"), f.range.at("start")) ||
          before(f.range.at("end"), want.at("start")))
        continue;
      actions.push_back({{"title", f.title},
                         {"kind", "quickfix"},
                         {"diagnostics", json::array({f.diagnostic})},
                         {"isPreferred", true},
                         {"edit", {{"changes", {{uri, json::array({f.edit})}}}}}});
    }
    return actions;
  }
};

} // namespace

int run_language_server(const RuleSet& rules, const RunOptions& options, std::istream& in,
                        std::ostream& out, const LanguageServerOptions& lsp_options) {
  Server server(rules, options, out, lsp_options);
  return server.serve(in);
}

} // namespace claimlint
