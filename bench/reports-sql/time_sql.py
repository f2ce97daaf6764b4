"""Times report queries on a seeded reports-bench file with the host's own SQLite (bench/README.md "Reports").

The sqlite3 command-line shell is often an older SQLite whose planner picks other plans, so this loads the host's
libe_sqlite3 (the one in src/Api/bin) through ctypes and runs each statement of a file (statements separated by a line
holding only ';;', each starting with a '-- label' line) REPS times on a read-only connection, printing its plan, row
count and times. Literal values stand for the route's parameters; compare before/after pairs within one run, as a
loaded machine moves every time.

    nice -n 10 python3 bench/reports-sql/time_sql.py /tmp/si-reports-bench/<run>/workflows.db bench/reports-sql/routes.sql
"""
import ctypes
import glob
import os
import sys
import time

library = os.environ.get("ESQLITE") or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "../../src/Api/bin/*/net*/runtimes/linux-x64/native/libe_sqlite3.so")))[-1]
ctypes.CDLL("libm.so.6", mode=ctypes.RTLD_GLOBAL)
lib = ctypes.CDLL(library)
lib.sqlite3_libversion.restype = ctypes.c_char_p
lib.sqlite3_column_text.restype = ctypes.c_char_p
lib.sqlite3_errmsg.restype = ctypes.c_char_p
db = ctypes.c_void_p()
if lib.sqlite3_open_v2(sys.argv[1].encode(), ctypes.byref(db), 1, None) != 0:  # SQLITE_OPEN_READONLY
    sys.exit(f"cannot open {sys.argv[1]}")


def run(sql, keep=0):
    statement = ctypes.c_void_p()
    if lib.sqlite3_prepare_v2(db, sql.encode(), -1, ctypes.byref(statement), None) != 0:
        sys.exit(lib.sqlite3_errmsg(db).decode())
    columns = lib.sqlite3_column_count(statement)
    rows, kept = 0, []
    started = time.perf_counter()
    while lib.sqlite3_step(statement) == 100:  # SQLITE_ROW
        rows += 1
        if rows <= keep:
            kept.append("|".join((lib.sqlite3_column_text(statement, i) or b"NULL").decode() for i in range(columns)))
    elapsed = time.perf_counter() - started
    lib.sqlite3_finalize(statement)
    return rows, elapsed * 1000, kept


def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])


print(f"SQLite {lib.sqlite3_libversion().decode()} ({library}); load {load()}")
for sql in (s.strip() for s in open(sys.argv[2], encoding="utf-8").read().split("\n;;\n")):
    if not sql:
        continue
    lines = sql.splitlines()
    comments = [line for line in lines if line.startswith("--")]
    if len(comments) == len(lines):
        continue  # the file's heading
    label = comments[-1].lstrip("- ") if comments else lines[0][:80]
    plan = run("EXPLAIN QUERY PLAN " + sql, keep=50)[2]
    times, rows = [], 0
    for _ in range(int(os.environ.get("REPS", "3"))):
        rows, ms, _ = run(sql)
        times.append(ms)
    print(f"{label}: {rows} rows; ms {' '.join(f'{t:.0f}' for t in times)}; load {load()}")
    for step in plan:
        print("    " + step.split("|", 3)[-1])
