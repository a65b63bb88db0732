// The parts of gdlab grade one at a time: archives and what is taken from them, student ids,
// shards, CSV quoting, atomic writes.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <set>

#include "batch/gradebook.hpp"
#include "batch/gzip.hpp"
#include "batch/report_json.hpp"
#include "batch/intake.hpp"
#include "batch/record.hpp"
#include "batch/shard.hpp"
#include "batch/store.hpp"
#include "batch_class.hpp"
#include "spec/loader.hpp"

namespace gdlab::testing {
namespace {

using batch::Status;

const spec::Spec& class_spec() {
  static const spec::Spec spec = *spec::load_spec((source_dir / "tests/batch/class_spec.yaml").string()).spec;
  return spec;
}

batch::Taken take(const fs::path& path, const batch::ArchiveLimits& limits = {}) {
  batch::Entry e;
  e.name = path.filename().string();
  e.path = path;
  e.archive = !batch::archive_extension(e.name).empty();
  return batch::take_files(e, class_spec(), limits);
}

std::vector<ArchiveItem> two_files() {
  return {{ArchiveItem::file, "exercises/gd_1d.cpp", "// one\n", ""},
          {ArchiveItem::file, "exercises/gd_2d.cpp", "// two\n", ""}};
}

TEST(BatchArchives, OnlyTheSpecFilesAreTakenWhateverElseIsInside) {
  TempDir dir;
  auto items = two_files();
  items.push_back({ArchiveItem::file, "grader/specs/gradient_descent.yaml", "assignment: mine\n", ""});
  items.push_back({ArchiveItem::file, "exercises/helper.cpp", "int x;\n", ""});
  write_archive(dir.path / "a.tar.gz", items);
  const auto t = take(dir.path / "a.tar.gz");
  EXPECT_EQ(t.status, Status::ok) << t.detail;
  EXPECT_EQ(t.files.size(), 2u);
  EXPECT_EQ(t.files.at("exercises/gd_1d.cpp"), "// one\n");
  EXPECT_EQ(t.missing.size(), 3u);
}

TEST(BatchArchives, AWrapperFolderAndAFlatLayoutAreBothFound) {
  TempDir dir;
  write_archive(dir.path / "w.zip", {{ArchiveItem::file, "repo-main/exercises/gd_1d.cpp", "// w\n", ""}});
  write_archive(dir.path / "f.zip", {{ArchiveItem::file, "gd_1d.cpp", "// f\n", ""}});
  EXPECT_EQ(take(dir.path / "w.zip").files.at("exercises/gd_1d.cpp"), "// w\n");
  EXPECT_EQ(take(dir.path / "f.zip").files.at("exercises/gd_1d.cpp"), "// f\n");
}

struct Unsafe {
  std::string name;
  ArchiveItem item;
  std::string says;
};

TEST(BatchArchives, UnsafeEntriesRefuseTheWholeArchiveSayingWhy) {
  TempDir dir;
  const std::vector<Unsafe> cases = {
      {"dotdot.zip", {ArchiveItem::file, "exercises/../../evil.cpp", "x", ""}, "'..'"},
      {"absolute.tar", {ArchiveItem::file, "/etc/evil.cpp", "x", ""}, "absolute path"},
      {"symlink.tar.gz", {ArchiveItem::symlink, "exercises/gd_1d.cpp", "", "/etc/shadow"}, "symbolic link"},
      {"hardlink.tar", {ArchiveItem::hardlink, "exercises/x.cpp", "", "exercises/gd_2d.cpp"}, "hard link"},
      {"big.zip", {ArchiveItem::file, "zeros", std::string(3 << 20, '\0'), ""}, "more than 2 MB"},
      {"bigfile.zip",
       {ArchiveItem::file, "exercises/linreg.cpp", std::string(300 << 10, ' '), ""},
       "larger than 256 KB"},
  };
  for (const auto& c : cases) {
    auto items = two_files();
    items.push_back(c.item);
    write_archive(dir.path / c.name, items);
    const auto t = take(dir.path / c.name, {.total_bytes = 2 << 20, .entries = 100, .file_bytes = 256 << 10});
    EXPECT_EQ(t.status, Status::bad_archive) << c.name;
    EXPECT_NE(t.detail.find(c.says), std::string::npos) << c.name << ": " << t.detail;
    EXPECT_TRUE(t.files.empty()) << c.name;
  }
  std::vector<ArchiveItem> many;
  for (int i = 0; i < 20; ++i) many.push_back({ArchiveItem::file, "f" + std::to_string(i), "", ""});
  write_archive(dir.path / "many.zip", many);
  EXPECT_NE(take(dir.path / "many.zip", {.entries = 10}).detail.find("more than 10 entries"), std::string::npos);
}

TEST(BatchArchives, DamagedArchivesAreBadArchivesNotCrashes) {
  TempDir dir;
  write_archive(dir.path / "good.tar.gz", two_files());
  const auto bytes = slurp(dir.path / "good.tar.gz");
  for (std::size_t cut : {std::size_t{0}, std::size_t{10}, bytes.size() / 2, bytes.size() - 5}) {
    std::ofstream(dir.path / "cut.tar.gz", std::ios::binary | std::ios::trunc) << bytes.substr(0, cut);
    EXPECT_EQ(take(dir.path / "cut.tar.gz").status, Status::bad_archive) << cut;
  }
  std::string flipped = bytes;
  for (std::size_t i = 20; i < flipped.size(); i += 7) flipped[i] = static_cast<char>(~flipped[i]);
  std::ofstream(dir.path / "noise.tar.gz", std::ios::binary) << flipped;
  EXPECT_EQ(take(dir.path / "noise.tar.gz").status, Status::bad_archive);
}

TEST(BatchIntake, FoldersDoNotFollowLinksNorReadFifos) {
  TempDir dir;
  fs::create_directories(dir.path / "s/exercises");
  std::ofstream(dir.path / "secret.cpp") << "// the instructor's\n";
  fs::create_symlink(dir.path / "secret.cpp", dir.path / "s/exercises/gd_1d.cpp");
  ASSERT_EQ(mkfifo((dir.path / "s/exercises/gd_2d.cpp").c_str(), 0644), 0);
  std::ofstream(dir.path / "s/exercises/momentum.cpp") << "// mine\n";
  const auto t = take(dir.path / "s");
  EXPECT_EQ(t.status, Status::ok);
  EXPECT_EQ(t.files.size(), 1u);
  EXPECT_TRUE(t.files.contains("exercises/momentum.cpp"));
  ASSERT_EQ(t.notes.size(), 2u);
  EXPECT_NE(t.notes[0].find("symbolic link"), std::string::npos);
}

TEST(BatchIntake, IdsAreSafeUniqueAndSorted) {
  EXPECT_TRUE(batch::is_student_id("jane.doe@uni-x_2"));
  for (const char* bad : {"", ".hidden", "a b", "a/b", "ü", "a;rm"}) EXPECT_FALSE(batch::is_student_id(bad)) << bad;
  TempDir dir;
  for (const char* name : {"zed", "amy", "amy.zip", "a b", "a;b", ".git"}) fs::create_directories(dir.path / name);
  std::ofstream(dir.path / "bob.tgz") << "x";
  fs::remove(dir.path / "amy.zip");
  std::ofstream(dir.path / "amy.zip") << "x";
  const auto entries = batch::list_entries(dir.path);
  std::vector<std::string> ids;
  for (const auto& e : entries) ids.push_back(e.id);
  ASSERT_EQ(entries.size(), 5u);  // .git skipped, amy and amy.zip one row
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  std::set<std::string> unique(ids.begin(), ids.end());
  EXPECT_EQ(unique.size(), ids.size());
  for (const auto& e : entries) {
    EXPECT_TRUE(batch::is_student_id(e.id)) << e.id;
    if (e.name == "amy" || e.name == "amy.zip") {
      EXPECT_EQ(e.status, Status::duplicate);
    } else if (e.name == "a b" || e.name == "a;b") {
      EXPECT_EQ(e.status, Status::bad_id);
    } else if (e.name == "bob.tgz") {
      EXPECT_EQ(e.id, "bob");
    }
  }
}

TEST(BatchShards, EveryIdIsInExactlyOneShardAndArgumentsAreChecked) {
  std::string why;
  for (const char* bad : {"3/3", "1", "a/2", "1/0", "-1/2", "1/2/3", ""})
    EXPECT_FALSE(batch::parse_shard(bad, why)) << bad;
  EXPECT_NE(why.find("i/N"), std::string::npos);
  std::vector<std::size_t> sizes(4);
  for (int i = 0; i < 400; ++i) {
    int in = 0;
    for (unsigned k = 0; k < 4; ++k) {
      const bool here = batch::Shard{k, 4}.contains("student" + std::to_string(i));
      in += here;
      sizes[k] += here;
    }
    EXPECT_EQ(in, 1);
  }
  for (auto n : sizes) EXPECT_GT(n, 60u);  // roughly even
  EXPECT_TRUE(batch::parse_shard("2/5", why)->contains("x") == (batch::Shard{2, 5}.contains("x")));
}

TEST(BatchGradebook, CsvFieldsAreQuotedOnlyWhenNeeded) {
  EXPECT_EQ(batch::csv_field("plain"), "plain");
  EXPECT_EQ(batch::csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(batch::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(batch::csv_field("two\nlines"), "\"two\nlines\"");
  batch::StudentRecord r;
  r.id = "amy";
  r.status = batch::Status::error;
  r.error = "grader_failed";
  r.problems = {{"p", 1.0 / 3, 1}};
  EXPECT_EQ(batch::gradebook_csv({r}, {{"p", 0, 1}}),
            "student_id,total,max,p,status,commit\r\namy,0.33,1,0.33,error:grader_failed,\r\n");
}

// Every status's text reads back as that status (meta.json and `gdlab merge` depend on it), and
// a text that is none is refused.
TEST(BatchRecord, EveryStatusReadsBack) {
  for (int i = 0; i <= static_cast<int>(batch::last_status); ++i) {
    const auto s = static_cast<Status>(i);
    EXPECT_EQ(batch::status_from_string(batch::to_string(s)), s) << batch::to_string(s);
  }
  EXPECT_EQ(batch::to_string(batch::last_status), "error");
  EXPECT_THROW(batch::status_from_string("unknown"), std::runtime_error);
}

TEST(BatchStore, AtomicWritesReplaceWholeFilesAndLeaveNoTemporaries) {
  TempDir dir;
  batch::write_atomic(dir.path / "f", "first");
  batch::write_atomic(dir.path / "f", "second");
  EXPECT_EQ(slurp(dir.path / "f"), "second");
  std::ofstream(dir.path / ".tmp-1-2-f") << "left by a killed run";
  batch::remove_stray_temporaries(dir.path);
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path)) ++n;
  EXPECT_EQ(n, 1u);
  EXPECT_THROW(batch::write_atomic(dir.path / "no/such/dir/f", "x"), std::runtime_error);
}

TEST(BatchStore, GzipRoundTripsAndGivesTheSameBytesEachTime) {
  std::string text = "{\"numbers\": [";
  for (int i = 0; i < 5000; ++i) text += std::to_string(i * 0.001) + ",";
  text += "0]}\n";
  const auto packed = batch::gzip(text);
  EXPECT_LT(packed.size(), text.size() / 3);
  EXPECT_EQ(packed, batch::gzip(text));  // no time stamp: a merge compares bytes
  EXPECT_EQ(batch::gunzip(packed), text);
  EXPECT_EQ(batch::gunzip(""), std::nullopt);
  EXPECT_EQ(batch::gunzip(text), std::nullopt);
  EXPECT_EQ(batch::gunzip(packed.substr(0, packed.size() / 2)), std::nullopt);
}

// A stored report keeps every verdict, check and message, and the plots a page draws (the first
// failed test's, else the first test's; the same among visible tests), to 7 digits.
TEST(BatchStore, AStoredReportKeepsWhatAPageDrawsAndEveryResult) {
  grading::Report r;
  r.assignment = "a";
  grading::ProblemResult p;
  p.id = "gd_1d";
  const auto plot = [](double x) { return grading::Plot{{{x}, {x / 3}}, {{x}}, {1.0 / 3, 2.0 / 3}, {1}, "bowl"}; };
  for (const auto& [name, verdict, visibility] : {std::tuple{"hidden pass", grading::Verdict::passed, "hidden"},
                                                  {"visible pass", grading::Verdict::passed, "visible"},
                                                  {"hidden fail", grading::Verdict::failed, "hidden"},
                                                  {"visible fail", grading::Verdict::failed, "visible"},
                                                  {"another visible fail", grading::Verdict::failed, "visible"}}) {
    grading::TestResult t;
    t.name = name, t.verdict = verdict, t.visibility = visibility, t.plot = plot(1);
    t.checks.push_back({"params", verdict == grading::Verdict::passed, "expected 0.1234567891, got 0.1234567890"});
    p.tests.push_back(t);
  }
  r.problems.push_back(p);
  const auto stored = batch::report_from_json(batch::report_to_json(batch::as_stored(r)));
  ASSERT_EQ(stored.problems.at(0).tests.size(), 5u);
  std::vector<bool> plotted;
  for (const auto& t : stored.problems[0].tests) plotted.push_back(t.plot.has_value());
  EXPECT_EQ(plotted, (std::vector<bool>{false, false, true, true, false}));
  for (std::size_t i = 0; i < 5; ++i) {
    const auto &was = r.problems[0].tests[i], &is = stored.problems[0].tests[i];
    EXPECT_EQ(is.name, was.name);
    EXPECT_EQ(is.verdict, was.verdict);
    EXPECT_EQ(is.checks.at(0).message, was.checks.at(0).message);  // exact: checks and reuse read them
  }
  const auto& drawn = *stored.problems[0].tests[2].plot;
  EXPECT_EQ(drawn.student.at(1).at(0), 0.3333333);
  EXPECT_EQ(drawn.student_loss.at(1), 0.6666667);
  EXPECT_EQ(drawn.objective, "bowl");
}

}  // namespace
}  // namespace gdlab::testing
