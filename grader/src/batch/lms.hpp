// The class's grades as Canvas's and Moodle's importers read them, joined with the platform's
// own roster (roster.hpp), and the roster's account in summary.md.
//
// canvas.csv (with a Canvas export as --roster), what Canvas's Gradebook import accepts:
//   Student,ID,SIS User ID,SIS Login ID,Section,<assignment>
//   Points Possible,,,,,<max>
//   one row per person of the export, their Canvas ID and SIS ids as exported, so that Canvas
//   matches them by ID (then SIS User ID, then SIS Login ID); the score is the total, blank for
//   who has no submission (a blank cell leaves Canvas's grade as it is). The assignment column
//   is the export's column for the spec's assignment ("Title (id)"), else the --lms-column
//   text, else the assignment's name (Canvas then matches a title or creates the assignment).
//
// moodle.csv (with a Moodle export as --roster), for Grades > Import > CSV file:
//   <Email address | Username | ID number>,<assignment>,Feedback
//   one row per person with a submission: the identifier chosen with --moodle-id (the import's
//   "Map from"), the total, and the per-problem points as feedback. Moodle stops the whole
//   import at a row whose user it cannot find, so nobody off its roster is written; fields hold
//   no comma or quote, so any of its CSV readers splits them alike.
//
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
};

// "email", "username" or "idnumber": the word --moodle-id takes.
std::string to_string(MoodleId id);
// The identifier whose to_string is `text`; nothing for anything else.
std::optional<MoodleId> moodle_id_from(const std::string& text);
// The roster column holding it ("Email address", "Username", "ID number").
std::string moodle_column(MoodleId id);

// Reads the rosters and checks the options; throws std::runtime_error naming what is wrong (a
// roster that cannot be read or is of no known kind, two of one kind, a Moodle roster without
// the --moodle-id column, a --moodle-id that is none).
LmsOptions make_lms_options(const std::vector<std::string>& roster_files, const std::string& moodle_id,
                            const std::string& column);

struct LmsOutput {
  std::vector<std::pair<std::string, std::string>> files;  // name in DIR -> bytes
  std::string summary;                                     // Markdown, appended to summary.md
};

LmsOutput lms_output(const LmsOptions& options, const std::string& assignment,
                     const std::vector<StudentRecord>& records, double max_score);

}  // namespace gdlab::batch
