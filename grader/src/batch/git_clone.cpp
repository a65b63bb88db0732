#include "batch/git_clone.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <ctime>
#include <regex>
#include <sstream>

#include "text/utf8.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;
namespace {

constexpr int git_seconds = 60;                   // a clone of a student's repository reads in well under 1 s
constexpr std::size_t listing_cap = 64ULL << 20;  // rev-list and ls-tree output
constexpr std::size_t message_cap = 4096;

struct GitOutput {
  int status = -1;  // git's exit code; -1 when it did not run, was killed or timed out
  std::string out, err;
};

// The environment git gets: nothing of the grader's, no system or global configuration.
std::vector<std::string> git_environment(const fs::path& clone) {
  return {"PATH=/usr/bin:/bin",
          "HOME=/nonexistent",
          "LC_ALL=C",
          "GIT_DIR=" + (clone / ".git").string(),
          "GIT_CONFIG_NOSYSTEM=1",
          "GIT_CONFIG_GLOBAL=/dev/null",
          "GIT_ATTR_NOSYSTEM=1",
          "GIT_NO_REPLACE_OBJECTS=1",
          "GIT_TERMINAL_PROMPT=0",
          "GIT_OPTIONAL_LOCKS=0",
          "GIT_PAGER=cat"};
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> p;
  for (auto& s : strings) p.push_back(s.data());
  p.push_back(nullptr);
  return p;
}

const char* git_program() {
  for (const char* p : {"/usr/bin/git", "/bin/git", "/usr/local/bin/git"})
    if (::access(p, X_OK) == 0) return p;
  return nullptr;
}

// Reads both pipes until git closes them or the clock runs out; stops keeping bytes past the caps.
bool drain(int out_fd, int err_fd, std::size_t cap, GitOutput& o) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(git_seconds);
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {&o.out, &o.err};
  const std::size_t caps[2] = {cap + 1, message_cap};
  char buffer[65536];
  for (int open = 2; open > 0;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    if (::poll(fds, 2, static_cast<int>(left.count())) < 0 && errno != EINTR) return false;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const auto n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fds[i].fd = -1;
        --open;
        continue;
      }
      if (sinks[i]->size() < caps[i])
        sinks[i]->append(buffer, std::min<std::size_t>(static_cast<std::size_t>(n), caps[i] - sinks[i]->size()));
    }
  }
  return true;
}

GitOutput run_git(const fs::path& clone, std::vector<std::string> args, std::size_t cap = listing_cap) {
  GitOutput o;
  const char* program = git_program();
  if (!program) {
    o.err = "git is not installed (apt-get install git): it is needed to read a git clone";
    return o;
  }
  std::vector<std::string> argv = {"git", "--no-pager",           "-c", "safe.directory=*",
                                   "-c",  "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto env = git_environment(clone);
  auto argv_p = pointers(argv), env_p = pointers(env);  // allocated before fork: the child may not
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) != 0) return o;
  if (::pipe2(err, O_CLOEXEC) != 0) {
    ::close(out[0]);
    ::close(out[1]);
    return o;
  }
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDONLY);
    if (null < 0 || ::dup2(null, 0) < 0 || ::dup2(out[1], 1) < 0 || ::dup2(err[1], 2) < 0 || ::chdir("/") != 0)
      _exit(127);
    ::execve(program, argv_p.data(), env_p.data());
    _exit(127);
  }
  ::close(out[1]);
  ::close(err[1]);
  const bool finished = pid > 0 && drain(out[0], err[0], cap, o);
  ::close(out[0]);
  ::close(err[0]);
  if (pid < 0) return o;
  if (!finished) {
    ::kill(pid, SIGKILL);
    o.err = fmt::format("git took longer than {} s", git_seconds);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  o.status = finished && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

std::string first_line(const std::string& text) {
  const auto end = text.find('\n');
  return end == std::string::npos ? text : text.substr(0, end);
}

// Why gdlab will not read this clone, or "".
std::string unsafe_layout(const fs::path& clone) {
  std::error_code ec;
  const fs::path git = clone / ".git";
  if (fs::symlink_status(git, ec).type() != fs::file_type::directory)
    return ".git is not a folder (a worktree or a link pointing elsewhere): clone the repository afresh";
  for (const char* borrowed : {"commondir", "objects/info/alternates", "objects/info/http-alternates"})
    if (fs::symlink_status(git / borrowed, ec).type() != fs::file_type::not_found)
      return fmt::format(".git/{} borrows objects from another repository: clone it without --shared or --reference",
                         borrowed);
  return "";
}

// "1700000000 <hash>" lines of `git rev-list --timestamp`.
std::vector<Commit> parse_rev_list(const std::string& text) {
  std::vector<Commit> commits;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto space = line.find(' ');
    if (space == std::string::npos) continue;
    try {
      commits.push_back({line.substr(space + 1), std::stoll(line.substr(0, space))});
    } catch (const std::exception&) {  // not a line of rev-list's: skip it
    }
  }
  return commits;
}

std::int64_t days_from_civil(int y, unsigned m, unsigned d) {  // Howard Hinnant's algorithm
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

unsigned days_in_month(int y, unsigned m) {
  static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

}  // namespace

std::optional<std::int64_t> parse_deadline(const std::string& text, std::string& why) {
  static const std::regex iso(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})$)");
  std::smatch m;
  if (!std::regex_match(text, m, iso)) {
    why = fmt::format(
        "--deadline '{}' is not a date and time with its offset, e.g. 2026-12-01T23:59:59+01:00 "
        "or 2026-12-01T22:59:59Z",
        text);
    return std::nullopt;
  }
  const int year = std::stoi(m[1]);
  const unsigned month = static_cast<unsigned>(std::stoi(m[2])), day = static_cast<unsigned>(std::stoi(m[3]));
  const int hour = std::stoi(m[4]), minute = std::stoi(m[5]), second = m[6].matched ? std::stoi(m[6]) : 0;
  int offset = 0;
  if (m[7] != "Z") {
    const std::string z = m[7];
    const int sign = z[0] == '-' ? -1 : 1, oh = std::stoi(z.substr(1, 2)), om = std::stoi(z.substr(z.size() - 2));
    if (oh > 14 || om > 59) {
      why = fmt::format("--deadline '{}': the offset {} is not one", text, z);
      return std::nullopt;
    }
    offset = sign * (oh * 3600 + om * 60);
  }
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 ||
      second > 59) {
    why = fmt::format("--deadline '{}' is not a date and time that exists", text);
    return std::nullopt;
  }
  return days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

std::string utc_text(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

CommitChoice choose_commit(const fs::path& clone, std::optional<std::int64_t> deadline) {
  CommitChoice c;
  if (c.error = unsafe_layout(clone); !c.error.empty()) return c;
  const auto head = run_git(clone, {"rev-parse", "--verify", "-q", "HEAD^{commit}"}, message_cap);
  if (head.status != 0) {
    c.no_commit = head.status == 1;
    c.error = c.no_commit ? "the clone has no commit" : "git cannot read it: " + first_line(head.err);
    return c;
  }
  // Committer times of HEAD (and with a deadline, of every commit before it), newest first.
  std::vector<std::string> args = {"rev-list", "--timestamp"};
  if (!deadline) args.push_back("--max-count=1");
  args.push_back("HEAD");
  const auto listed = run_git(clone, args);
  const auto commits = parse_rev_list(listed.out);
  if (listed.status != 0 || commits.empty()) {
    c.error = "git cannot list its commits: " + first_line(listed.err);
    return c;
  }
  if (!deadline) {
    c.chosen = commits.front();
    return c;
  }
  for (const auto& commit : commits) {
    if (commit.committer_time > *deadline) ++c.after_deadline;
    if (!c.first || commit.committer_time <= c.first->committer_time) c.first = commit;
    if (commit.committer_time <= *deadline && (!c.chosen || commit.committer_time > c.chosen->committer_time))
      c.chosen = commit;
  }
  return c;
}

std::string commit_subject(const fs::path& clone, const std::string& commit) {
  const auto got = run_git(clone, {"cat-file", "commit", commit}, 64 << 10);
  if (got.status != 0) return "";
  // "tree ...\nparent ...\nauthor ...\ncommitter ...\n[more headers]\n\n<message>"
  const auto body = got.out.find("\n\n");
  if (body == std::string::npos) return "";
  std::istringstream message(got.out.substr(body + 2));
  std::string line;
  while (std::getline(message, line)) {
    const auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    const auto end = line.find_last_not_of(" \t\r");
    line = line.substr(start, end - start + 1);
    return line.substr(0, text::utf8_boundary(line, 200));  // whole UTF-8 characters
  }
  return "";
}

std::optional<std::vector<TreeFile>> list_tree(const fs::path& clone, const std::string& commit, std::string& error) {
  const auto listed = run_git(clone, {"ls-tree", "-r", "-l", "-z", "--full-tree", commit});
  if (listed.status != 0 || listed.out.size() > listing_cap) {
    error = listed.status != 0 ? "git cannot list the commit's files: " + first_line(listed.err)
                               : "the commit lists more files than gdlab reads";
    return std::nullopt;
  }
  std::vector<TreeFile> files;
  std::size_t at = 0;
  while (at < listed.out.size()) {  // "<mode> <type> <object> <size>\t<path>\0"
    const auto end = listed.out.find('\0', at);
    const std::string record = listed.out.substr(at, end == std::string::npos ? std::string::npos : end - at);
    at = end == std::string::npos ? listed.out.size() : end + 1;
    const auto tab = record.find('\t');
    if (tab == std::string::npos) continue;
    std::istringstream meta(record.substr(0, tab));
    std::string mode, type, object, size;
    meta >> mode >> type >> object >> size;
    if (type != "blob") continue;  // submodules are other repositories
    TreeFile f{.path = record.substr(tab + 1), .object = object, .link = mode == "120000"};
    try {
      f.size = std::stoull(size);
    } catch (const std::exception&) {
      continue;
    }
    files.push_back(std::move(f));
  }
  return files;
}

std::optional<std::string> read_blob(const fs::path& clone, const std::string& object, std::uint64_t cap) {
  auto got = run_git(clone, {"cat-file", "blob", object}, static_cast<std::size_t>(cap));
  if (got.status != 0 || got.out.size() > cap) return std::nullopt;
  return std::move(got.out);
}

}  // namespace gdlab::batch
