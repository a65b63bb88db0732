// After a run: is anything of it still alive? Every process in its session, or (when it ran as
// a spare uid) with that uid, is killed and counted. In a PID namespace the kernel already
// ended them all: the count is a check that stays 0.
#pragma once

#include <sys/types.h>

namespace gdlab::sandbox {

int sweep(pid_t session, uid_t spare_uid /* 0: none */);

}  // namespace gdlab::sandbox
