"""Shared by every workload script: input data, reference results, timing, JSON output.

Only the standard library and NumPy are used here, so this file runs in every
benchmark environment (including the one that needs numpy<2).
"""
import argparse
import gc
import itertools
import json
import os
import platform
import statistics
import sys
import time
import traceback

import numpy as np

import numpy_math

WORKLOADS = ("W1", "W2", "W3")

# Relative tolerance for "gradients agree": max|g - ref| / max|ref| (float32 vs float64 reference).
RTOL = 1e-4


# ---------------------------------------------------------------- input data (float32)

def w1_data():
    """Two 10-element float32 vectors."""
    return np.arange(10, dtype=np.float32), np.linspace(-1, 1, 10, dtype=np.float32)


def w2_data():
    """The autograd tutorial's inputs: x = ones(5), y = zeros(3), w = randn(5, 3), b = randn(3)."""
    np.random.seed(42)
    w = np.random.randn(5, 3).astype(np.float32)
    b = np.random.randn(3).astype(np.float32)
    return np.ones(5, np.float32), np.zeros(3, np.float32), w, b


def w3_data():
    """1,000 float32 values in [-1, 1]."""
    return np.linspace(-1, 1, 1000, dtype=np.float32)


def reference(name):
    """Float64 reference results: a list of arrays, in the order the workloads return them."""
    if name == "W1":
        a, b = w1_data()
        return [a.astype(np.float64) + b]
    if name == "W2":
        _, grads = numpy_math.w2_loss_and_grads(*[a.astype(np.float64) for a in w2_data()])
        return list(grads)
    if name == "W3":
        return [numpy_math.w3_loss_and_grad(w3_data().astype(np.float64))[1]]
    raise KeyError(name)


def compare(got, ref):
    """Max absolute and relative difference of a list of arrays against the reference."""
    if len(got) != len(ref):
        return {"max_abs_diff": None, "rel_diff": None, "ok": False,
                "note": f"{len(got)} results, expected {len(ref)}"}
    abs_diff, scale = 0.0, 0.0
    for g, r in zip(got, ref):
        g = np.asarray(g, dtype=np.float64)
        if g.shape != r.shape:
            return {"max_abs_diff": None, "rel_diff": None, "ok": False,
                    "note": f"shape {g.shape}, expected {r.shape}"}
        abs_diff = max(abs_diff, float(np.max(np.abs(g - r))))
        scale = max(scale, float(np.max(np.abs(r))))
    rel = abs_diff / scale if scale else abs_diff
    return {"max_abs_diff": abs_diff, "rel_diff": rel, "ok": bool(rel <= RTOL)}


# ---------------------------------------------------------------- timing

def _run(call, number, sync):
    timer = time.perf_counter
    result = None
    t0 = timer()
    for _ in itertools.repeat(None, number):
        result = call()
    if sync is not None:
        sync(result)
    return timer() - t0


def measure(call, *, number=None, repeat=7, min_time=0.2, warmup=3, sync=None):
    """timeit-style timing of a zero-argument callable.

    Each repeat runs `call` `number` times in a loop (chosen so one repeat takes at least
    `min_time` seconds when not given) and synchronises asynchronous frameworks once at the end
    of the loop. The garbage collector stays on: collecting the frameworks' garbage is part of
    their cost. Returns the median time per call in microseconds, plus the raw figures.
    """
    for _ in range(warmup):
        _run(call, 1, sync)
    if number is None:
        number = 1
        while True:
            elapsed = _run(call, number, sync)
            if elapsed >= min_time:
                break
            number = max(number * 2, int(number * min_time / max(elapsed, 1e-9) * 1.1))
            number = min(number, 1_000_000)
    per_call = [_run(call, number, sync) / number * 1e6 for _ in range(repeat)]
    return {"us": statistics.median(per_call), "min_us": min(per_call),
            "number": number, "repeat": repeat}


# ---------------------------------------------------------------- environment

def thread_settings():
    """Thread-related environment variables and the BLAS pools (threadpoolctl, when installed)."""
    keys = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE",
            "XLA_FLAGS")
    info = {k: os.environ[k] for k in keys if k in os.environ}
    try:
        import threadpoolctl
        info["blas_pools"] = [
            {"api": p.get("internal_api"), "threads": p.get("num_threads"),
             "arch": p.get("architecture")}
            for p in threadpoolctl.threadpool_info()]
    except ImportError:
        pass
    return info


def environment():
    return {"python": platform.python_version(), "executable": sys.executable,
            "numpy": np.__version__, "threads": thread_settings()}


# ---------------------------------------------------------------- the script entry point

def main(framework, build, *, versions=None, extra_info=None, sync=None):
    """Run the workloads of one framework and print (and optionally save) JSON.

    `build()` returns {name: factory}; name is a workload ("W1", "W2", "W3") or a variant of one
    ("W2_jit"), and factory() returns (call, to_arrays): `call()` is the timed zero-argument
    callable, `to_arrays(call())` turns its result into a list of NumPy arrays for the check.
    Factories that raise are reported as errors; the others still run.
    """
    parser = argparse.ArgumentParser(description=f"{framework} benchmark workloads")
    parser.add_argument("--quick", action="store_true", help="fewer loops and repeats")
    parser.add_argument("--json", metavar="FILE", help="also write the JSON results to FILE")
    parser.add_argument("--only", help="comma-separated workload names (e.g. W1,W2_jit)")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None

    out = {"framework": framework, "available": True, "env": environment(),
           "versions": {}, "info": {}, "results": {}}
    try:
        factories = build()
    except Exception as exc:  # the framework is missing or does not import
        out["available"] = False
        out["error"] = f"{type(exc).__name__}: {exc}"
        out["traceback"] = traceback.format_exc()
        factories = {}
    for key, source in (("versions", versions), ("info", extra_info)):
        if factories and callable(source):
            try:
                out[key] = source()
            except Exception as exc:
                out[key] = {"error": f"{type(exc).__name__}: {exc}"}
        elif source and not callable(source):
            out[key] = source

    for name, factory in factories.items():
        if only and name not in only:
            continue
        base = name.split("_")[0]
        entry = {}
        try:
            call, to_arrays = factory()
            entry["check"] = compare(to_arrays(call()), reference(base))
            if base == "W1":
                # per-op latency: fixed loops of 10,000 calls, like timeit
                timing = measure(call, number=2_000 if args.quick else 10_000,
                                 repeat=3 if args.quick else 7, sync=sync)
            else:
                timing = measure(call, repeat=3 if args.quick else 7,
                                 min_time=0.05 if args.quick else 0.2, sync=sync)
            entry.update(timing)
        except Exception as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"
            entry["traceback"] = traceback.format_exc()
        out["results"][name] = entry
        gc.collect()

    text = json.dumps(out, indent=1)
    if args.json:
        with open(args.json, "w") as f:
            f.write(text)
    print(text)
