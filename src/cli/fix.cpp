// --fix and --fix-dry-run (fix.hpp): planning non-overlapping fixes, applying them, replacing a
// file atomically, and the unified diff of the dry run (Myers' O(ND) line diff: fixes change
// few lines, so D is small even in a long draft).
#include "cli/fix.hpp"

#include "source/source_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace claimlint {

std::map<std::string, FilePlan> plan_fixes(const std::vector<Diagnostic>& diagnostics,
                                           const std::string* stdin_name) {
  std::map<std::string, std::vector<const Diagnostic*>> by_file;
  for (const Diagnostic& d : diagnostics)
    if (d.fix && d.file && !(stdin_name && d.file->path() == *stdin_name))
      by_file[d.file->path()].push_back(&d);
  std::map<std::string, FilePlan> plans;
  for (auto& [path, ds] : by_file) {
    std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic* a, const Diagnostic* b) {
      return a->fix->span.begin < b->fix->span.begin;
    });
    FilePlan& plan = plans[path];
    std::uint32_t end = 0;
    bool any = false;
    for (const Diagnostic* d : ds) {
      const Span s = d->fix->span;
      // Two fixes touching the same bytes, or two insertions at one place, wait a pass.
      if (any && (s.begin < end || (s.begin == end && s.begin == s.end &&
                                    plan.fixes.back()->fix->span.begin == s.begin))) {
        ++plan.overlapping;
        continue;
      }
      plan.fixes.push_back(d);
      end = s.end;
      any = true;
    }
  }
  return plans;
}

std::string apply_plan(std::string_view text, const FilePlan& plan) {
  std::string out;
  out.reserve(text.size() + 64);
  std::size_t at = 0;
  for (const Diagnostic* d : plan.fixes) {
    const Span s = d->fix->span;
    if (s.begin < at || s.end > text.size()) continue; // (planned without overlaps)
    out.append(text.substr(at, s.begin - at));
    out.append(d->fix->replacement);
    at = s.end;
  }
  out.append(text.substr(at));
  return out;
}

namespace {

std::vector<std::string_view> lines_of(std::string_view t) {
  std::vector<std::string_view> out;
  std::size_t p = 0;
  while (p < t.size()) {
    std::size_t e = t.find('\n', p);
    if (e == std::string_view::npos) e = t.size() - 1;
    out.push_back(t.substr(p, e + 1 - p)); // with its line break, if it has one
    p = e + 1;
  }
  return out;
}

// Myers' greedy diff: for each line of a and b, whether it is kept (common to both).
void myers(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
           std::vector<bool>& keep_a, std::vector<bool>& keep_b) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  keep_a.assign(a.size(), false);
  keep_b.assign(b.size(), false);
  const long max = n + m, off = max + 1;
  std::vector<long> v(static_cast<std::size_t>(2 * max + 3), 0);
  std::vector<std::vector<long>> trace;
  long found = -1;
  for (long d = 0; d <= max && found < 0; ++d) {
    trace.push_back(v);
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[static_cast<std::size_t>(off + k - 1)] <
                                          v[static_cast<std::size_t>(off + k + 1)]))
                   ? v[static_cast<std::size_t>(off + k + 1)]
                   : v[static_cast<std::size_t>(off + k - 1)] + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      v[static_cast<std::size_t>(off + k)] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Walk back through the trace, marking the diagonal (kept) moves.
  long x = n, y = m;
  for (long d = found; d > 0; --d) {
    const std::vector<long>& vd = trace[static_cast<std::size_t>(d)];
    long k = x - y;
    long prev_k = (k == -d || (k != d && vd[static_cast<std::size_t>(off + k - 1)] <
                                             vd[static_cast<std::size_t>(off + k + 1)]))
                      ? k + 1
                      : k - 1;
    long prev_x = vd[static_cast<std::size_t>(off + prev_k)], prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      keep_a[static_cast<std::size_t>(--x)] = true;
      keep_b[static_cast<std::size_t>(--y)] = true;
    }
    x = prev_x;
    y = prev_y;
  }
  while (x > 0 && y > 0) {
    keep_a[static_cast<std::size_t>(--x)] = true;
    keep_b[static_cast<std::size_t>(--y)] = true;
  }
}

} // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  // Trim the common head and tail first: the diff runs only on the part that changed.
  std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  std::vector<std::string_view> ma(a.begin() + static_cast<long>(head),
                                   a.end() - static_cast<long>(tail));
  std::vector<std::string_view> mb(b.begin() + static_cast<long>(head),
                                   b.end() - static_cast<long>(tail));
  std::vector<bool> ka, kb;
  myers(ma, mb, ka, kb);
  // The edit script over whole files: ' ' kept, '-' removed, '+' added.
  struct Op {
    char kind;
    std::size_t ia, ib; // line indexes (the line in a for ' ' and '-', in b for '+')
  };
  std::vector<Op> ops;
  for (std::size_t i = 0; i < head; ++i) ops.push_back({' ', i, i});
  std::size_t i = 0, j = 0;
  while (i < ma.size() || j < mb.size()) {
    if (i < ma.size() && !ka[i]) {
      ops.push_back({'-', head + i, head + j});
      ++i;
    } else if (j < mb.size() && !kb[j]) {
      ops.push_back({'+', head + i, head + j});
      ++j;
    } else {
      ops.push_back({' ', head + i, head + j});
      ++i;
      ++j;
    }
  }
  for (std::size_t k = 0; k < tail; ++k)
    ops.push_back({' ', a.size() - tail + k, b.size() - tail + k});
  // Relative paths as git writes them (apply with `git apply` or `patch -p1`), absolute ones as
  // they are (`patch -p0`).
  std::string out = path.starts_with("/") ? fmt::format("--- {}\n+++ {}\n", path, path)
                                          : fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  constexpr std::size_t kContext = 3;
  std::size_t k = 0;
  while (k < ops.size()) {
    if (ops[k].kind == ' ') {
      ++k;
      continue;
    }
    // A hunk: from kContext kept lines before this change to kContext after the last change
    // that lies within 2 * kContext kept lines of the previous one.
    std::size_t start = k >= kContext ? k - kContext : 0, end = k;
    while (end < ops.size()) {
      std::size_t e = end;
      while (e < ops.size() && ops[e].kind != ' ') ++e;
      std::size_t kept = 0;
      while (e + kept < ops.size() && ops[e + kept].kind == ' ') ++kept;
      if (e + kept < ops.size() && kept <= 2 * kContext) {
        end = e + kept;
        continue;
      }
      end = std::min(ops.size(), e + kContext);
      break;
    }
    std::size_t a_start = ops[start].ia, b_start = ops[start].ib, a_len = 0, b_len = 0;
    std::string body;
    for (std::size_t q = start; q < end; ++q) {
      std::string_view line = ops[q].kind == '+' ? b[ops[q].ib] : a[ops[q].ia];
      a_len += ops[q].kind != '+';
      b_len += ops[q].kind != '-';
      body += ops[q].kind;
      body.append(line);
      if (line.empty() || line.back() != '\n') body += "\n\\ No newline at end of file\n";
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_len ? a_start + 1 : a_start, a_len,
                       b_len ? b_start + 1 : b_start, b_len);
    out += body;
    k = end;
  }
  return out;
}

WriteOutcome replace_file(const std::string& path, std::string_view before, std::string_view after,
                          std::string& error) {
  namespace fs = std::filesystem;
  {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream now;
    now << in.rdbuf();
    if (!in.good() && !in.eof()) {
      error = "cannot read it again";
      return WriteOutcome::failed;
    }
    if (now.view() != before) return WriteOutcome::changed_on_disk;
  }
  fs::path target(path);
  std::string name = ".";
  name.append(target.filename().string())
      .append(".claimlint-fix-")
      .append(std::to_string(::getpid()));
  std::string tmp = (target.parent_path() / name).string();
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(after.data(), static_cast<std::streamsize>(after.size()));
    if (!out.flush()) {
      error = "cannot write " + tmp;
      std::error_code ec;
      fs::remove(tmp, ec);
      return WriteOutcome::failed;
    }
  }
  std::error_code ec;
  fs::permissions(tmp, fs::status(target, ec).permissions(), ec);
  fs::rename(tmp, target, ec);
  if (ec) {
    error = "cannot replace it: " + ec.message();
    fs::remove(tmp, ec);
    return WriteOutcome::failed;
  }
  return WriteOutcome::written;
}

std::string describe_fixes(const FilePlan& plan) {
  std::vector<std::pair<std::string, int>> counts;
  for (const Diagnostic* d : plan.fixes) {
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == d->rule; });
    if (it == counts.end())
      counts.emplace_back(d->rule, 1);
    else
      ++it->second;
  }
  std::string out;
  for (const auto& [rule, n] : counts)
    out +=
        fmt::format("{}{}{}", out.empty() ? "" : ", ", rule, n > 1 ? fmt::format(" x{}", n) : "");
  return out;
}

std::string dry_run_diff(const std::vector<Diagnostic>& diagnostics, std::size_t& fixes,
                         std::size_t& files) {
  std::string diff;
  fixes = files = 0;
  for (const auto& [path, plan] : plan_fixes(diagnostics, nullptr)) {
    const SourceFile* file = plan.fixes.front()->file;
    diff += unified_diff(path, file->text(), apply_plan(file->text(), plan));
    fixes += plan.fixes.size();
    ++files;
  }
  return diff;
}

bool fix_in_place(const std::vector<Diagnostic>& diagnostics,
                  const std::function<const std::vector<Diagnostic>&()>& recheck,
                  const std::string* stdin_name, bool quiet, std::string& messages) {
  std::map<std::string, std::pair<std::size_t, std::string>> fixed; // path -> count, rules
  bool ok = true;
  const std::vector<Diagnostic>* current = &diagnostics;
  for (int pass = 0; pass < 10; ++pass) {
    std::size_t applied = 0;
    for (const auto& [path, plan] : plan_fixes(*current, stdin_name)) {
      const SourceFile* file = plan.fixes.front()->file;
      std::string problem;
      switch (replace_file(path, file->text(), apply_plan(file->text(), plan), problem)) {
      case WriteOutcome::written: {
        auto& [count, rules] = fixed[path];
        count += plan.fixes.size();
        rules += (rules.empty() ? "" : ", ") + describe_fixes(plan);
        applied += plan.fixes.size();
        break;
      }
      case WriteOutcome::changed_on_disk:
        messages += fmt::format("{}: error: changed since claimlint read it; not fixed\n", path);
        ok = false;
        break;
      case WriteOutcome::failed:
        messages += fmt::format("{}: error: not fixed: {}\n", path, problem);
        ok = false;
        break;
      }
    }
    if (applied == 0) break;
    current = &recheck();
  }
  if (!quiet)
    for (const auto& [path, what] : fixed)
      messages += fmt::format("claimlint: fixed {} problem{} in {} ({})\n", what.first,
                              what.first == 1 ? "" : "s", path, what.second);
  return ok;
}

} // namespace claimlint
