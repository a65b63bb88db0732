// What is said of a git clone's graded commit: to the student in their feedback (the text
// report, Markdown, the HTML page) and to the instructor in summary.md. Made from the record
// alone, so a merge or a reused report says the same.
//
// The student reads which commit was graded (short hash and subject) and its committer date;
// with --deadline, the deadline and how many later commits were left out; and in every case
// that uncommitted changes never count. Nothing is said for a folder or an archive.
#pragma once

#include <string>
#include <vector>

#include "batch/record.hpp"

namespace gdlab::batch {

// The lines, each a sentence (the subject made printable); empty when no commit was graded.
std::vector<std::string> commit_note(const StudentRecord& r);

// "What was graded:" and the lines as a list, then a blank line; "" when there are none.
std::string commit_note_text(const StudentRecord& r);

// summary.md's section: the commit of every clone graded, one row a student; "" when none.
std::string commits_md(const std::vector<StudentRecord>& records);

}  // namespace gdlab::batch
