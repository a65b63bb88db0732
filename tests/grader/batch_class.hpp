// A class of submissions for the batch tests, built in a temporary folder: copies of the
// solutions (several identical, some as archives), the stubs, every submission of the buggy
// corpus and a sample of the hostile one on top of the solutions, a git clone, a student who edited the
// grader, and every kind of bad entry. Each entry knows what the batch must make of it: a
// status, and for graded ones the folder whose exercise files submission::grade must see.
#pragma once

#include <archive.h>
#include <archive_entry.h>

#include "corpus_paths.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "support.hpp"

namespace gdlab::testing {
namespace fs = std::filesystem;

inline const fs::path source_dir = GDLAB_SOURCE_DIR;

using TempDir = test_support::TempDir;

struct ArchiveItem {
  enum Kind { file, symlink, hardlink } kind = file;
  std::string path, bytes, target;
};

// .zip, .tar.gz or .tar by the file's name, written with libarchive.
inline void write_archive(const fs::path& file, const std::vector<ArchiveItem>& items) {
  archive* a = archive_write_new();
  const std::string name = file.filename().string();
  if (name.ends_with(".zip")) {
    archive_write_set_format_zip(a);
  } else {
    archive_write_set_format_pax_restricted(a);
    if (name.ends_with(".gz")) archive_write_add_filter_gzip(a);
  }
  if (archive_write_open_filename(a, file.c_str()) != ARCHIVE_OK) throw std::runtime_error(archive_error_string(a));
  for (const auto& item : items) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, item.path.c_str());
    archive_entry_set_perm(e, 0644);
    if (item.kind == ArchiveItem::symlink) {
      archive_entry_set_filetype(e, AE_IFLNK);
      archive_entry_set_symlink(e, item.target.c_str());
    } else if (item.kind == ArchiveItem::hardlink) {
      archive_entry_set_filetype(e, AE_IFREG);
      archive_entry_set_hardlink(e, item.target.c_str());
    } else {
      archive_entry_set_filetype(e, AE_IFREG);
      archive_entry_set_size(e, static_cast<la_int64_t>(item.bytes.size()));
    }
    archive_write_header(a, e);
    if (item.kind == ArchiveItem::file) archive_write_data(a, item.bytes.data(), item.bytes.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
}

inline std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The exercise files of a folder (exercises/*.cpp), as archive items under `prefix`.
inline std::vector<ArchiveItem> items_of(const fs::path& folder, const std::string& prefix) {
  std::vector<ArchiveItem> items;
  for (const auto& e : fs::directory_iterator(folder / "exercises"))
    items.push_back({ArchiveItem::file, prefix + e.path().filename().string(), slurp(e.path()), ""});
  return items;
}

struct Student {
  std::string status = "ok";          // what the gradebook must say
  std::optional<fs::path> graded_as;  // a folder holding exactly the files the batch must take
};

struct ClassOfStudents {
  fs::path submissions, reference;  // the class; folders of what each graded student really hands in
  std::map<std::string, Student> students;
};

inline void copy_exercises(const fs::path& from, const fs::path& to) {
  gdlab::test_corpus::copy_sources(from, to / "exercises");
}

// The class, one kind of student at a time.
class ClassBuilder {
 public:
  explicit ClassBuilder(const fs::path& root)
      : root_(root),
        c_{root / "submissions", root / "reference", {}},
        solved_(c_.reference / "solved"),
        stubs_(c_.reference / "stubs") {
    fs::create_directories(c_.submissions);
    fs::create_directories(c_.reference);
    test_support::solved_submission(solved_);
    copy_exercises(source_dir / "exercises", stubs_);
  }

  ClassOfStudents build() && {
    solutions_and_stubs();
    corpus();
    git_clone();
    cheater();
    partial();
    bad_entries();
    return std::move(c_);
  }

 private:
  void add_folder(const std::string& id, const fs::path& like, const std::string& status = "ok") {
    fs::copy(like, c_.submissions / id, fs::copy_options::recursive);
    c_.students[id] = {status, like};
  }

  // The solutions, three times as folders and three times as archives: graded once.
  void solutions_and_stubs() {
    for (const char* id : {"sol_1", "sol_2", "sol_3"}) add_folder(id, solved_);
    write_archive(c_.submissions / "sol_zip.zip", items_of(solved_, "sol_zip/exercises/"));  // a wrapper folder
    write_archive(c_.submissions / "sol_tgz.tar.gz", items_of(solved_, "exercises/"));
    write_archive(c_.submissions / "sol_flat.zip", items_of(solved_, ""));  // no exercises/
    for (const char* id : {"sol_zip", "sol_tgz", "sol_flat"}) c_.students[id] = {"ok", solved_};
    add_folder("stubs", stubs_);
  }

  // Each buggy submission, and a sample of the hostile ones (all of them would make this test as
  // long as the hostile corpus's own), on top of the solutions.
  void corpus() {
    const std::set<std::string> hostile_sample = {"fork_bomb",         "infinite_loop",  "memory_bomb",
                                                  "reads_secrets",     "writes_outside", "fake_result_frame",
                                                  "include_etc_passwd"};
    for (const char* corpus : {"buggy", "hostile"}) {
      for (const auto& e : fs::directory_iterator(source_dir / "tests/corpus" / corpus)) {
        if (!fs::is_directory(e.path() / "exercises")) continue;
        if (std::string(corpus) == "hostile" && !hostile_sample.contains(e.path().filename().string())) continue;
        const std::string id = std::string(corpus) + "_" + e.path().filename().string();
        const auto folder = c_.reference / id;
        test_support::solved_submission(folder);
        copy_exercises(e.path() / "exercises", folder);
        const bool compile_error = id.find("compile_error") != std::string::npos ||
                                   id.find("_reference_") != std::string::npos ||
                                   id.find("_include_") != std::string::npos;
        add_folder(id, folder, compile_error ? "compile_error" : "ok");
      }
    }
  }

  // A git clone of a student repository: the exercises are taken, nothing of theirs is run.
  void git_clone() {
    const auto repo = root_ / "origin";
    copy_exercises(source_dir / "exercises", repo);
    fs::copy_file(test_support::solution_path("gd_1d.cpp"), repo / "exercises/gd_1d.cpp",
                  fs::copy_options::overwrite_existing);
    fs::create_directories(repo / ".githooks");
    std::ofstream(repo / ".githooks/post-checkout") << "#!/bin/sh\ntouch " << (root_ / "hook-ran").string() << "\n";
    const auto folder = c_.reference / "git_clone";
    copy_exercises(repo / "exercises", folder);
    const std::string git = "git -c user.name=s -c user.email=s@example.org -c init.defaultBranch=main";
    const std::string cmd = "cd '" + repo.string() + "' && " + git + " init -q && " + git + " add -A && " + git +
                            " commit -qm work && git clone -q '" + repo.string() + "' '" +
                            (c_.submissions / "git_student").string() + "' 2>/dev/null";
    // gdlab reads a clone with git (its commit, not the folder): the tests need git too.
    if (std::system(cmd.c_str()) != 0) ADD_FAILURE() << "git is needed to make a clone: apt-get install git";
    c_.students["git_student"] = {"ok", folder};
  }

  // A student who "fixed" the grader, the reference, the spec and the solutions in their copy:
  // only their exercise files (the stubs) are taken, so they score what the stubs score.
  void cheater() {
    const auto cheat = c_.submissions / "cheater";
    copy_exercises(source_dir / "exercises", cheat);
    for (const char* f :
         {"grader/harness/gd_1d_main.cpp", "grader/specs/gradient_descent.yaml",
          "reference/core/include/gdlab/objectives.hpp", "problems/gd_1d/gd_1d.cpp", "CMakeLists.txt"}) {
      fs::create_directories((cheat / f).parent_path());
      std::ofstream(cheat / f) << "// every test passes now\nint main() { return 0; }\n";
    }
    c_.students["cheater"] = {"ok", stubs_};
  }

  // Some files only; one a symbolic link (to the solution!) that must not be followed.
  void partial() {
    const auto part = c_.reference / "partial";
    fs::create_directories(part / "exercises");
    fs::copy_file(test_support::solution_path("gd_1d.cpp"), part / "exercises/gd_1d.cpp");
    add_folder("partial", part, "missing_files");
    const auto linked = c_.reference / "linked";
    test_support::solved_submission(linked);
    fs::remove(linked / "exercises/gd_2d.cpp");
    add_folder("linked", linked, "missing_files");
    fs::create_symlink(test_support::solution_path("gd_2d.cpp"), c_.submissions / "linked/exercises/gd_2d.cpp");
  }

  // Bad entries: each a row with its status, and the batch goes on.
  void bad_entries() {
    auto& students = c_.students;
    const fs::path& subs = c_.submissions;
    fs::create_directories(subs / "empty");
    students["empty"] = {"no_files", {}};
    write_archive(subs / "empty_zip.zip", {{ArchiveItem::file, "README.txt", "nothing here\n", ""}});
    students["empty_zip"] = {"no_files", {}};
    std::ofstream(subs / "corrupt.zip") << "PK\x03\x04 this is not really a zip file";
    students["corrupt"] = {"bad_archive", {}};
    const auto solved_items = items_of(solved_, "exercises/");
    write_archive(root_ / "whole.tar.gz", solved_items);
    const auto bytes = slurp(root_ / "whole.tar.gz");
    std::ofstream(subs / "truncated.tar.gz", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    students["truncated"] = {"bad_archive", {}};
    const auto with = [&](ArchiveItem extra) {
      auto items = solved_items;
      items.push_back(std::move(extra));
      return items;
    };
    write_archive(subs / "dotdot.zip", with({ArchiveItem::file, "../evil.cpp", "evil", ""}));
    write_archive(subs / "symlink.tar.gz", with({ArchiveItem::symlink, "exercises/extra.cpp", "", "/etc/passwd"}));
    write_archive(subs / "hardlink.tar",
                  with({ArchiveItem::hardlink, "exercises/copy.cpp", "", "exercises/gd_1d.cpp"}));
    write_archive(subs / "absolute.tar.gz", with({ArchiveItem::file, "/tmp/evil.cpp", "x", ""}));
    write_archive(subs / "bomb.zip", with({ArchiveItem::file, "zeros.bin", std::string(80 << 20, '\0'), ""}));
    for (const char* id : {"dotdot", "symlink", "hardlink", "absolute", "bomb"}) students[id] = {"bad_archive", {}};
    std::ofstream(subs / "notes.txt") << "not a submission\n";
    students["notes.txt"] = {"unreadable", {}};
    fs::create_symlink(root_ / "nowhere", subs / "ghost");
    students["ghost"] = {"unreadable", {}};
    fs::copy(solved_, subs / "two words", fs::copy_options::recursive);
    students["bad_id"] = {"bad_id", {}};  // its id is a stand-in: the test finds it by status
    fs::copy(solved_, subs / "twice", fs::copy_options::recursive);
    write_archive(subs / "twice.zip", solved_items);
    students["twice"] = {"duplicate", {}};
  }

  fs::path root_;
  ClassOfStudents c_;
  fs::path solved_, stubs_;
};

inline ClassOfStudents build_class(const fs::path& root) { return ClassBuilder(root).build(); }

}  // namespace gdlab::testing
