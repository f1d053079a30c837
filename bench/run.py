#!/usr/bin/python3
"""bench/run.py — newswire's benchmark (`make bench`; see bench/README.md).

Generates (once, cached) a corpus of seed-like articles outside the repo,
then measures on one core, each as its own process under /usr/bin/time:

  cat        the files read and thrown away: the floor
  raw read   SELECT sum(length(body)) FROM articles(dir)
  sentences, quotes, actors, mentions, stances
             SELECT count(*) FROM articles(dir) a, f(a.body) x
  all functions
             one query running every text function over every article
  make dataset
             the dataset build (sql/schema.sql, sql/build.sql) into a new
             database, when mk/dataset.mk is there
  compromise, wink-nlp
             the JavaScript NLP libraries on the first files of the same
             corpus (bench/js/bench.js), scaled honestly as MB/s

MB are 10^6 bytes of article files as they lie on disk.  Speeds are given by
CPU time (user + system: what one core spends, whatever else the machine
runs) and by wall-clock time.  Every newswire measurement runs on the whole
corpus and again on its first BENCH_SMALL_MB: peak RSS must not grow with
the corpus.

Environment: BENCH_MB (200), BENCH_SMALL_MB (20), BENCH_DIR
(${TMPDIR:-/tmp}/newswire-bench), BENCH_SEED (7), BENCH_CPU (the core to pin
to; default the last), BENCH_COMPROMISE_MB (2), BENCH_WINK_MB (10),
BENCH_ONLY (comma-separated row names to run, for quick looks), BENCH_RUNS
(1: each newswire measurement on the whole corpus is repeated that many
times and the run with the least CPU time kept; the dataset build runs once).
"""
import datetime
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "bench")


def env(name, default):
    v = os.environ.get(name, "")
    return v if v != "" else default


MB = float(env("BENCH_MB", "200"))
SMALL_MB = float(env("BENCH_SMALL_MB", "20"))
DIR = env("BENCH_DIR", os.path.join(os.environ.get("TMPDIR") or "/tmp", "newswire-bench"))
SEED = int(env("BENCH_SEED", "7"))
CPU = env("BENCH_CPU", str((os.cpu_count() or 1) - 1))
COMPROMISE_MB = float(env("BENCH_COMPROMISE_MB", "2"))
WINK_MB = float(env("BENCH_WINK_MB", "10"))
ONLY = [x for x in env("BENCH_ONLY", "").split(",") if x]
RUNS = int(env("BENCH_RUNS", "1"))
EXT = os.path.join(REPO, "build", "newswire")
TIME = "/usr/bin/time"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), check=True, text=True,
                          stdout=subprocess.PIPE, **kw).stdout


# ---------------------------------------------------------------- corpus

def corpus(mb):
    """The generated corpus of `mb` MB: made once, kept while the generator,
    the seeds and the word lists it draws on are the same."""
    h = hashlib.sha256()
    for f in [os.path.join(BENCH, "gen.py")] + \
             sorted(os.path.join(REPO, "seeds", x) for x in os.listdir(os.path.join(REPO, "seeds"))) + \
             [os.path.join(REPO, "sql", "dict", x) for x in ("countries.tsv", "people.tsv", "given_names.tsv")]:
        with open(f, "rb") as fh:
            h.update(fh.read())
    stamp = "%s %g %d" % (h.hexdigest()[:16], mb, SEED)
    out = os.path.join(DIR, "corpus-%gmb" % mb)
    stamp_file = out + ".stamp"
    if os.path.isdir(out) and os.path.exists(stamp_file) and open(stamp_file).read().strip() == stamp:
        return out
    log("generating %g MB of articles in %s ..." % (mb, out))
    shutil.rmtree(out, ignore_errors=True)
    if os.path.exists(stamp_file):
        os.unlink(stamp_file)
    subprocess.run(["/usr/bin/python3", os.path.join(BENCH, "gen.py"), os.path.join(REPO, "seeds"),
                    os.path.join(REPO, "sql", "dict"), out, str(mb), str(SEED)], check=True,
                   stdout=sys.stderr)
    with open(stamp_file, "w") as fh:
        fh.write(stamp + "\n")
    return out


def first_part(big, mb):
    """The first files of `big` (in name order) that make `mb` MB: a
    directory of hard links, so the small corpus is the big one's start."""
    out = big + "-first%gmb" % mb
    files = sorted(f for f in os.listdir(big) if f.endswith(".txt"))
    want, total, pick = mb * 1e6, 0, []
    for f in files:
        if total >= want:
            break
        pick.append(f)
        total += os.path.getsize(os.path.join(big, f))
    if os.path.isdir(out) and sorted(os.listdir(out)) == pick:
        return out
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for f in pick:
        os.link(os.path.join(big, f), os.path.join(out, f))
    return out


def size_of(d, limit=None):
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    n = b = 0
    for f in files:
        if limit is not None and b >= limit:
            break
        b += os.path.getsize(os.path.join(d, f))
        n += 1
    return n, b


# ---------------------------------------------------------------- measuring

def timed(cmd, cwd=REPO, runs=1):
    """Runs cmd pinned to one core under /usr/bin/time, `runs` times:
    (wall, cpu, rss KB, stdout) of the run that took the least CPU time."""
    best = None
    for _ in range(runs):
        r = timed_once(cmd, cwd)
        if best is None or r[1] < best[1]:
            best = r
    return best


def timed_once(cmd, cwd):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = [TIME, "-f", "%e %U %S %M", "-o", tf.name]
        if shutil.which("taskset"):
            full += ["taskset", "-c", CPU]
        full += cmd
        p = subprocess.run(full, cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, p.stderr[-2000:]))
        wall, user, system, rss = tf.read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss), p.stdout


def sql(query):
    return ["sqlite3", "-bail", ":memory:", ".load " + EXT, query]


def function_query(f, d):
    if f == "raw":
        return "SELECT count(*), sum(length(body)) FROM articles('%s')" % d
    if f == "all":
        return ("SELECT count(*), sum(n) FROM (SELECT "
                "(SELECT count(*) FROM sentences(a.body)) + (SELECT count(*) FROM quotes(a.body)) + "
                "(SELECT count(*) FROM actors(a.body)) + (SELECT count(*) FROM mentions(a.body)) + "
                "(SELECT count(*) FROM stances(a.body)) AS n FROM articles('%s') a)" % d)
    return "SELECT count(DISTINCT a.id), count(*) FROM articles('%s') a, %s(a.body) x" % (d, f)


def machine():
    model = ""
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem = ""
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            mem = "%.0f GB RAM" % (int(line.split()[1]) / 1e6)
    osname = platform.platform()
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    fam = ""
    try:
        fam = sh("lscpu | sed -n 's/^CPU family: *//p'").strip()
    except Exception:
        pass
    cc = sh("cc --version | head -1").strip()
    sq = sh("sqlite3 --version").split()[0]
    node = sh("node --version").strip() if shutil.which("node") else "none"
    return ("%s (family %s), %d cores, %s; %s, kernel %s; %s, sqlite3 %s, node %s; load average at start %s"
            % (model, fam, os.cpu_count(), mem, osname, platform.release(), cc, sq, node,
               " ".join(open("/proc/loadavg").read().split()[:3])))


# ---------------------------------------------------------------- the run

def main():
    os.makedirs(DIR, exist_ok=True)
    big = corpus(MB)
    small = first_part(big, SMALL_MB)
    nbig, bbig = size_of(big)
    nsmall, bsmall = size_of(small)
    log("corpus: %d articles, %.1f MB; first part: %d articles, %.1f MB" % (nbig, bbig / 1e6, nsmall, bsmall / 1e6))
    sh(["sh", "-c", "find '%s' -name '*.txt' -print0 | xargs -0 cat > /dev/null" % big])  # warm the page cache
    rows = []

    def want(name):
        return not ONLY or name in ONLY

    def measure(name, label, cmd_for, flat=True):
        if not want(name):
            return
        log("measuring %s ..." % label)
        r = {"name": name, "label": label, "files": nbig, "bytes": bbig}
        try:
            r["wall"], r["cpu"], r["rss"], r["out"] = timed(cmd_for(big), runs=RUNS if name != "dataset" else 1)
            if flat:
                _, _, r["rss_small"], _ = timed(cmd_for(small))
        except RuntimeError as e:
            r["error"] = str(e).strip().splitlines()
            log("  failed: %s" % " / ".join(r["error"][-3:]))
        rows.append(r)

    cat = lambda d: ["sh", "-c", "find '%s' -name '*.txt' -print0 | sort -z | xargs -0 cat > /dev/null" % d]
    measure("cat", "`cat` of the files", cat)
    for f, label in [("raw", "articles(): raw read"), ("sentences", "sentences()"), ("quotes", "quotes()"),
                     ("actors", "actors()"), ("mentions", "mentions()"), ("stances", "stances()"),
                     ("all", "all functions, one query")]:
        measure(f, label, lambda d, f=f: sql(function_query(f, d)))
    if os.path.exists(os.path.join(REPO, "mk", "dataset.mk")) and want("dataset"):
        db = os.path.join(DIR, "bench.db")

        def dataset(d):
            for x in (db, db + "-journal", db + "-wal", db + "-shm"):
                if os.path.exists(x):
                    os.unlink(x)
            return ["make", "-s", "--no-print-directory", "dataset", "CORPUS=" + d, "DB=" + db]
        measure("dataset", "`make dataset` (whole pipeline)", dataset)
        if rows and rows[-1]["name"] == "dataset" and "error" not in rows[-1]:
            rows[-1]["db_mb"] = os.path.getsize(db) / 1e6
    # the JavaScript libraries, on the first files of the same corpus
    js = os.path.join(BENCH, "js", "bench.js")
    if shutil.which("node") and os.path.isdir(os.path.join(BENCH, "js", "node_modules")):
        for lib, label, mb in [("compromise", "compromise (JS)", COMPROMISE_MB), ("wink", "wink-nlp (JS)", WINK_MB)]:
            if not want(lib):
                continue
            log("measuring %s on %g MB ..." % (label, mb))
            wall, cpu, rss, out = timed(["node", js, lib, big, str(int(mb * 1e6))])
            j = json.loads(out.strip().splitlines()[-1])
            rows.append({"name": lib, "label": label + ", first %g MB" % mb, "wall": j["seconds"],
                         "cpu": j["cpu_seconds"], "rss": rss, "files": j["files"], "bytes": j["bytes"],
                         "out": json.dumps(j["found"])})
    else:
        log("node or bench/js/node_modules missing: the JavaScript libraries are not measured")

    failed = [r for r in rows if "error" in r]
    rows = [r for r in rows if "error" not in r]
    for r in rows:
        r["mbs_cpu"] = r["bytes"] / 1e6 / r["cpu"] if r["cpu"] > 0 else float("inf")
        r["mbs_wall"] = r["bytes"] / 1e6 / r["wall"] if r["wall"] > 0 else float("inf")
        r["aps"] = r["files"] / r["cpu"] if r["cpu"] > 0 else float("inf")
    by = {r["name"]: r for r in rows}
    report(by, rows, failed, nbig, bbig, nsmall, bsmall)


def fmt(x, digits=1):
    if x == float("inf"):
        return "∞"
    if x >= 100:
        return "{:,.0f}".format(x)
    return "{:.{}f}".format(x, digits if x >= 1 else 2)


def report(by, rows, failed, nbig, bbig, nsmall, bsmall):
    lines = []
    add = lines.append
    add("newswire benchmark, %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    add("")
    add("Machine: " + machine())
    add("Corpus: %d generated articles, %.1f MB (bench/gen.py, seed %d); first part %d articles, %.1f MB."
        % (nbig, bbig / 1e6, SEED, nsmall, bsmall / 1e6))
    add("One core (taskset -c %s); MB/s by CPU time (user + system) and by wall clock; best of %d run%s."
        % (CPU, RUNS, "" if RUNS == 1 else "s"))
    add("")
    add("| what | MB | CPU s | MB/s (CPU) | MB/s (wall) | articles/s | peak RSS | peak RSS, first %g MB | RSS ratio |" % SMALL_MB)
    add("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        small = r.get("rss_small")
        add("| %s | %s | %s | %s | %s | %s | %.1f MB | %s | %s |" % (
            r["label"], fmt(r["bytes"] / 1e6), fmt(r["cpu"], 2), fmt(r["mbs_cpu"]), fmt(r["mbs_wall"]),
            fmt(r["aps"], 0), r["rss"] / 1024, "%.1f MB" % (small / 1024) if small else "",
            "%.2f" % (r["rss"] / small) if small else ""))
    for r in failed:
        add("| %s | failed: %s |  |  |  |  |  |  |  |" % (r["label"], " ".join(r["error"][-2:]).replace("|", "/")))
    add("")
    if "dataset" in by and "db_mb" in by["dataset"]:
        add("`make dataset` wrote a %.0f MB database." % by["dataset"]["db_mb"])
    add("Rows found: " + "; ".join("%s %s" % (r["name"], r["out"].strip().replace("|", " ")) for r in rows
                                   if r["name"] not in ("cat", "dataset")))
    add("")
    # ratios to the JavaScript libraries
    ours = [(n, by[n]) for n in ("all", "dataset", "quotes", "actors", "stances") if n in by]
    for lib in ("compromise", "wink"):
        if lib not in by or not ours:
            continue
        j = by[lib]
        add("newswire vs %s (%s MB/s CPU): " % (j["label"].split(",")[0], fmt(j["mbs_cpu"], 2)) + ", ".join(
            "%s %sx" % (r["label"].split(" (")[0], fmt(r["mbs_cpu"] / j["mbs_cpu"])) for _, r in ours))
    add("")
    # the targets of issue 7
    checks = []

    def check(text, ok):
        checks.append("- [%s] %s" % ("x" if ok else " ", text))

    def speed(name):
        return by[name]["mbs_cpu"] if name in by else None
    pipe = "dataset" if "dataset" in by else "all"
    for name, target, text in [(pipe, 20, "whole pipeline"), ("quotes", 30, "quotes()"),
                               ("actors", 30, "actors()"), ("stances", 20, "stances()"),
                               ("raw", 100, "raw read")]:
        s = speed(name)
        if s is not None:
            check("%s >= %d MB/s: %s MB/s (%s)" % (text, target, fmt(s), by[name]["label"]), s >= target)
    if "all" in by and pipe != "all":
        check("all functions in one query >= 20 MB/s: %s MB/s" % fmt(speed("all")), speed("all") >= 20)
    for lib, times in (("compromise", 50), ("wink", 5)):
        if lib in by and "all" in by:
            x = speed("all") / by[lib]["mbs_cpu"]
            check("all functions >= %dx %s: %sx" % (times, by[lib]["label"].split(",")[0], fmt(x)), x >= times)
    flat = [r for r in rows if r.get("rss_small") and r["name"] != "cat"]  # cat's is find | sort | xargs
    if flat:
        worst = max(flat, key=lambda r: r["rss"] / r["rss_small"])
        check("peak RSS on %g MB < 2x that on %g MB: worst %.2fx (%s)" % (MB, SMALL_MB, worst["rss"] / worst["rss_small"],
                                                                      worst["label"]),
              all(r["rss"] < 2 * r["rss_small"] for r in flat))
    add("Targets:")
    lines.extend(checks)
    add("")
    add("Load average at the end: " + " ".join(open("/proc/loadavg").read().split()[:3]))
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(DIR, "results.md"), "w") as fh:
        fh.write(text + "\n")
    with open(os.path.join(DIR, "results.json"), "w") as fh:
        json.dump(rows, fh, indent=1)
    log("written %s and results.json" % os.path.join(DIR, "results.md"))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--corpus":  # make profile: just the corpus
        os.makedirs(DIR, exist_ok=True)
        print(corpus(float(sys.argv[2])))
    else:
        main()
