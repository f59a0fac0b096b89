#!/usr/bin/env python3
"""Regenerate the conformance goldens from a real MindSpore 2.10 installation.

Usage:
    python tools/make_goldens.py [--python /path/to/python-with-mindspore] [NAME ...]

Each case script (tests/conformance/cases/*.py) and tutorial script
(examples/tutorials/*.py) runs in its own subprocess, with a temporary
directory as its working directory (MindSpore writes rank_0/ and other dumps
into the cwd) and tests/conformance/support on PYTHONPATH.  Its stdout is
written to tests/conformance/goldens/<name>.out; stderr is ignored.  A script
that exits non-zero is reported as an error and no golden is written for it.

MindSpore 2.10 needs its own virtual environment with numpy<2:
    python3 -m venv ../venvs/ms
    ../venvs/ms/bin/pip install 'numpy<2' mindspore==2.10.0

NAME arguments restrict the run to the given scripts (case or tutorial stem,
e.g. ``tensor_repr_float`` or ``autograd_en``).
"""
import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "tests" / "conformance"
DEFAULT_PYTHON = os.environ.get("MINDSPORE_PYTHON", str(ROOT.parent / "venvs" / "ms" / "bin" / "python"))


def scripts():
    out = []
    out.extend(sorted((CONF / "cases").glob("*.py")))
    out.extend(sorted((ROOT / "examples" / "tutorials").glob("*.py")))
    return out


def run_one(python, script, timeout):
    env = dict(os.environ)
    support = str(CONF / "support")
    env["PYTHONPATH"] = support + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("GLOG_v", "3")  # keep MindSpore's C++ logging quiet
    env["PYTHONHASHSEED"] = "0"
    with tempfile.TemporaryDirectory(prefix="ms_golden_") as tmp:
        proc = subprocess.run(
            [python, str(script)], cwd=tmp, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return proc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--python", default=DEFAULT_PYTHON, help="python with mindspore 2.10 (default %(default)s)")
    ap.add_argument("--timeout", type=float, default=600.0)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)

    goldens = CONF / "goldens"
    goldens.mkdir(parents=True, exist_ok=True)
    selected = [s for s in scripts() if not args.names or s.stem in args.names]
    if args.names:
        missing = set(args.names) - {s.stem for s in selected}
        if missing:
            print("unknown script(s): " + ", ".join(sorted(missing)), file=sys.stderr)
            return 2
    failures = []
    for script in selected:
        try:
            proc = run_one(args.python, script, args.timeout)
        except subprocess.TimeoutExpired:
            failures.append(script.stem)
            print(f"TIMEOUT {script.relative_to(ROOT)}")
            continue
        if proc.returncode != 0:
            failures.append(script.stem)
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-15:]
            print(f"FAIL    {script.relative_to(ROOT)} (exit {proc.returncode})")
            for line in tail:
                print("        " + line)
            continue
        (goldens / (script.stem + ".out")).write_bytes(proc.stdout)
        print(f"ok      {script.relative_to(ROOT)} ({len(proc.stdout.splitlines())} lines)")
    print(f"{len(selected) - len(failures)} ok, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
