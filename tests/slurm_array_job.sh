#!/usr/bin/env bash
# gdlab grade as a Slurm job array on a real Slurm: munged, slurmctld and slurmd for this one
# machine, started here as root, their configuration, keys, state and logs in a temporary folder
# (SLURM_CONF points there; nothing in /etc is written). A class of 12 from tests/corpus is graded
# by tools/cluster/slurm/grade.sbatch in 3 shards and merged by merge.sbatch (afterok), twice:
#   1. the node's build cache holds every program cut short: they are built again, not run, and
#      the gradebook, summary and every student's folder equal one `gdlab grade`'s byte for byte;
#      prints students a minute, one machine and the array, and their ratio;
#   2. no build cache; one task is cancelled (scancel) after its first student: a merge then
#      refuses (exit 2) naming that shard; requeued, the task resumes (no student graded twice,
#      none lost), the merge job is pointed at it, and the bytes are the same again.
# Exits 77 (ctest: skipped) with one line saying why where Slurm cannot run here: not root, not
# installed, its ports taken, a daemon that does not start.
# Usage: slurm_array_job.sh GDLAB_BINARY SOURCE_DIR (GDLAB_SLURM_KEEP=1 keeps its folder)
set -euo pipefail
gdlab=$(realpath "$1") source=$(realpath "$2")
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
((EUID == 0)) || skip "Slurm's daemons are started as root here (CI runs as root)"
for tool in munged slurmctld slurmd sbatch squeue scontrol scancel; do
  command -v $tool >/dev/null || skip "no $tool: apt-get install slurm-wlm munge (./gdlab test installs them)"
done
for port in 6817 6818; do  # slurmctld's and slurmd's: a Slurm already running here
  (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && skip "port $port is taken: another Slurm runs on this machine"
done

work=$(mktemp -d /tmp/gdlab-slurm.XXXXXX)
chmod 755 "$work"  # munged runs as munge and must reach its socket in here
export SLURM_CONF=$work/slurm.conf
# stop PIDFILE NAME: the daemon, if the pid is still that daemon (a stale pid file may name another).
stop() {
  local pid
  pid=$(cat "$1" 2>/dev/null) && [[ $(cat /proc/$pid/comm 2>/dev/null) == "$2" ]] || return 0
  kill "$pid"
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  if [[ -f $work/slurmctld.pid ]]; then  # the jobs first: slurmd's tasks would outlive it
    scancel --quiet --user=root 2>/dev/null || true
    for _ in $(seq 60); do [[ -z $(squeue -h 2>/dev/null) ]] && break; sleep 0.5; done
  fi
  stop "$work/slurmd.pid" slurmd
  stop "$work/slurmctld.pid" slurmctld
  stop "$work/munge/munged.pid" munged
  if [[ -n ${GDLAB_SLURM_KEEP:-} ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# munge with a key and socket of its own, so a munged of the machine is neither needed nor used.
install -d -o munge -g munge -m 711 "$work/munge"
head -c 1024 /dev/urandom >"$work/munge/munge.key"
chown munge:munge "$work/munge/munge.key" && chmod 400 "$work/munge/munge.key"
runuser -u munge -- munged --socket="$work/munge/socket" --key-file="$work/munge/munge.key" \
  --pid-file="$work/munge/munged.pid" --log-file="$work/munge/munged.log" --seed-file="$work/munge/seed" \
  || skip "munged did not start: $(tail -1 "$work/munge/munged.log" 2>/dev/null)"
host=$(hostname -s)
mkdir -p "$work/state" "$work/spool"
cat >"$SLURM_CONF" <<EOF
ClusterName=gdlabtest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
AuthInfo=socket=$work/munge/socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
MailProg=/bin/true
ReturnToService=2
$(slurmd -C | head -1) NodeAddr=127.0.0.1
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld || skip "slurmctld did not start: $(tail -1 "$work/slurmctld.log" 2>/dev/null)"
slurmd || skip "slurmd did not start: $(tail -1 "$work/slurmd.log" 2>/dev/null)"
for _ in $(seq 150); do sinfo -h -o %T 2>/dev/null | grep -qx idle && break; sleep 0.2; done
sinfo -h -o %T | grep -qx idle || skip "the node never became idle: $(tail -1 "$work/slurmctld.log")"
cpus=$(sinfo -h -o %c)
echo "Slurm is up: one node, $host, $cpus CPUs"

# The class: the solutions twice, the stubs, and buggy files on top of the solutions (one that
# does not compile). Shard 1 of 3 holds 6 of them, 13 of the class's 19 programs to build.
class=$work/class
student() {  # student ID [CORPUS_FOLDER]: the solutions, with the folder's exercise files over them
  mkdir -p "$class/$1/exercises"
  cp "$source"/problems/*/*.cpp "$class/$1/exercises/"
  [[ -z ${2:-} ]] || cp "$2"/exercises/*.cpp "$class/$1/exercises/"
}
student sol_a
student sol_b
mkdir -p "$class/stubs/exercises" && cp "$source"/exercises/*.cpp "$class/stubs/exercises/"
for bug in gd1d_sign_error gd1d_compile_error gd1d_int_learning_rate gd2d_one_step_too_few gd2d_static_path \
  momentum_ema_form linreg_missing_factor_2 linreg_integer_division wb_sequential_update; do
  student "$bug" "$source/tests/corpus/buggy/$bug"
done
students=$(ls "$class" | wc -l)
spec=$source/tests/batch/class_spec.yaml
shards=3

now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }
start=$(now)
"$gdlab" grade "$class" --spec "$spec" --jobs "$cpus" --out "$work/one" --build-cache "$work/one-cache" \
  >"$work/one.log" 2>&1 || { cat "$work/one.log"; fail "the one-machine grade failed"; }
one_seconds=$(calc "$(now) - $start")

# Everything below runs as Slurm runs it: the tasks' logs land in the submit folder, and their
# node-local scratch (TMPDIR, where grade.sbatch keeps the build cache) is in here.
cd "$work"
export GDLAB=$gdlab TMPDIR=$work/node-tmp
cache=$TMPDIR/gdlab-cache-root
deadline=$((SECONDS + 900))
wait_for() {  # wait_for WHAT COMMAND...: until COMMAND succeeds, failing past the deadline
  until "${@:2}"; do
    ((SECONDS < deadline)) || { squeue; tail -n 5 "$work"/*.log; fail "timed out waiting for $1"; }
    sleep 0.5
  done
}
queue_empty() { [[ -z $(squeue -h) ]]; }
done_or_stuck() {  # done_or_stuck MERGE: the queue is empty, or fails at once if the merge can never run
  ! reason_is "$1" DependencyNeverSatisfied || { tail -n 5 gdlab-*.log; fail "a task failed: the merge can never run"; }
  queue_empty
}
state() { scontrol show job "$1" | grep -o 'JobState=[A-Z_]*' | head -1 | cut -d= -f2; }
reason_is() { scontrol show job "$1" | grep -q "Reason=$2"; }
submit() {  # submit GRADES: the two lines of docs/cluster.md; prints the array's and the merge's ids
  local job merge
  job=$(sbatch --parsable --array=0-$((shards - 1)) --cpus-per-task=1 \
    "$source/tools/cluster/slurm/grade.sbatch" "$class" "$1" --spec "$spec")
  merge=$(sbatch --parsable --dependency=afterok:$job "$source/tools/cluster/slurm/merge.sbatch" "$1")
  echo "$job $merge"
}
same_as_one() {  # same_as_one GRADES: the merged class is the one-machine grade, byte for byte
  cmp "$work/one/gradebook.csv" "$1/gradebook.csv" || fail "$1/gradebook.csv differs from one machine's"
  cmp "$work/one/summary.md" "$1/summary.md" || fail "$1/summary.md differs from one machine's"
  diff -r "$work/one/students" "$1/students" || fail "$1/students differs from one machine's"
}
# list FILE KEY: the ids of a list in a batch.json (as gdlab writes it: one item a line)
list() { awk -v key="  \"$2\": [" '$0 == key {on = 1; next} on && /^  \]/ {exit} on {gsub(/[",[:space:]]/, ""); print}' "$1"; }

# 1. Every program of the node's cache cut short, as a node that lost power or an interrupted
#    copy leaves it: rebuilt, not run.
mkdir -p "$TMPDIR" && cp -a "$work/one-cache" "$cache"
cut=0
for program in "$cache"/*/program; do
  truncate -s $(($(stat -c %s "$program") / 2)) "$program"
  cut=$((cut + 1))
done
((cut > 0)) || fail "the one-machine grade left no program in its cache"
start=$(now)
read -r job merge < <(submit "$work/grades")
wait_for "the array and the merge" done_or_stuck "$merge"
array_seconds=$(calc "$(now) - $start")
[[ $(state "$merge") == COMPLETED ]] || { cat gdlab-*.log; fail "the merge job ended $(state "$merge")"; }
same_as_one "$work/grades"
printf 'one machine (gdlab grade --jobs %s): %s students in %.1f s, %.1f students a minute\n' \
  "$cpus" "$students" "$one_seconds" "$(calc "$students * 60 / $one_seconds")"
printf 'Slurm, %s tasks of 1 CPU, submit to merged: %s students in %.1f s, %.1f students a minute (%.2f x one machine)\n' \
  "$shards" "$students" "$array_seconds" "$(calc "$students * 60 / $array_seconds")" \
  "$(calc "$one_seconds / $array_seconds")"
files_one=$(list "$work/one/batch.json" graded_files | wc -l)
files_shards=$(cat <(for s in "$work"/grades/shard-*/batch.json; do list "$s" graded_files; done) | wc -l)
echo "problem files graded (built, or found in the cache, and run): one machine $files_one, the $shards shards $files_shards"
echo "the $cut programs cut short in the node's cache were built again; merged = one machine, byte for byte"

# 2. No cache on the node; task 1 cancelled once its first student is written.
rm -rf "$cache"
read -r job merge < <(submit "$work/grades2")
target=1 shard_dir=$work/grades2/shard-1
first_student() { compgen -G "$shard_dir/students/*/meta.json" >/dev/null; }
wait_for "task $target's first student" first_student
scancel "${job}_$target"
ended() { [[ $(state "${job}_$target") == CANCELLED && -z $(squeue -h -j "${job}_$target") ]]; }
wait_for "task $target to end" ended
cp "$shard_dir/batch.json" "$work/stopped.json" 2>/dev/null || fail "the cancelled task wrote no batch.json"
grep -q '"stopped": true' "$work/stopped.json" || fail "task $target finished before the cancel reached it"
[[ -n $(list "$work/stopped.json" pending) ]] || fail "the cancelled task left no student pending"
# An instructor's merge now refuses, naming the shard, and writes nothing.
set +e
"$gdlab" merge "$work"/grades2/shard-* --out "$work/early" >"$work/early.log" 2>&1
code=$?
set -e
[[ $code == 2 ]] || { cat "$work/early.log"; fail "a merge with shard $target stopped exited $code, not 2"; }
grep -q "shard $target/$shards ($shard_dir): its gdlab grade was stopped" "$work/early.log" \
  || { cat "$work/early.log"; fail "the refused merge does not name shard $target/$shards"; }
[[ ! -e $work/early/gradebook.csv ]] || fail "the refused merge wrote a gradebook"
# afterok can no longer be met: the merge job waits while the other tasks finish.
merge_waits() { [[ $(squeue -h -o %i) == "$merge" ]] && reason_is "$merge" DependencyNeverSatisfied; }
wait_for "the other tasks, the merge waiting" merge_waits
# Requeued (on a node without the cache), the task resumes; the merge job waits for it alone.
rm -rf "$cache"
scontrol requeue "${job}_$target"
scontrol update JobId="$merge" Dependency="afterok:${job}_$target"
begins_later() { reason_is "${job}_$target" BeginTime; }  # Slurm holds a requeued job ~2 min
wait_for "the requeued task's hold" begins_later
scontrol update JobId="${job}_$target" StartTime=now
wait_for "the requeued task and the merge" done_or_stuck "$merge"
[[ $(state "$merge") == COMPLETED ]] || { cat gdlab-*.log; fail "the merge job ended $(state "$merge")"; }
same_as_one "$work/grades2"
final=$shard_dir/batch.json
[[ -z $(list "$final" pending) ]] || fail "the requeued task left students pending"
twice=$(comm -12 <(list "$work/stopped.json" graded | sort) <(list "$final" graded | sort))
[[ -z $twice ]] || fail "graded again after the requeue: $twice"
lost=$(comm -23 <(list "$work/stopped.json" graded | sort) <(list "$final" resumed | sort))
[[ -z $lost ]] || fail "graded before the cancel, not resumed after it: $lost"
echo "task $target: cancelled with $(list "$work/stopped.json" graded | wc -l) graded and" \
  "$(list "$work/stopped.json" pending | wc -l) pending; a merge then said:"
sed 's/^/  /' "$work/early.log"
echo "requeued, it resumed the graded and graded the pending; merged = one machine, byte for byte ($SECONDS s in all)"
