// `gdlab export gradescope|prairielearn`: what a grading platform runs, made from the
// instructor's repository: Gradescope's autograder zip, or the folder PrairieLearn's grader image
// is built from.
#include "commands/export.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>
#include <map>

#include "batch/store.hpp"
#include "commands/assign.hpp"
#include "assign/plan.hpp"
#include "commands/exit_codes.hpp"
#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "declared/material.hpp"
#include "gdlab_config.hpp"
#include "spec/loader.hpp"
#include "text/file.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

struct BundleFile {
  std::string bytes;
  bool executable = false;
};
using Bundle = std::map<std::string, BundleFile>;  // path in the zip -> file

// What a platform gets of the repository: the instructor's repository without its tests, tools,
// docs and history, and without the answers' sources: the solutions and the mistake files stay
// here, and the results they give on every test of the spec travel instead, pinned
// (pin_answers). The platform's setup then builds only gdlab, and nothing there computes an
// answer. exercises/ holds the stubs and the headers submissions are compiled against.
const char* const bundle_files[] = {"CMakeLists.txt", "CMakePresets.json", "gdlab"};
const char* const bundle_folders[] = {"cmake", "reference", "grader", "exercises", "problems"};

bool is_executable(const fs::path& file) {
  return (fs::status(file).permissions() & fs::perms::owner_exec) != fs::perms::none;
}

void add_file(Bundle& bundle, const fs::path& root, const fs::path& relative) {
  const auto bytes = text::read_file(root / relative);
  if (!bytes) throw std::runtime_error("cannot read " + (root / relative).string());
  bundle[relative.generic_string()] = {*bytes, is_executable(root / relative)};
}

Bundle collect(const fs::path& root) {
  Bundle bundle;
  for (const char* f : bundle_files) add_file(bundle, root, f);
  for (const char* dir : bundle_folders)
    for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
      const std::string name = e.path().filename().string();
      if (!e.is_regular_file() || name.ends_with("~") || name.starts_with(".#")) continue;
      add_file(bundle, root, fs::relative(e.path(), root));
    }
  return bundle;
}

// Each problem's solution and mistake files out, their results on every test in: built and run
// here, where the instructor sees any that fails, and only root may read them in the image.
void pin_answers(Bundle& bundle, const spec::Spec& spec, const fs::path& root, std::ostream& err) {
  for (const auto& problem : spec.problems) {
    const auto material = declared::material_for(problem, root);
    fmt::print(err, "gdlab export: {}: its solution and {} mistake file(s) on its {} tests\n", problem.id,
               material.mistakes.size(), problem.tests.size());
    const auto toolchain = declared::toolchain_for(problem, build::Toolchain::installed(), material);
    const auto pinned = declared::pin(problem, toolchain, material, declared::PinnedTests::every);
    if (material.solution) bundle.erase(fs::relative(*material.solution, root).generic_string());
    for (const auto& m : material.mistakes) bundle.erase(fs::relative(m.path, root).generic_string());
    bundle[(fs::path("grader/specs/pinned") / (problem.id + ".json")).generic_string()] = {pinned.dump(1) + "\n"};
  }
}

// Gradescope wants setup.sh and run_autograder at the top of the zip.
void add_scripts(Bundle& bundle, bool unsafe_no_sandbox) {
  bundle["setup.sh"] = {bundle.at("grader/gradescope/setup.sh").bytes, true};
  std::string run = bundle.at("grader/gradescope/run_autograder").bytes;
  if (unsafe_no_sandbox) {
    const std::string marker = "unsafe=()";
    const auto at = run.find(marker);
    if (at == std::string::npos) throw std::runtime_error("run_autograder has no 'unsafe=()' line to set");
    run.replace(at, marker.size(), "unsafe=(--unsafe-no-sandbox)");
  }
  bundle["run_autograder"] = {run, true};
}

// PrairieLearn's image is built from a folder (docker build): written beside, then renamed.
void write_folder(const Bundle& bundle, const fs::path& out) {
  const fs::path staging = out.string() + ".gdlab-staging";
  fs::remove_all(staging);
  for (const auto& [path, file] : bundle) {
    const fs::path target = staging / path;
    fs::create_directories(target.parent_path());
    if (!text::replace_file(target, file.bytes)) throw std::runtime_error("cannot write " + target.string());
    if (file.executable)
      fs::permissions(target, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                      fs::perm_options::add);
  }
  if (fs::exists(out)) fs::remove(out);  // empty, checked before anything was pinned
  fs::rename(staging, out);
}

// A zip with fixed times and modes: the same sources give the same bytes.
void write_zip(const Bundle& bundle, const fs::path& out) {
  const fs::path temporary = out.string() + ".tmp";
  archive* a = archive_write_new();
  archive_write_set_format_zip(a);
  if (archive_write_open_filename(a, temporary.c_str()) != ARCHIVE_OK) {
    const std::string why = archive_error_string(a);
    archive_write_free(a);
    throw std::runtime_error(fmt::format("cannot write {}: {}", temporary.string(), why));
  }
  for (const auto& [path, file] : bundle) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, path.c_str());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, file.executable ? 0755 : 0644);
    archive_entry_set_size(e, static_cast<la_int64_t>(file.bytes.size()));
    archive_entry_set_mtime(e, 1767225600, 0);  // 2026-01-01
    const bool ok =
        archive_write_header(a, e) == ARCHIVE_OK &&
        archive_write_data(a, file.bytes.data(), file.bytes.size()) == static_cast<la_ssize_t>(file.bytes.size());
    archive_entry_free(e);
    if (!ok) {
      const std::string why = archive_error_string(a);
      archive_write_free(a);
      throw std::runtime_error(fmt::format("cannot write {} into {}: {}", path, temporary.string(), why));
    }
  }
  const bool closed = archive_write_close(a) == ARCHIVE_OK;
  archive_write_free(a);
  if (!closed) throw std::runtime_error("cannot finish " + temporary.string());
  fs::rename(temporary, out);
}

}  // namespace

int export_bundle(const ExportArgs& args, std::ostream& out, std::ostream& err) {
  try {
    if (args.platform != "gradescope" && args.platform != "prairielearn") {
      fmt::print(err, "gdlab export: the platforms are gradescope and prairielearn, got '{}'\n", args.platform);
      return exit_bad_input;
    }
    const bool gradescope = args.platform == "gradescope";
    const fs::path root = args.root.empty() ? default_root() : args.root;
    const fs::path destination = !args.out.empty() ? args.out : gradescope ? "autograder.zip" : "prairielearn-image";
    if (!gradescope && fs::exists(destination) && !fs::is_empty(destination)) {
      fmt::print(err, "gdlab export: {} exists and is not empty; choose a new folder so nothing is overwritten\n",
                 destination.string());
      return exit_bad_input;
    }
    auto bundle = collect(root);
    // The bundle's default spec is the one it grades with.
    const std::string spec_path = args.spec.empty() ? (root / assign::assigned_spec).string() : args.spec;
    const auto loaded = spec::load_spec(spec_path);
    if (!loaded.spec) {
      for (const auto& e : loaded.errors) fmt::print(err, "{}\n", e.to_string());
      fmt::print(err, "gdlab export: the spec has {} error(s); nothing was written\n", loaded.errors.size());
      return exit_bad_input;
    }
    bundle[assign::assigned_spec] = {*text::read_file(spec_path), false};
    pin_answers(bundle, *loaded.spec, root, err);
    if (!gradescope) {
      write_folder(bundle, destination);
      fmt::print(out,
                 "gdlab export: wrote {} ({} files): build the grader image from it with\n"
                 "  docker build -f {}/grader/platforms/prairielearn/Dockerfile -t REGISTRY/gdlab-grader {}\n",
                 destination.string(), bundle.size(), destination.string(), destination.string());
      return exit_ok;
    }
    add_scripts(bundle, args.unsafe_no_sandbox);
    write_zip(bundle, destination);
    fmt::print(out,
               "gdlab export: wrote {} ({} files): upload it on Gradescope's Configure Autograder page "
               "(Ubuntu 22.04 base image){}\n",
               destination.string(), bundle.size(),
               args.unsafe_no_sandbox ? "; it grades even where submissions cannot be kept from its files" : "");
    return exit_ok;
  } catch (const std::exception& e) {
    fmt::print(err, "gdlab export: {}\n", e.what());
    return exit_internal;
  }
}

void add_export_command(CLI::App& app, int& exit_code) {
  auto ex = std::make_shared<ExportArgs>();
  auto* cmd =
      app.add_subcommand("export", "Write what a grading platform runs: gradescope (a zip), prairielearn (a folder)");
  cmd->add_option("PLATFORM", ex->platform, "gradescope or prairielearn")->required();
  cmd->add_option(
      "--out", ex->out,
      "the zip (gradescope, default autograder.zip) or new folder (prairielearn, default prairielearn-image) to write");
  cmd->add_option("--spec", ex->spec, "the spec it grades with (default: grader/specs/gradient_descent.yaml)");
  cmd->add_option("--root", ex->root, "the instructor's repository (default: here)");
  cmd->add_flag("--unsafe-no-sandbox", ex->unsafe_no_sandbox,
                "gradescope: grade even on a machine with neither namespaces nor Landlock (the spare uid and file "
                "modes then keep submissions from the sources and results)");
  cmd->callback([ex, &exit_code] { exit_code = export_bundle(*ex, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
