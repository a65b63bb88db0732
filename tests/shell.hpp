// Running a shell command from a test, and validating a JSON file against a JSON schema with
// perl's JSON::Validator (Debian: libjson-validator-perl), as the report tests do.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace gdlab::test_shell {

struct Run {
  int status = -1;  // as pclose returns it: 0 for success
  std::string out;  // stdout and stderr together
};

// Runs a shell command; unless `merge` is false, its stderr is folded into the output.
inline Run run(const std::string& command, bool merge = true) {
  Run r;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + (merge ? " 2>&1" : "")).c_str(), "r"), pclose);
  if (!pipe) return r;
  char buffer[4096];
  while (const auto n = fread(buffer, 1, sizeof buffer, pipe.get())) r.out.append(buffer, n);
  r.status = pclose(pipe.release());
  return r;
}

inline std::string quoted(const std::string& text) {
  std::string q = "'";
  for (char c : text) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline bool have_json_validator() { return run("perl -MJSON::Validator -e 1").status == 0; }

// One line per violation in `out`; status 0 when `json` satisfies `schema`.
inline Run validate_json(const std::filesystem::path& schema, const std::filesystem::path& json) {
  return run(
      "perl -MJSON::Validator -MMojo::File=path -MMojo::JSON=decode_json -e '"
      "my $jv = JSON::Validator->new->schema($ARGV[0]);"
      "my @e = $jv->validate(decode_json(path($ARGV[1])->slurp));"
      "print \"$_\\n\" for @e; exit(@e ? 1 : 0)' " +
      quoted(schema.string()) + " " + quoted(json.string()));
}

}  // namespace gdlab::test_shell
