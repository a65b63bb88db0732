#include "sandbox/mounts.hpp"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <set>

namespace gdlab::sandbox {
namespace fs = std::filesystem;
namespace {

// Always there: what a dynamically linked program and the compiler need to start.
const char* const system_paths[] = {
    "/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", "/etc/ld.so.cache", "/etc/alternatives"};
const char* const device_nodes[] = {"/dev/null", "/dev/zero", "/dev/full", "/dev/urandom"};

bool under(const std::string& path, const std::string& folder) {
  return path == folder ||
         (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 && path[folder.size()] == '/');
}

// The flags a bind mount must keep when remounted (a user namespace may not drop them).
unsigned long kept_flags(const char* source) {
  struct statvfs s {};
  if (statvfs(source, &s) != 0) return 0;
  unsigned long flags = 0;
  if (s.f_flag & ST_NOSUID) flags |= MS_NOSUID;
  if (s.f_flag & ST_NODEV) flags |= MS_NODEV;
  if (s.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (s.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (s.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (s.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  return flags;
}

}  // namespace

MountPlan plan_mounts(const fs::path& root, const std::vector<fs::path>& read_only,
                      const std::vector<fs::path>& writable, long tmp_bytes) {
  MountPlan plan;
  plan.root = root.string();
  std::set<std::string> made;
  auto make_parents = [&](const fs::path& inside) {
    std::vector<std::string> chain;
    for (fs::path p = inside.parent_path(); p != p.root_path() && !p.empty(); p = p.parent_path())
      chain.push_back(p.string());
    std::reverse(chain.begin(), chain.end());
    for (const auto& dir : chain)
      if (made.insert(dir).second) plan.dirs.push_back(plan.root + dir);
  };
  std::vector<std::string> covered;  // the system folders: what is inside them is there already
  auto bind = [&](const fs::path& host, bool is_writable, bool device) {
    std::error_code ec;
    if (!fs::exists(host, ec)) return;
    const std::string path = host.string();
    for (const auto& c : covered)
      if (under(path, c)) return;
    make_parents(host);
    if (fs::is_directory(host, ec)) {
      if (made.insert(path).second) plan.dirs.push_back(plan.root + path);
    } else {
      plan.files.push_back(plan.root + path);
    }
    plan.binds.push_back({path, plan.root + path, is_writable, device});
  };
  for (const char* p : system_paths) {
    std::error_code ec;
    if (fs::is_symlink(p, ec)) {  // merged /usr: /lib -> usr/lib, kept as the same link
      plan.links.push_back({fs::read_symlink(p, ec).string(), plan.root + p});
      continue;
    }
    bind(p, false, false);
    if (fs::is_directory(p, ec)) covered.push_back(p);
  }
  for (const char* d : device_nodes) bind(d, false, true);
  // Through symlinks to the real place: /bin/true is /usr/bin/true on a merged-/usr system.
  auto real = [](const fs::path& p) {
    std::error_code ec;
    const auto r = fs::weakly_canonical(fs::absolute(p), ec);
    return ec ? fs::absolute(p).lexically_normal() : r;
  };
  for (const auto& p : writable) bind(real(p), true, false);
  for (const auto& p : read_only) bind(real(p), false, false);
  // Outer before inner: a folder bound inside another is mounted on top of it, not under it.
  std::stable_sort(plan.binds.begin(), plan.binds.end(), [](const MountPlan::Bind& a, const MountPlan::Bind& b) {
    return a.target.size() < b.target.size();
  });
  plan.proc = plan.root + "/proc";
  plan.tmp = plan.root + "/tmp";
  for (const auto& d : {plan.proc, plan.tmp})
    if (made.insert(d.substr(plan.root.size())).second) plan.dirs.push_back(d);
  plan.tmp_options = "size=" + std::to_string(tmp_bytes) + ",mode=1777";
  return plan;
}

int enter_mounts(const MountPlan& plan, const char** step) {
  auto fail = [&](const char* what) {
    *step = what;
    return errno ? errno : EINVAL;
  };
  // Nothing done here may reach the grader's mount table.
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return fail("make / private");
  if (mount("tmpfs", plan.root.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755") != 0)
    return fail("mount the new root");
  // /tmp first: the working folder is usually in it, and must not end up under its tmpfs.
  if ((mkdir(plan.tmp.c_str(), 0755) != 0 && errno != EEXIST) ||
      mount("tmpfs", plan.tmp.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, plan.tmp_options.c_str()) != 0)
    return fail("mount /tmp");
  for (const auto& d : plan.dirs)
    if (mkdir(d.c_str(), 0755) != 0 && errno != EEXIST) return fail("make a mount point");
  for (const auto& f : plan.files) {
    const int fd = open(f.c_str(), O_CREAT | O_RDONLY | O_CLOEXEC, 0644);
    if (fd < 0) return fail("make a file mount point");
    close(fd);
  }
  for (const auto& l : plan.links)
    if (symlink(l.first.c_str(), l.second.c_str()) != 0) return fail("make a link");
  for (const auto& b : plan.binds) {
    if (mount(b.source.c_str(), b.target.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0) return fail("bind");
    unsigned long flags = MS_BIND | MS_REMOUNT | MS_NOSUID | kept_flags(b.source.c_str());
    if (!b.writable) flags |= MS_RDONLY;
    if (!b.device) flags |= MS_NODEV;
    if (mount(nullptr, b.target.c_str(), nullptr, flags, nullptr) != 0) return fail("remount a bind read-only");
  }
  if (mount("proc", plan.proc.c_str(), "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0)
    return fail("mount /proc");
  if (chdir(plan.root.c_str()) != 0) return fail("enter the new root");
  // pivot_root(".", "."): the old root ends up on top of the new one, then is detached.
  if (syscall(SYS_pivot_root, ".", ".") != 0) return fail("pivot_root");
  if (umount2(".", MNT_DETACH) != 0) return fail("detach the old root");
  if (chdir("/") != 0) return fail("chdir /");
  if (mount(nullptr, "/", nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) != 0)
    return fail("make the new root read-only");
  return 0;
}

}  // namespace gdlab::sandbox
