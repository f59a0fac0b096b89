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

WORKLOADS = ("W1", "W2", "W3", "W4", "W5", "W6") + tuple(numpy_math.W7_OPS)

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


def w4_data():
    """A batch of 64 3x32x32 images and 16 3x3 filters, standard normal."""
    rng = np.random.default_rng(4)
    x = rng.standard_normal((64, 3, 32, 32), dtype=np.float32)
    w = rng.standard_normal((16, 3, 3, 3), dtype=np.float32)
    return x, w


def w5_data():
    """128 x 1,000 standard-normal logits and 128 int32 class indices."""
    rng = np.random.default_rng(5)
    logits = rng.standard_normal((128, 1000), dtype=np.float32)
    labels = rng.integers(0, 1000, 128).astype(np.int32)
    return logits, labels


def w6_data():
    """A 10,000 x 64 table, 128 x 32 int32 indices (about 700 of them repeats) and the fixed
    weights of the sum, of the lookup's shape (128, 32, 64)."""
    rng = np.random.default_rng(6)
    table = rng.standard_normal((10000, 64), dtype=np.float32)
    idx = rng.integers(0, 10000, (128, 32)).astype(np.int32)
    weights = rng.standard_normal((128, 32, 64), dtype=np.float32)
    return table, idx, weights


def w7_data():
    """Two vectors of 1,000 standard-normal float32 values (y only for the product)."""
    rng = np.random.default_rng(7)
    return (rng.standard_normal(1000, dtype=np.float32),
            rng.standard_normal(1000, dtype=np.float32))


def _f64(arrays):
    return [a.astype(np.float64) if a.dtype.kind == "f" else a for a in arrays]


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
    if name == "W4":
        return list(numpy_math.w4_loss_and_grads(*_f64(w4_data()))[1])
    if name == "W5":
        return [numpy_math.w5_loss_and_grad(*_f64(w5_data()))[1]]
    if name == "W6":
        return [numpy_math.w6_loss_and_grad(*_f64(w6_data()))[1]]
    if name in numpy_math.W7_OPS:
        return [np.asarray(numpy_math.W7_OPS[name][1](*_f64(w7_data())))]
    raise KeyError(name)


def compare(got, ref):
    """Max absolute and relative difference of a list of arrays against the reference.

    The relative difference is taken per array (its max absolute difference over its largest
    reference value), then the largest over the arrays, so that a small gradient returned
    beside a large one (W4's d/dx beside d/dw) is held to the same tolerance."""
    if len(got) != len(ref):
        return {"max_abs_diff": None, "rel_diff": None, "ok": False,
                "note": f"{len(got)} results, expected {len(ref)}"}
    abs_diff, rel = 0.0, 0.0
    for g, r in zip(got, ref):
        g = np.asarray(g, dtype=np.float64)
        if g.shape != r.shape:
            return {"max_abs_diff": None, "rel_diff": None, "ok": False,
                    "note": f"shape {g.shape}, expected {r.shape}"}
        diff = float(np.max(np.abs(g - r))) if r.size else 0.0
        if diff != diff:  # NaN in the result
            diff = float("inf")
        scale = float(np.max(np.abs(r))) if r.size else 0.0
        abs_diff = max(abs_diff, diff)
        rel = max(rel, diff / scale if scale else diff)
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

    `build()` returns {name: factory}; name is a workload ("W1" ... "W7f") or a variant of one
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
        start = time.perf_counter()
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
        entry["wall_s"] = round(time.perf_counter() - start, 3)  # set-up, check and timing
        out["results"][name] = entry
        gc.collect()

    text = json.dumps(out, indent=1)
    if args.json:
        with open(args.json, "w") as f:
            f.write(text)
    print(text)
