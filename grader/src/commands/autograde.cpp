// `gdlab autograde`: one Gradescope submission, graded in Gradescope's container.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <stdlib.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "batch/intake.hpp"
#include "batch/store.hpp"
#include "batch/variants.hpp"
#include "commands/exit_codes.hpp"
#include "commands/gradescope.hpp"
#include "gdlab_config.hpp"
#include "report/gradescope.hpp"
#include "report/text.hpp"
#include "sandbox/layers.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"
#include "text/file.hpp"
#include "text/printable.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

struct Failure : std::runtime_error {  // not graded: the message is the student's to read
  int code;
  Failure(int c, const std::string& message) : std::runtime_error(message), code(c) {}
};

// Score 0 and the reason, in Gradescope's format.
nlohmann::json failure_results(const std::string& message) {
  return {{"score", 0},
          {"output", text::printable(message)},
          {"output_format", "text"},
          {"stdout_visibility", "hidden"},
          {"tests", nlohmann::json::array()}};
}

// A private folder for the student's files, removed however the grading ends.
struct WorkDir {
  fs::path path;
  WorkDir() {
    std::string t = (fs::temp_directory_path() / "gdlab-autograde-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("cannot make a folder in " + fs::temp_directory_path().string());
    path = t;
  }
  ~WorkDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

spec::Spec load(const std::string& path) {
  const auto loaded = spec::load_spec(path);
  if (loaded.spec) return *loaded.spec;
  std::string why;
  for (const auto& e : loaded.errors) why += e.to_string() + "\n";
  throw Failure(3, "The autograder's spec has errors, so nothing was graded (tell your instructor):\n" + why);
}

std::optional<std::string> student_of(const fs::path& root, std::ostream& out) {
  const auto metadata = text::read_file(root / "submission_metadata.json");
  if (!metadata) return std::nullopt;
  try {
    return gradescope_student(nlohmann::json::parse(*metadata));
  } catch (const std::exception& e) {
    fmt::print(out, "gdlab autograde: submission_metadata.json unreadable ({}): no per-student inputs\n", e.what());
    return std::nullopt;
  }
}

// The submission's exercise files: loose, in exercises/, in a wrapper folder, or a repository.
batch::Taken take(const fs::path& root, const spec::Spec& spec) {
  batch::Entry e;
  e.id = e.name = "submission";
  e.path = root / "submission";
  auto taken = batch::take_files(e, spec);
  if (taken.status != batch::Status::ok)
    throw Failure(2, fmt::format("Your submission was not graded: {}. Upload your exercise files (for example "
                                 "exercises/gd_1d.cpp), loose or in their exercises/ folder, or your repository.",
                                 taken.detail));
  return taken;
}

nlohmann::json grade_submission(const AutogradeArgs& a, const fs::path& root, std::ostream& out) {
  spec::Spec spec = load(a.spec.empty() ? GDLAB_DEFAULT_SPEC : a.spec);
  if (const auto why = sandbox::unconfined_reason(sandbox::isolation()); !why.empty() && !a.unsafe_no_sandbox)
    throw Failure(2, fmt::format("The autograder cannot keep submissions away from its files here ({}), so it "
                                 "graded nothing. Tell your instructor: an autograder exported with "
                                 "--unsafe-no-sandbox grades anyway.",
                                 why));
  const auto student = student_of(root, out);
  const auto taken = take(root, spec);
  if (student && batch::has_variants(spec)) spec = batch::for_student(spec, *student);
  WorkDir work;
  batch::write_files(taken, work.path);
  const auto report = submission::grade(spec, work.path, build::Toolchain::installed(),
                                        {.only_problem = std::nullopt, .include_hidden = true});
  auto results = report::to_gradescope(report);
  std::string notes;
  for (const auto& n : taken.notes) notes += "Note: " + text::printable(n) + "\n";
  for (const auto& m : taken.missing) notes += "Not in your submission: " + m + "\n";
  if (!notes.empty()) results["output"] = notes + "\n" + results["output"].get<std::string>();
  results["extra_data"] = {{"gdlab", {{"student", student.value_or("")}, {"commit", taken.commit}}}};
  report::write_text(report, out, false);
  return results;
}

}  // namespace

std::optional<std::string> gradescope_student(const nlohmann::json& metadata) {
  const auto users = metadata.value("users", nlohmann::json::array());
  if (!users.is_array() || users.empty() || !users[0].is_object()) return std::nullopt;
  const auto& user = users[0];
  if (const auto email = user.value("email", ""); batch::is_student_id(email)) return email;
  if (user.contains("id") && user["id"].is_number_integer()) return std::to_string(user["id"].get<long long>());
  return std::nullopt;
}

int autograde(const AutogradeArgs& args, std::ostream& out, std::ostream& err) {
  AutogradeArgs a = args;
  if (a.root.empty()) {
    const char* env = std::getenv("GDLAB_AUTOGRADER_ROOT");
    a.root = env && *env ? env : "/autograder";
  }
  const fs::path results = a.root / "results" / "results.json";
  const auto write = [&](const nlohmann::json& j) {
    batch::make_durable_dir(results.parent_path());
    batch::write_atomic(results, j.dump(2) + "\n");
  };
  try {
    write(grade_submission(a, a.root, out));
    return exit_ok;
  } catch (const Failure& f) {
    fmt::print(err, "gdlab autograde: {}\n", f.what());
    write(failure_results(f.what()));
    return f.code;
  } catch (const std::exception& e) {
    fmt::print(err, "gdlab autograde: internal error: {}\n", e.what());
    try {
      write(
          failure_results("The autograder failed while grading your submission, which was not graded. This is "
                          "not your fault: tell your instructor."));
    } catch (const std::exception&) {  // run_autograder writes one when this cannot
    }
    return exit_internal;
  }
}

void add_autograde_command(CLI::App& app, int& exit_code) {
  auto ag = std::make_shared<AutogradeArgs>();
  auto* run = app.add_subcommand("autograde", "Grade one Gradescope submission (what run_autograder runs)");
  run->add_option("--root", ag->root, "Gradescope's /autograder (default: $GDLAB_AUTOGRADER_ROOT or /autograder)");
  run->add_option("--spec", ag->spec, "test spec (default: grader/specs/gradient_descent.yaml)");
  run->add_flag("--unsafe-no-sandbox", ag->unsafe_no_sandbox, "grade even where files cannot be confined");
  run->callback([ag, &exit_code] { exit_code = autograde(*ag, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
