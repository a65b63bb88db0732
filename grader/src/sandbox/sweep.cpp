#include "sandbox/sweep.hpp"

#include <dirent.h>
#include <signal.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace gdlab::sandbox {
namespace {

// /proc/PID/stat: "pid (comm) state ppid pgrp session ..."; comm may hold spaces and ')'.
bool in_session(const std::string& pid, pid_t session) {
  std::ifstream in("/proc/" + pid + "/stat");
  std::string stat;
  std::getline(in, stat);
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return false;
  std::istringstream fields(stat.substr(close + 1));
  std::string state;
  long ppid = 0, pgrp = 0, sid = 0;
  fields >> state >> ppid >> pgrp >> sid;
  return fields && sid == session;
}

bool owned_by(const std::string& pid, uid_t uid) {
  std::ifstream in("/proc/" + pid + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("Uid:", 0) == 0) {
      std::istringstream ids(line.substr(4));
      unsigned long real = 0;
      ids >> real;
      return real == uid;
    }
  return false;
}

}  // namespace

int sweep(pid_t session, uid_t spare_uid) {
  int found = 0;
  DIR* proc = opendir("/proc");
  if (!proc) return 0;
  while (const dirent* e = readdir(proc)) {
    const std::string name = e->d_name;
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    if (in_session(name, session) || (spare_uid != 0 && owned_by(name, spare_uid))) {
      kill(static_cast<pid_t>(std::atol(name.c_str())), SIGKILL);
      ++found;
    }
  }
  closedir(proc);
  return found;
}

}  // namespace gdlab::sandbox
