// The class's grades as Canvas's and Moodle's importers read them, joined with the platform's
// own roster (roster.hpp), and the roster's account in summary.md. Who on a roster has no
// submission is left out of both files: each importer changes only the people its file names,
// and an empty grade would clear the one the platform has (an excused student's 85).
//
// canvas.csv (with a Canvas export as --roster), what Canvas's Gradebook import accepts:
//   Student,ID,SIS User ID,SIS Login ID,Section,<assignment>
//   Points Possible,,,,,<max>
//   one row per person of the export with a submission, their Canvas ID and SIS ids as exported,
//   so that Canvas matches them by ID (then SIS User ID, then SIS Login ID). The assignment
//   column is the export's "Title (id)" column whose title (or id, or whole text) is --lms-column,
//   else the spec's assignment; an export without one is an error that lists its columns (Canvas
//   would make a new assignment of a title it does not know). Written with ',' whatever the
//   export's separator: Canvas's importer tells ',' from ';' file by file.
//
// moodle.csv (with a Moodle export as --roster), for Grades > Import > CSV file:
//   <Email address | Username | ID number>,<assignment>,Feedback
//   one row per person with a submission: the identifier chosen with --moodle-id (the import's
//   "Map from"), the total, and the per-problem points as feedback. Moodle stops the whole
//   import at a row whose user it cannot find, so nobody off its roster is written; fields hold
//   no comma or quote, so any of its CSV readers splits them alike.
//
// --scale-to N writes every total out of N (to 5 decimals, what Moodle keeps) in both files.
// Everyone on no roster, and everyone on a roster without a submission, is listed in
// summary.md's "Roster" section: never dropped silently.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch/record.hpp"
#include "batch/roster.hpp"

namespace gdlab::batch {

enum class MoodleId { email, username, idnumber };
constexpr MoodleId last_moodle_id = MoodleId::idnumber;  // keep it the last enumerator

struct LmsOptions {
  std::vector<Roster> rosters;
  std::string column;  // the assignment's column title (default: see above)
  MoodleId moodle_id = MoodleId::email;
  std::optional<double> scale_to;  // --scale-to N: totals out of N, not out of the spec's total
};

// "email", "username" or "idnumber": the word --moodle-id takes.
std::string to_string(MoodleId id);
// The identifier whose to_string is `text`; nothing for anything else.
std::optional<MoodleId> moodle_id_from(const std::string& text);
// The roster column holding it ("Email address", "Username", "ID number").
std::string moodle_column(MoodleId id);

// Reads the rosters and checks the options; throws std::runtime_error naming what is wrong (a
// roster that cannot be read or is of no known kind, two of one kind, a Moodle roster without
// the --moodle-id column, a --moodle-id that is none, a --scale-to that is not above 0).
LmsOptions make_lms_options(const std::vector<std::string>& roster_files, const std::string& moodle_id,
                            const std::string& column, std::optional<double> scale_to = std::nullopt);

// What gdlab grade and merge check before writing anything, with the spec's assignment and total:
// throws std::runtime_error when a Canvas export has no column for the assignment (the message
// lists the columns it has and how to name one); returns warnings: grades above 100 for Moodle
// without --scale-to, a Canvas assignment out of other points than canvas.csv's.
std::vector<std::string> check_lms(const LmsOptions& options, const std::string& assignment, double max_score);

struct LmsOutput {
  std::vector<std::pair<std::string, std::string>> files;  // name in DIR -> bytes
  std::string summary;                                     // Markdown, appended to summary.md
};

// The files and the summary; throws as check_lms does (call that first).
LmsOutput lms_output(const LmsOptions& options, const std::string& assignment,
                     const std::vector<StudentRecord>& records, double max_score);

}  // namespace gdlab::batch
