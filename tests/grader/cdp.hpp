// A small Chrome DevTools Protocol client over --remote-debugging-pipe (commands on the
// browser's fd 3, answers and events on its fd 4, each message ended by a NUL): no
// WebSocket, no Python, no Node. Enough to open a page, evaluate script and send real input.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <sys/types.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace gdlab::test_cdp {

using nlohmann::json;

class Browser {
 public:
  // `program` is chromium; `profile` a fresh folder; its chatter goes to `log`.
  Browser(const std::string& program, const std::string& profile, const std::string& log) {
    int to[2], from[2];
    if (pipe(to) != 0 || pipe(from) != 0) throw std::runtime_error("pipe");
    pid_ = fork();
    if (pid_ == 0) {
      setpgid(0, 0);  // a group of its own: its renderer and helpers are stopped with it
      // Into fds 3 and 4 by way of higher numbers, so no dup2 closes the other end first.
      const int in = fcntl(to[0], F_DUPFD, 10), out = fcntl(from[1], F_DUPFD, 10);
      dup2(in, 3), dup2(out, 4);
      const int logfd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      dup2(logfd, 1), dup2(logfd, 2);
      for (int fd = 5; fd < 1024; ++fd) close(fd);
      const std::string dir = "--user-data-dir=" + profile;
      // Quiet on a closed network: no background connections, no component or sync updates.
      execlp(program.c_str(), program.c_str(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--remote-debugging-pipe", "--window-size=1200,2400", dir.c_str(), "about:blank",
             nullptr);
      _exit(127);
    }
    close(to[0]), close(from[1]);
    out_ = to[1], in_ = from[0];
  }
  // Closed politely first, then every process of its group killed and waited for: a helper
  // left writing into the profile would race the test's removal of its scratch folder.
  ~Browser() {
    struct sigaction ignore = {};
    struct sigaction before = {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &before);  // a browser already gone must not kill the test
    try {
      session_.clear();  // Browser.close goes to the browser, not the page
      if (pid_ > 0) call("Browser.close", json::object(), 5);
    } catch (const std::exception&) {  // already gone, or deaf: killed below
    }
    sigaction(SIGPIPE, &before, nullptr);
    close(out_), close(in_);
    if (pid_ <= 0) return;
    kill(-pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    for (int i = 0; i < 100 && kill(-pid_, 0) == 0; ++i) usleep(50000);  // orphans reaped by init
  }

  // Sends a command (to a page's session when one is attached) and waits for its answer.
  json call(const std::string& method, json params = json::object(), double seconds = 30) {
    json message = {{"id", ++id_}, {"method", method}, {"params", std::move(params)}};
    if (!session_.empty()) message["sessionId"] = session_;
    const std::string text = message.dump() + '\0';
    if (write(out_, text.data(), text.size()) != static_cast<ssize_t>(text.size())) throw std::runtime_error("write");
    const auto deadline =
        std::chrono::steady_clock::now() +
        std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
    while (true) {
      const json answer = next(deadline);
      if (answer.value("id", -1) != id_) continue;  // an event, or another's answer
      if (answer.contains("error")) throw std::runtime_error(method + ": " + answer["error"].dump());
      return answer["result"];
    }
  }

  // Opens a page and attaches to it: later calls go to it.
  void attach_to_page() {
    const json target = call("Target.createTarget", {{"url", "about:blank"}});
    session_ = call("Target.attachToTarget", {{"targetId", target["targetId"]}, {"flatten", true}})["sessionId"];
  }

  // The value of a script expression (awaited when it is a promise).
  json eval(const std::string& expression) {
    const json r =
        call("Runtime.evaluate", {{"expression", expression}, {"returnByValue", true}, {"awaitPromise", true}});
    if (r.contains("exceptionDetails")) throw std::runtime_error("script: " + r["exceptionDetails"].dump());
    return r["result"].value("value", json());
  }

  // Polls `condition` until it is true or `seconds` pass.
  bool wait_for(const std::string& condition, double seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
      if (eval("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()") == true)
        return true;  // not loaded yet
      usleep(100000);
    }
    return false;
  }

  // A real left click at a point of the viewport, as a mouse would make it.
  void click(double x, double y) {
    for (const char* type : {"mouseMoved", "mousePressed", "mouseReleased"})
      call("Input.dispatchMouseEvent", {{"type", type},
                                        {"x", x},
                                        {"y", y},
                                        {"button", std::string(type) == "mouseMoved" ? "none" : "left"},
                                        {"clickCount", 1}});
  }

  // A key pressed and released on whatever has the focus; `modifiers` 8 holds Shift down.
  void key(const std::string& name, int code, int modifiers = 0) {
    for (const char* type : {"rawKeyDown", "keyUp"})
      call("Input.dispatchKeyEvent",
           {{"type", type}, {"key", name}, {"code", name}, {"windowsVirtualKeyCode", code}, {"modifiers", modifiers}});
  }

  // Enter as a keyboard sends it: its character too, which submits a form.
  void enter() {
    call("Input.dispatchKeyEvent",
         {{"type", "keyDown"}, {"key", "Enter"}, {"code", "Enter"}, {"windowsVirtualKeyCode", 13}, {"text", "\r"}});
    call("Input.dispatchKeyEvent",
         {{"type", "keyUp"}, {"key", "Enter"}, {"code", "Enter"}, {"windowsVirtualKeyCode", 13}});
  }

  // Text typed into whatever has the focus, a character at a time, as a keyboard types it.
  void type(const std::string& text) {
    for (char c : text) {
      const std::string s(1, c);
      call("Input.dispatchKeyEvent", {{"type", "keyDown"}, {"key", s}, {"text", s}});
      call("Input.dispatchKeyEvent", {{"type", "keyUp"}, {"key", s}});
    }
  }

  // The viewport `width` CSS pixels wide (and `height` high), at one device pixel per CSS pixel.
  void viewport(int width, int height) {
    call("Emulation.setDeviceMetricsOverride",
         {{"width", width}, {"height", height}, {"deviceScaleFactor", 1}, {"mobile", false}});
  }

  // The whole page as PNG bytes, below the fold included.
  std::string screenshot() {
    const json size = call("Page.getLayoutMetrics")["cssContentSize"];
    const json clip = {{"x", 0}, {"y", 0}, {"width", size["width"]}, {"height", size["height"]}, {"scale", 1}};
    const json r =
        call("Page.captureScreenshot", {{"format", "png"}, {"captureBeyondViewport", true}, {"clip", clip}}, 60);
    return base64_decode(r["data"].get<std::string>());
  }

 private:
  static std::string base64_decode(const std::string& in) {
    std::string out;
    int bits = 0, value = 0;
    for (char c : in) {
      const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
      const char* at = c ? std::strchr(table, c) : nullptr;
      if (!at) continue;  // padding
      value = (value << 6) | static_cast<int>(at - table), bits += 6;
      if (bits >= 8) bits -= 8, out += static_cast<char>((value >> bits) & 0xFF);
    }
    return out;
  }

  json next(std::chrono::steady_clock::time_point deadline) {
    while (true) {
      if (const auto end = buffer_.find('\0'); end != std::string::npos) {
        const std::string one = buffer_.substr(0, end);
        buffer_.erase(0, end + 1);
        return json::parse(one);
      }
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      pollfd p{in_, POLLIN, 0};
      if (left.count() <= 0 || poll(&p, 1, static_cast<int>(left.count())) <= 0)
        throw std::runtime_error("the browser did not answer in time");
      char chunk[65536];
      const ssize_t n = read(in_, chunk, sizeof chunk);
      if (n <= 0) throw std::runtime_error("the browser closed its pipe (did it start? see its log)");
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  pid_t pid_ = -1;
  int out_ = -1, in_ = -1, id_ = 0;
  std::string session_, buffer_;
};

}  // namespace gdlab::test_cdp
