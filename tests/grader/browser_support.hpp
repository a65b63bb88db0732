// What the browser tests share: a scratch folder the sandbox's spare uid can read, `gdlab lab
// --serve` started on a submission and stopped, and Debian's Chromium found on the PATH.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace gdlab::test_browser {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "gdlab-lab-browser-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp");
    path = pattern;
    fs::permissions(path, fs::perms::all);  // the sandbox's spare uid reads the exercises
  }
  ~TempDir() {  // never throws: a test's failure must not turn into an abort
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

// `gdlab lab --serve --port 0` on `submission`, stopped by SIGTERM at the end.
struct LabServer {
  pid_t pid = -1;
  std::string url;
  explicit LabServer(const fs::path& submission) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    pid = fork();
    if (pid == 0) {
      dup2(out[1], 1);
      close(out[0]), close(out[1]);
      execl(GDLAB_CLI, GDLAB_CLI, "lab", "--serve", "--port", "0", "--submission", submission.c_str(), nullptr);
      _exit(127);
    }
    close(out[1]);
    std::string line;
    for (char c; line.find('\n') == std::string::npos && read(out[0], &c, 1) == 1;) line += c;
    close(out[0]);
    const auto at = line.find("http://"), end = line.find(' ', at);
    if (at == std::string::npos) throw std::runtime_error("gdlab lab --serve said: " + line);
    url = line.substr(at, end - at);
  }
  int stop() {  // its exit status after SIGTERM
    int status = 0;
    kill(pid, SIGTERM);
    waitpid(pid, &status, 0);
    pid = -1;
    return status;
  }
  ~LabServer() {
    if (pid > 0) kill(pid, SIGKILL), waitpid(pid, nullptr, 0);
  }
};

inline std::string chromium() {
  for (const char* name : {"chromium", "chromium-browser"})
    if (std::system((std::string("command -v ") + name + " >/dev/null").c_str()) == 0) return name;
  return "";
}

}  // namespace gdlab::test_browser
