"""Run the minispore benchmarks against its peers and print a markdown table.

    python benchmarks/run.py [--peers-python PATH] [--mindspore-python PATH] [--quick]
                             [--rounds N] [--out FILE] [--json-out FILE]

minispore and raw NumPy run in this interpreter; PyTorch, JAX and HIPS autograd in
--peers-python; MindSpore in --mindspore-python (it needs numpy<2, hence its own environment).
Each framework runs in its own subprocess, one after another. A peer whose interpreter is
missing, or that does not import there, shows "n/a".
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORKLOADS_DIR = os.path.join(HERE, "workloads")

# The peers' virtual environments, by default beside the checkout: ../venvs/bench, ../venvs/ms.
VENVS = os.path.join(os.path.dirname(ROOT), "venvs")
DEFAULT_PEERS = os.environ.get("BENCH_PEERS_PYTHON", os.path.join(VENVS, "bench", "bin", "python"))
DEFAULT_MINDSPORE = os.environ.get("BENCH_MINDSPORE_PYTHON",
                                   os.path.join(VENVS, "ms", "bin", "python"))

# (key, column title, workload result name); the key names workloads/bench_<framework>.py
COLUMNS = [
    ("numpy", "NumPy", ""),
    ("minispore", "minispore", ""),
    ("minispore", "minispore jit", "_jit"),
    ("torch", "PyTorch", ""),
    ("jax", "JAX", ""),
    ("jax", "JAX jit", "_jit"),
    ("autograd", "autograd", ""),
    ("mindspore", "MindSpore", ""),
    ("mindspore", "MindSpore jit", "_jit"),
]

WORKLOADS = {
    "W1": "W1 eager `x + y`, 10 float32",
    "W2": "W2 tutorial `grad(function, (2, 3))`",
    "W3": "W3 grad of 100 elementwise ops, 1,000 float32",
    "W4": "W4 conv2d 3x3 forward + backward, 64x3x32x32 float32",
    "W5": "W5 softmax cross-entropy forward + backward, 128x1000 float32",
    "W6": "W6 embedding `gather` forward + backward, 10000x64 table",
    "W7a": "W7a eager `ops.exp(x)`, 1,000 float32",
    "W7b": "W7b eager `x * y`, 1,000 float32",
    "W7c": "W7c eager `ops.sigmoid(x)`, 1,000 float32",
    "W7d": "W7d eager `ops.sum(x)`, 1,000 float32",
    "W7e": "W7e eager `ops.mean(x)`, 1,000 float32",
    "W7f": "W7f eager `ops.amax(x)`, 1,000 float32",
}

# Targets from the design (section 5) and for the op library: (numerator, denominator, bound,
# text). A workload without targets is measured for information only.
TARGETS = {
    "W1": [(("minispore", ""), ("torch", ""), 0.6, "<= 0.6x PyTorch")],
    "W2": [(("minispore", ""), ("torch", ""), 0.5, "<= 0.5x PyTorch"),
           (("minispore", ""), ("mindspore", ""), 1 / 50, ">= 50x faster than MindSpore")],
    "W3": [(("minispore", ""), ("torch", ""), 1.0, "<= 1.0x PyTorch"),
           (("minispore", "_jit"), ("jax", "_jit"), 2.0, "jit <= 2x JAX jit")],
    "W4": [(("minispore", ""), ("torch", ""), 2.5, "<= 2.5x PyTorch")],
    "W5": [(("minispore", ""), ("torch", ""), 1.5, "<= 1.5x PyTorch")],
    "W6": [],
}
for _name in ("W7a", "W7b", "W7c", "W7d", "W7e", "W7f"):
    TARGETS[_name] = [(("minispore", ""), ("torch", ""), 1.0, "<= 1.0x PyTorch")]


# ---------------------------------------------------------------- running the frameworks

def run_framework(key, python, quick, timeout, threads=None):
    """Run workloads/bench_<key>.py in `python`; return its parsed JSON (or an error record)."""
    if not python:
        return {"framework": key, "available": False, "error": "no interpreter given"}
    python = python if os.path.exists(python) else shutil.which(python)
    if not python:
        return {"framework": key, "available": False, "error": "interpreter not found"}
    env = dict(os.environ)
    env.setdefault("GLOG_v", "3")  # MindSpore: errors only on stderr
    if threads:
        for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
            env[name] = str(threads)
    with tempfile.TemporaryDirectory() as tmp:
        out_file = os.path.join(tmp, "result.json")
        cmd = [python, os.path.join(WORKLOADS_DIR, f"bench_{key}.py"), "--json", out_file]
        if quick:
            cmd.append("--quick")
        try:
            proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"framework": key, "available": False, "error": f"timed out after {timeout} s"}
        if proc.returncode != 0 or not os.path.exists(out_file):
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["(no output)"]
            return {"framework": key, "available": False,
                    "error": f"exit code {proc.returncode}: {tail[0]}"}
        with open(out_file) as f:
            return json.load(f)


def best_of(runs):
    """Merge the rounds of one framework: for each workload keep the round with the lowest
    median, and remember every round's median."""
    available = [r for r in runs if r.get("available")]
    if not available:
        return runs[0]
    merged = dict(available[0])
    merged["results"] = {}
    for name in available[0].get("results", {}):
        entries = [r["results"][name] for r in available if name in r.get("results", {})]
        timed = [e for e in entries if "us" in e]
        best = dict(min(timed, key=lambda e: e["us"])) if timed else dict(entries[0])
        if timed:
            best["rounds_us"] = [e["us"] for e in timed]
        merged["results"][name] = best
    return merged


# ---------------------------------------------------------------- machine information

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_revision():
    try:
        out = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10)
        rev = out.stdout.strip()
        if rev:
            dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "minispore"],
                                   capture_output=True, text=True, timeout=10).stdout.strip()
            return rev + (" (minispore/ modified)" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        pass
    return "unknown"


def machine_lines(results, quick, rounds, threads=None):
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    lines = [
        f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
        f"- CPU: {cpu_model()}, {cores} logical cores ({usable} usable)",
        f"- OS: {platform.system()} {platform.release()}; load average at the end "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine skews "
        f"the figures)",
        f"- minispore checkout: {git_revision()}",
        f"- timing: {'quick' if quick else 'full'}; median per call of "
        f"{'3' if quick else '7'} repeats after warm-up, best of {rounds} interleaved "
        f"round(s); W1 loops of "
        f"{'2,000' if quick else '10,000'} calls, W2-W7 loops of at least "
        f"{'0.05' if quick else '0.2'} s; garbage collector on; "
        + (f"OMP/MKL/OPENBLAS_NUM_THREADS={threads}" if threads else "default thread settings"),
    ]
    for key in ("numpy", "minispore", "torch", "jax", "autograd", "mindspore"):
        r = results.get(key)
        if r is None:
            continue
        if not r.get("available"):
            lines.append(f"- {key}: n/a ({r.get('error', 'not run')})")
            continue
        env = r.get("env", {})
        versions = ", ".join(f"{k} {v}" for k, v in r.get("versions", {}).items()
                             if k != "path")
        extra = dict(r.get("info", {}))
        threads = env.get("threads", {})
        if threads:
            extra["threads"] = threads
        extra_text = "; " + json.dumps(extra, sort_keys=True) if extra else ""
        lines.append(f"- {key}: {versions} (Python {env.get('python')}, NumPy "
                     f"{env.get('numpy')}, `{env.get('executable')}`){extra_text}")
    return lines


# ---------------------------------------------------------------- the table

def fmt_time(us):
    if us < 1000:
        return f"{us:.3g} µs"
    return f"{us / 1000:.3g} ms"


def entry(results, key, suffix, workload):
    r = results.get(key)
    if r is None or not r.get("available"):
        return None
    return r.get("results", {}).get(workload + suffix)


def cell(results, key, suffix, workload):
    r = results.get(key)
    if r is None:
        return "not run"
    if not r.get("available"):
        return "pending" if key == "minispore" else "n/a"
    e = r.get("results", {}).get(workload + suffix)
    if e is None:
        return "—"
    if "error" in e:
        return "error"
    text = fmt_time(e["us"])
    if not e.get("check", {}).get("ok", False):
        text += " (wrong)"
    return text


def time_of(results, key, suffix, workload):
    e = entry(results, key, suffix, workload)
    if e and "us" in e:
        return e["us"]
    return None


def ratio_text(results, workload, num, den):
    a, b = time_of(results, *num, workload), time_of(results, *den, workload)
    if a is None or b is None:
        return None, "n/a"
    return a / b, f"{a / b:.3g}x"


def table(results):
    header = ["workload"] + [title for _, title, _ in COLUMNS] + [
        "minispore / PyTorch", "minispore / MindSpore", "minispore jit / JAX jit", "targets"]
    rows = []
    for w, label in WORKLOADS.items():
        row = [label] + [cell(results, key, suffix, w) for key, _, suffix in COLUMNS]
        row += [ratio_text(results, w, ("minispore", ""), ("torch", ""))[1],
                ratio_text(results, w, ("minispore", ""), ("mindspore", ""))[1],
                ratio_text(results, w, ("minispore", "_jit"), ("jax", "_jit"))[1]]
        verdicts = []
        for num, den, bound, text in TARGETS.get(w, []):
            value, _ = ratio_text(results, w, num, den)
            status = "pending" if value is None else ("met" if value <= bound else "MISSED")
            verdicts.append(f"{text}: {status}")
        row.append("; ".join(verdicts) or "none set")
        rows.append(row)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def check_lines(results):
    """Agreement with the float64 NumPy reference, one row per workload and variant, and every
    error met."""
    keys = [key for key in ("numpy", "minispore", "torch", "jax", "autograd", "mindspore")
            if results.get(key, {}).get("available")]
    lines = ["| workload | " + " | ".join(keys) + " |", "|" + "---|" * (1 + len(keys))]
    problems = []
    for w in WORKLOADS:
        for s in ("", "_jit"):
            name = w + s
            entries = {key: results[key].get("results", {}).get(name) for key in keys}
            if all(e is None for e in entries.values()):
                continue  # no framework has this variant
            cells = []
            for key in keys:
                e = entries[key]
                if e is None:
                    cells.append("—")
                elif "error" in e:
                    cells.append("error")
                    problems.append(f"- {key} {name}: {e['error']}")
                else:
                    c = e.get("check", {})
                    if c.get("max_abs_diff") is None:
                        cells.append("MISMATCH")
                        problems.append(f"- {key} {name}: {c.get('note')}")
                    else:
                        cells.append(f"{c['max_abs_diff']:.1e} (rel {c['rel_diff']:.1e})"
                                     + ("" if c["ok"] else " MISMATCH"))
                        if not c["ok"]:
                            problems.append(f"- {key} {name}: results differ from the "
                                            f"reference (relative {c['rel_diff']:.2e})")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines, problems


def report(results, quick, rounds=1, threads=None):
    best = f", the best of {rounds} rounds" if rounds > 1 else ""
    out = ["## Results", "", f"Median time per call{best} (lower is better); ratios below 1 "
           "mean minispore is faster. `n/a`: peer not installed; `pending`: minispore does not import; "
           "`—`: no such variant for that framework; `error`: listed below.", ""]
    out += table(results)
    checks, problems = check_lines(results)
    out += ["", "## Agreement with the NumPy float64 reference",
            "", "Max absolute difference of the results; in brackets, relative to the largest "
            "reference value (per result, the largest over a workload's results); flagged above "
            "1e-4 relative.", ""]
    out += checks
    if problems:
        out += ["", "Problems:", ""] + problems
    out += ["", "## Machine and versions", ""] + machine_lines(results, quick, rounds, threads)
    return "\n".join(out) + "\n", problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--peers-python", default=DEFAULT_PEERS if os.path.exists(DEFAULT_PEERS)
                        else None, help="interpreter with torch, jax and autograd "
                        f"(default {DEFAULT_PEERS} when it exists)")
    parser.add_argument("--mindspore-python", default=DEFAULT_MINDSPORE
                        if os.path.exists(DEFAULT_MINDSPORE) else None,
                        help=f"interpreter with mindspore (default {DEFAULT_MINDSPORE} "
                        "when it exists)")
    parser.add_argument("--quick", action="store_true", help="fewer loops and repeats")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run every framework this many times, interleaved, and keep each "
                        "workload's best median (default 1; use 3 on a busy machine)")
    parser.add_argument("--threads", type=int, help="set OMP/MKL/OPENBLAS_NUM_THREADS for every "
                        "framework (default: leave each framework's default)")
    parser.add_argument("--out", help="also write the markdown report to this file")
    parser.add_argument("--json-out", help="write the raw results of every framework here")
    parser.add_argument("--frameworks", default="numpy,minispore,torch,jax,autograd,mindspore",
                        help="comma-separated subset to run (default: all)")
    parser.add_argument("--timeout", type=float, default=1800,
                        help="seconds allowed to each framework (default 1800)")
    args = parser.parse_args()

    interpreters = {"numpy": sys.executable, "minispore": sys.executable,
                    "torch": args.peers_python, "jax": args.peers_python,
                    "autograd": args.peers_python, "mindspore": args.mindspore_python}
    keys = [key.strip() for key in args.frameworks.split(",")]
    for key in keys:
        if key not in interpreters:
            parser.error(f"unknown framework {key!r}; choose from {', '.join(interpreters)}")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    # Interleaved rounds: a passing disturbance hits different frameworks in different rounds.
    runs = {key: [] for key in keys}
    for round_ in range(args.rounds):
        for key in keys:
            print(f"round {round_ + 1}/{args.rounds}: {key} ...", end="", file=sys.stderr,
                  flush=True)
            start = time.perf_counter()
            runs[key].append(run_framework(key, interpreters[key], args.quick, args.timeout,
                                           args.threads))
            print(f" {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    results = {key: best_of(runs[key]) for key in keys}

    text, problems = report(results, args.quick, args.rounds, args.threads)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump(results, f, indent=1)
    print(text)
    if problems:
        print(f"{len(problems)} problem(s): see the list above.", file=sys.stderr)


if __name__ == "__main__":
    main()
