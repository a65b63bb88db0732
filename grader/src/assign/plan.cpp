#include "assign/plan.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "text/file.hpp"

namespace gdlab::assign {
namespace fs = std::filesystem;
namespace {

std::string read(const fs::path& file) {
  if (auto content = text::read_file(file)) return *content;
  throw std::runtime_error("cannot read " + file.string());
}

bool is_executable(const fs::path& file) {
  return (fs::status(file).permissions() & fs::perms::owner_exec) != fs::perms::none;
}

void copy_into(Plan& plan, const fs::path& root, const fs::path& relative) {
  const fs::path from = root / relative;
  plan.files[relative] = {read(from), is_executable(from)};
}

// Every regular file under root/dir, skipping build outputs and editor leftovers.
void copy_tree(Plan& plan, const fs::path& root, const fs::path& dir) {
  for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), root);
    const std::string name = entry.path().filename().string();
    if (name.ends_with("~") || name.starts_with(".#")) continue;
    copy_into(plan, root, relative);
  }
}

bool is_spec(const fs::path& relative) {
  return relative.parent_path() == fs::path("grader/specs") && relative.extension() == ".yaml";
}

// A table cell: the problem's `key` on one line, a '|' escaped so that it does not end the cell.
std::string cell(const YAML::Node& problem, const char* key) {
  const YAML::Node node = problem[key];
  const std::string text = node.IsScalar() ? node.Scalar() : "";
  std::string escaped;
  for (const char c : text) {
    if (c == '|') escaped += "\\|";
    else escaped += c == '\n' || c == '\r' ? ' ' : c;
  }
  return escaped;
}

// Every problem of the spec, in its order, as a Markdown table.
std::string exercise_table(const std::string& spec_text) {
  std::string table = "| file | problem | `--problem` |\n|---|---|---|\n";
  for (const auto& problem : YAML::Load(spec_text)["problems"])
    table +=
        fmt::format("| `{}` | {} | `{}` |\n", cell(problem, "source"), cell(problem, "title"), cell(problem, "id"));
  return table;
}

// The student README, its marker line replaced by the table of the assigned spec's exercises.
std::string student_readme(std::string readme, const Plan& plan) {
  const auto spec = plan.files.find(assigned_spec);
  if (spec == plan.files.end())
    throw std::runtime_error(std::string("no ") + assigned_spec + ": the student README lists its problems");
  const auto at = readme.find(exercise_table_marker);
  if (at == std::string::npos) return readme;
  const auto end = readme.find('\n', at);  // the whole line goes, its line end too
  readme.replace(at, end == std::string::npos ? std::string::npos : end + 1 - at, exercise_table(spec->second.text));
  return readme;
}

}  // namespace

std::string student_spec(const std::string& yaml_text) {
  YAML::Node spec = YAML::Load(yaml_text);
  const std::string fallback =
      spec["defaults"] && spec["defaults"]["visibility"] ? spec["defaults"]["visibility"].as<std::string>() : "visible";
  YAML::Node problems(YAML::NodeType::Sequence);
  for (const auto& problem : spec["problems"]) {
    YAML::Node kept(YAML::NodeType::Sequence);
    for (const auto& test : problem["tests"]) {
      const std::string visibility = test["visibility"] ? test["visibility"].as<std::string>() : fallback;
      if (visibility == "visible") kept.push_back(test);
    }
    if (kept.size() == 0) continue;
    YAML::Node copy = YAML::Clone(problem);
    copy["tests"] = kept;
    problems.push_back(copy);
  }
  spec["problems"] = problems;
  YAML::Emitter out;
  out << spec;
  return "# Made by gdlab assign: the visible tests of the instructor's spec, and nothing else.\n" +
         std::string(out.c_str()) + "\n";
}

namespace {

// `file` handed out as exercises/<its name>: a header as it is, a source stripped of its solution.
void add_exercise(Plan& plan, const fs::path& root, const fs::path& file) {
  const fs::path target = fs::path("exercises") / file.filename();
  const std::string shown = fs::relative(file, root).string();
  if (file.extension() == ".hpp") {
    plan.files[target] = {read(file)};
    if (has_marker(plan.files[target].text))
      plan.errors.push_back({shown, 1, "headers are handed out as they are: no markers in a .hpp"});
  } else if (file.extension() == ".cpp") {
    Stripped s = strip_solutions(read(file), shown, file.stem().string());
    plan.files[target] = {std::move(s.text)};
    for (auto& text : s.solutions) plan.solution_texts.push_back(std::move(text));
    for (auto& e : s.errors) plan.errors.push_back(std::move(e));
  }
}

}  // namespace

// The files directly in each problem folder: its header and its solution (problems/<id>/<id>.hpp,
// .cpp), not its mistakes/. Sorted, so that marker errors come in the same order every time.
Plan plan_exercises(const fs::path& root) {
  const fs::path problems = root / "problems";
  if (!fs::is_directory(problems)) throw std::runtime_error("no problems/ folder in " + root.string());
  std::vector<fs::path> files;
  for (const auto& folder : fs::directory_iterator(problems))
    if (folder.is_directory())
      for (const auto& entry : fs::directory_iterator(folder.path()))
        if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Plan plan;
  for (const auto& file : files) add_exercise(plan, root, file);
  return plan;
}

std::string with_problem_folders(const std::string& yaml_text, const fs::path& root) {
  YAML::Node spec = YAML::Load(yaml_text);
  if (!spec["problems"] || !spec["problems"].IsSequence()) return yaml_text;
  YAML::Node problems(YAML::NodeType::Sequence);
  bool changed = false;
  for (const auto& problem : spec["problems"]) {
    const std::string id = problem["id"] && problem["id"].IsScalar() ? problem["id"].Scalar() : "";
    const fs::path file = root / "problems" / id / "problem.yaml";
    if (problem["entries"] || id.empty() || !fs::is_regular_file(file)) {
      problems.push_back(problem);
      continue;
    }
    const YAML::Node folder = YAML::LoadFile(file.string());
    YAML::Node whole(YAML::NodeType::Map);
    whole["id"] = id;
    for (const char* key : {"title", "source", "entry", "entries", "tests"})
      if (problem[key]) whole[key] = problem[key];
      else if (folder[key]) whole[key] = folder[key];
      else if (std::string(key) == "source") whole[key] = "exercises/" + id + ".cpp";
    problems.push_back(whole);
    changed = true;
  }
  if (!changed) return yaml_text;
  spec["problems"] = problems;
  YAML::Emitter out;
  out << spec;
  return std::string(out.c_str()) + "\n";
}

Plan plan_student_repo(const fs::path& root, bool classroom) {
  Plan plan = plan_exercises(root);
  for (const char* file : {"CMakeLists.txt", "CMakePresets.json", "gdlab", ".gitignore"}) copy_into(plan, root, file);
  // .devcontainer: students on macOS or Windows run ./gdlab in a Debian 12 container.
  for (const char* dir : {"cmake", "reference", "grader", ".devcontainer"}) copy_tree(plan, root, dir);
  // The student-facing README and CI workflow replace the instructor's. The README lists every
  // problem of the spec, read before its hidden tests (and a problem with only those) go.
  // A student repository has no problems/: its specs carry each folder's declaration and tests.
  for (auto& [relative, content] : plan.files)
    if (is_spec(relative)) content.text = with_problem_folders(content.text, root);
  plan.files["README.md"] = {student_readme(read(root / "grader/student/README.md"), plan)};
  // Specs go out with their hidden and after-the-deadline tests removed.
  for (auto& [relative, content] : plan.files)
    if (is_spec(relative)) content.text = student_spec(content.text);
  const char* workflow = classroom ? "classroom.yml" : "check.yml";
  plan.files[fs::path(".github/workflows") / workflow] = {read(root / "grader/student" / workflow)};
  return plan;
}

void write_plan(const Plan& plan, const fs::path& dest) {
  for (const auto& [relative, content] : plan.files) {
    const fs::path target = dest / relative;
    fs::create_directories(target.parent_path());
    const fs::path temporary = target.string() + ".gdlab-tmp";
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      out << content.text;
      if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
    }
    if (content.executable)
      fs::permissions(temporary, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                      fs::perm_options::add);
    fs::rename(temporary, target);
  }
}

}  // namespace gdlab::assign
