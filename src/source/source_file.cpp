#include "source/source_file.hpp"

#include "source/utf8.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimlint {

std::string_view dialect_name(Dialect d) {
  return d == Dialect::markdown ? "markdown" : "plain";
}

SourceFile::SourceFile(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)), lines_(bytes_) {
  std::string_view t = bytes_;
  if (t.starts_with("\xEF\xBB\xBF")) content_begin_ = 3;
  front_matter_ = parse_front_matter(t.substr(content_begin_), content_begin_, fm_problems_);
  body_begin_ = front_matter_.present ? front_matter_.block.end : content_begin_;
  reference_date_ = front_matter_.date;
  dialect_ = detect_dialect(path_, t.substr(body_begin_));
}

Dialect detect_dialect(std::string_view path, std::string_view body) {
  auto ends_with_ci = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
      char c = path[path.size() - suffix.size() + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != suffix[i]) return false;
    }
    return true;
  };
  if (ends_with_ci(".md") || ends_with_ci(".markdown")) return Dialect::markdown;
  // Look at the first non-blank line only: cheap, and enough to tell "# Headline" drafts.
  std::size_t p = 0;
  while (p < body.size()) {
    std::size_t e = body.find('\n', p);
    if (e == std::string_view::npos) e = body.size();
    std::string_view line = body.substr(p, e - p);
    std::size_t q = line.find_first_not_of(" \t\r");
    if (q != std::string_view::npos) {
      line = line.substr(q);
      std::size_t hashes = line.find_first_not_of('#');
      if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ')
        return Dialect::markdown;
      return Dialect::plain;
    }
    p = e + 1;
  }
  return Dialect::plain;
}

std::variant<std::unique_ptr<SourceFile>, InputError>
load_source_bytes(std::string bytes, const std::string& display_path, const LoadLimits& limits) {
  if (bytes.size() > limits.max_bytes)
    return InputError{display_path,
                      fmt::format("file is too large ({} bytes; the limit is {} bytes, set with "
                                  "--max-file-size)",
                                  bytes.size(), limits.max_bytes)};
  if (bytes.size() >= 0xFFFFFFF0u)
    return InputError{display_path, "file is too large (4 GiB or more)"};
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    auto off = static_cast<std::uint32_t>(static_cast<const char*>(nul) - bytes.data());
    InputError e{display_path,
                 fmt::format("binary file (NUL byte at byte offset {}); not a text draft", off),
                 off};
    LineIndex li(std::string_view(bytes).substr(0, off));
    e.line = li.line_count();
    e.column = off - li.line_start(e.line) + 1;
    return e;
  }
  if (auto bad = validate_utf8(bytes)) {
    auto off = static_cast<std::uint32_t>(bad->offset);
    // The prefix before the bad byte is valid, so its line index gives exact columns.
    std::string_view prefix = std::string_view(bytes).substr(0, off);
    LineIndex li(prefix);
    Position pos = li.position(off);
    InputError e{display_path,
                 fmt::format("invalid UTF-8 at byte offset {} (line {}, column {}): {} (byte "
                             "0x{:02X}); claimlint reads UTF-8 only",
                             off, pos.line, pos.column, bad->reason,
                             static_cast<unsigned char>(bytes[off])),
                 off, pos.line, pos.column};
    return e;
  }
  return std::make_unique<SourceFile>(display_path, std::move(bytes));
}

std::variant<std::unique_ptr<SourceFile>, InputError>
load_source_file(const std::string& fs_path, const std::string& display_path,
                 const LoadLimits& limits) {
  auto os_error = [&](const char* what) {
    return InputError{display_path, fmt::format("{}: {}", what, std::strerror(errno))};
  };
  int fd = ::open(fs_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return os_error("cannot open file");
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    auto e = os_error("cannot read file");
    ::close(fd);
    return e;
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return InputError{display_path, "is a directory"};
  }
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > limits.max_bytes) {
    ::close(fd);
    return InputError{display_path,
                      fmt::format("file is too large ({} bytes; the limit is {} bytes, set with "
                                  "--max-file-size)",
                                  st.st_size, limits.max_bytes)};
  }
  std::string bytes;
  if (S_ISREG(st.st_mode)) bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  for (;;) {
    if (got == bytes.size()) {
      if (S_ISREG(st.st_mode) && got == static_cast<std::size_t>(st.st_size)) {
        // One extra byte probe catches files that grew while we read them.
        char probe;
        ssize_t r = ::read(fd, &probe, 1);
        if (r <= 0) break;
        bytes.push_back(probe);
        ++got;
      }
      if (bytes.size() > limits.max_bytes) break;
      bytes.resize(std::max<std::size_t>(bytes.size() * 2, 65536));
    }
    ssize_t r = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (r < 0) {
      if (errno == EINTR) continue;
      auto e = os_error("cannot read file");
      ::close(fd);
      return e;
    }
    if (r == 0) break;
    got += static_cast<std::size_t>(r);
  }
  ::close(fd);
  bytes.resize(got);
  return load_source_bytes(std::move(bytes), display_path, limits);
}

} // namespace claimlint
