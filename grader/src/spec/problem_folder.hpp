// A problem is one folder, problems/<id>/: problem.yaml (its entries and default tests), <id>.hpp
// (the student's header), <id>.cpp (the solution, with its markers) and mistakes/ (named mistakes
// as whole wrong files). An assignment spec names the problems it hands out by id and overrides
// what it wants to (title, source, entry, tests); a problem that declares its own entries in the
// spec (a student repository's spec, made by `gdlab assign`) needs no folder.
#pragma once

#include <filesystem>
#include <string>

namespace gdlab::spec {

// `given`, else $GDLAB_ROOT/problems, else problems/ in the source folder this gdlab was built from
// (where declared::repository_root finds the rest of a problem).
std::filesystem::path problems_folder(const std::filesystem::path& given = {});

// problems/<id>/problem.yaml under `folder`.
std::filesystem::path problem_file(const std::filesystem::path& folder, const std::string& id);

// The source a folder's problem is edited in when its problem.yaml names none.
std::string default_source(const std::string& id);  // exercises/<id>.cpp

}  // namespace gdlab::spec
