#include "build/logical_lines.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

namespace gdlab::build {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Phase 1: the byte order mark GCC skips, and CRLF or a lone CR as one '\n' (GCC takes both
// as line ends: `#include <vector>\r#include "x"` is two directives).
std::string unix_line_ends(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  const std::size_t start = text.starts_with(utf8_bom) ? utf8_bom.size() : 0;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

// GCC's blanks: a NUL is one too (with a warning), and may sit between a backslash and its line end.
bool blank(int c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\0'; }
bool digit(int c) { return c >= '0' && c <= '9'; }
bool letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
// What GCC takes into an identifier or a number: also '$' and the bytes of UTF-8 sequences.
bool word_char(int c) { return letter(c) || digit(c) || c == '$' || c >= 0x80; }
// A raw string's delimiter: basic source characters but blanks, parentheses and backslash.
bool delimiter_char(char c) {
  return letter(c) || digit(c) || (c != '\0' && std::strchr("{}[]#<>%:;.?*+-/^&|~!=,\"'", c));
}

// The file after phase 1, read a character at a time with continued lines skipped (phase 2).
class Source {
 public:
  explicit Source(std::string text) : s_(std::move(text)) {}
  // The character `ahead` places on; -1 past the end.
  int peek(std::size_t ahead = 0) const {
    std::size_t j = skip(i_);
    for (; ahead > 0 && j < s_.size(); --ahead) j = skip(j + 1);
    return j < s_.size() ? static_cast<unsigned char>(s_[j]) : -1;
  }
  char take() {
    i_ = skip(i_, &spliced_);
    return s_[i_++];
  }
  // How many line ends continuations swallowed since the last call.
  std::size_t spliced() { return std::exchange(spliced_, 0); }
  // The bytes themselves, for the bodies of raw strings, where GCC undoes phase 2.
  const std::string& text() const { return s_; }
  std::size_t position() const { return i_; }
  void jump(std::size_t to) { i_ = to; }

 private:
  // Past the continuations at j: a backslash, blanks, a line end.
  std::size_t skip(std::size_t j, std::size_t* count = nullptr) const {
    while (j < s_.size() && s_[j] == '\\') {
      std::size_t k = j + 1;
      while (k < s_.size() && blank(static_cast<unsigned char>(s_[k]))) ++k;
      if (k >= s_.size() || s_[k] != '\n') break;
      j = k + 1;
      if (count) ++*count;
    }
    return j;
  }

  std::string s_;
  std::size_t i_ = 0, spliced_ = 0;
};

// Where the logical line holding `from` ends: its first line end that is not continued.
std::size_t logical_line_end(const std::string& s, std::size_t from) {
  for (std::size_t j = s.find('\n', from); j != std::string::npos; j = s.find('\n', j + 1)) {
    std::size_t k = j;
    while (k > from && blank(static_cast<unsigned char>(s[k - 1]))) --k;
    if (k == from || s[k - 1] != '\\') return j;
  }
  return s.size();
}

// Phase 3, the tokens that decide what is a comment and what is a directive.
class Lexer {
 public:
  explicit Lexer(std::string text) : src_(std::move(text)) {}

  std::string run() {
    for (int c; (c = src_.peek()) >= 0;) {
      if (c == '\n') end_line();
      else if (blank(c)) src_.take(), out_ += ' ';
      else if (c == '/' && src_.peek(1) == '/') line_comment();
      else if (c == '/' && src_.peek(1) == '*') block_comment();
      else token(c);
    }
    return out_;
  }

 private:
  void token(int c) {
    const bool first = std::exchange(line_start_, false);
    const bool name = std::exchange(name_next_, false);
    const bool header = std::exchange(header_next_, false);
    if (first && (c == '#' || (c == '%' && src_.peek(1) == ':'))) {
      out_ += src_.take();
      if (c == '%') out_ += src_.take();
      directive_ = name_next_ = true;
    } else if (header && c == '<') {
      header_name();
    } else if (c == '"' || c == '\'') {
      quoted();
    } else if (digit(c) || (c == '.' && digit(src_.peek(1)))) {
      number();
    } else if (word_char(c) || (c == '\\' && (src_.peek(1) == 'u' || src_.peek(1) == 'U'))) {
      word(name);
    } else {
      out_ += src_.take();
    }
  }

  // The line ends a logical line swallowed follow it, so the next one starts on its own line.
  void end_line() {
    out_ += src_.take();
    out_.append(std::exchange(owed_, 0) + src_.spliced(), '\n');
    line_start_ = true;
    directive_ = name_next_ = header_next_ = false;
  }

  void line_comment() {
    while (src_.peek() >= 0 && src_.peek() != '\n') src_.take();
    out_ += ' ';
  }

  // A comment is one space, even across lines: `#/*\n*/include "x"` is a directive.
  void block_comment() {
    src_.take(), src_.take();
    out_ += ' ';
    while (src_.peek() >= 0) {
      if (src_.peek() == '*' && src_.peek(1) == '/') {
        src_.take(), src_.take();
        return;
      }
      if (src_.take() == '\n') ++owed_;
    }
  }

  // A string or character literal, to its closing quote or the end of the line.
  void quoted() {
    const char quote = src_.take();
    out_ += quote;
    for (int c; (c = src_.peek()) >= 0 && c != '\n';) {
      out_ += src_.take();
      if (c == quote) return;
      if (c == '\\' && src_.peek() >= 0 && src_.peek() != '\n') out_ += src_.take();
    }
  }

  void header_name() {
    for (int c; (c = src_.peek()) >= 0 && c != '\n';) {
      out_ += src_.take();
      if (c == '>') return;
    }
  }

  // A pp-number: 1'000 holds a digit separator, so the quote opens no character literal.
  void number() {
    int previous = 0;
    for (int c; (c = src_.peek()) >= 0;) {
      const bool sign = (c == '+' || c == '-') && std::strchr("eEpP", previous);
      if (c == '\'' && (letter(src_.peek(1)) || digit(src_.peek(1)))) out_ += src_.take();
      else if (!word_char(c) && c != '.' && !sign) return;
      out_ += static_cast<char>(previous = static_cast<unsigned char>(src_.take()));
    }
  }

  void word(bool directive_name) {
    std::string w;
    for (int c; (c = src_.peek()) >= 0;) {
      if (c == '\\' && (src_.peek(1) == 'u' || src_.peek(1) == 'U')) w += src_.take();
      else if (!word_char(c)) break;
      w += src_.take();
    }
    out_ += w;
    if (directive_name) header_next_ = w == "include" || w == "include_next" || w == "import";
    if (src_.peek() == '"' && (w == "R" || w == "u8R" || w == "uR" || w == "UR" || w == "LR")) raw_string();
  }

  // R"delim( ... )delim": to its end, across lines, except in a directive, which ends at
  // the end of its logical line. An invalid delimiter makes the quote an ordinary string, as
  // in GCC.
  void raw_string() {
    src_.take();
    const std::string& s = src_.text();
    const std::size_t open = src_.position();
    std::size_t paren = open;
    while (paren < s.size() && paren - open <= 16 && delimiter_char(s[paren])) ++paren;
    if (paren >= s.size() || s[paren] != '(' || paren - open > 16) {
      src_.jump(open - 1);
      return quoted();
    }
    const std::string close = ")" + s.substr(open, paren - open) + "\"";
    const std::size_t limit = directive_ ? logical_line_end(s, paren) : s.size();
    const std::size_t found = s.find(close, paren + 1);
    const std::size_t end = found == std::string::npos || found + close.size() > limit ? limit : found + close.size();
    owed_ += static_cast<std::size_t>(
        std::count(s.begin() + static_cast<long>(open), s.begin() + static_cast<long>(end), '\n'));
    src_.jump(end);
    out_ += "\"\"";
  }

  Source src_;
  std::string out_;
  std::size_t owed_ = 0;      // line ends inside comments and raw strings of this logical line
  bool line_start_ = true;    // only blanks and comments so far on this logical line
  bool directive_ = false;    // this logical line starts with # (or %:)
  bool name_next_ = false;    // the directive's name comes next
  bool header_next_ = false;  // an #include's header name comes next
};

}  // namespace

std::string logical_lines(const std::string& source) { return Lexer(unix_line_ends(source)).run(); }

}  // namespace gdlab::build
