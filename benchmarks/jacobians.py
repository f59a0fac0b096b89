"""Jacobians and Hessians: minispore against JAX (eager and jit) in one run.

    python benchmarks/jacobians.py [--peers-python PATH] [--repeats N] [--dtype float32|float64]

Workloads: the Hessian (`minispore.hessian`, jacfwd of jacrev) of a 100-input scalar function,
sum(tanh(A w))**2 + logsumexp(w**2 / 2 - w) with A 30x100, and jacrev / jacfwd of a 100 -> 100
function tanh(B x) * x. minispore runs here; JAX in --peers-python (a subprocess running this
file with --jax), on the same inputs. Each figure is the best of several repeats, in
milliseconds per call; the values are compared with JAX's.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_PEERS = os.environ.get("BENCH_PEERS_PYTHON", os.path.join(
    os.path.dirname(ROOT), "venvs", "bench", "bin", "python"))
WORKLOADS = {
    "hessian": "hessian (jacfwd(jacrev)) of a 100-input scalar function",
    "jacrev": "jacrev of a 100 -> 100 function",
    "jacfwd": "jacfwd of a 100 -> 100 function",
}


def inputs(dtype):
    rng = np.random.default_rng(0)
    return {"A": (rng.standard_normal((30, 100)) / 10).astype(dtype),
            "w": rng.standard_normal(100).astype(dtype),
            "B": (rng.standard_normal((100, 100)) / 10).astype(dtype),
            "x": rng.standard_normal(100).astype(dtype)}


def best_ms(call, repeats, sync=lambda r: r):
    """Best time of one call (ms) over `repeats` rounds, each long enough to time."""
    sync(call())                                      # warm-up (and JAX's compilation)
    start = time.perf_counter()
    sync(call())
    number = max(1, int(0.2 / max(time.perf_counter() - start, 1e-6)))
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            result = call()
        sync(result)
        best = min(best, (time.perf_counter() - start) / number)
    return best * 1e3


def run_minispore(data, repeats):
    sys.path.insert(0, ROOT)
    import minispore as ms
    from minispore import Tensor, ops

    t = {k: Tensor(v) for k, v in data.items()}

    def scalar_f(w, a):
        return ops.tanh(ops.matmul(a, w)).sum() ** 2 + ops.logsumexp(0.5 * w ** 2 - w, 0)

    def vector_f(x, b):
        return ops.tanh(ops.matmul(b, x)) * x

    hessian = ms.hessian(scalar_f)
    calls = {"hessian": lambda: hessian(t["w"], t["A"]),
             "jacrev": lambda: ops.jacrev(vector_f)(t["x"], t["B"]),
             "jacfwd": lambda: ops.jacfwd(vector_f)(t["x"], t["B"])}
    times = {k: best_ms(c, repeats) for k, c in calls.items()}
    values = {k: np.asarray(c()) for k, c in calls.items()}
    return times, values


def run_jax(data, repeats):
    import jax
    import jax.numpy as jnp
    jax.config.update("jax_enable_x64", True)
    t = {k: jnp.asarray(v) for k, v in data.items()}

    def scalar_f(w, a):
        return jnp.tanh(a @ w).sum() ** 2 + jax.nn.logsumexp(0.5 * w ** 2 - w)

    def vector_f(x, b):
        return jnp.tanh(b @ x) * x

    fns = {"hessian": (jax.jacfwd(jax.jacrev(scalar_f)), ("w", "A")),
           "jacrev": (jax.jacrev(vector_f), ("x", "B")),
           "jacfwd": (jax.jacfwd(vector_f), ("x", "B"))}
    sync = jax.block_until_ready
    times, values = {}, {}
    for name, (fn, keys) in fns.items():
        args = [t[k] for k in keys]
        jitted = jax.jit(fn)
        times[name] = best_ms(lambda: fn(*args), repeats, sync)
        times[name + "_jit"] = best_ms(lambda: jitted(*args), repeats, sync)
        values[name] = np.asarray(fn(*args))
    return times, values, jax.__version__


def jax_main(path, repeats):
    with np.load(path) as f:
        data = {k: f[k] for k in f.files}
    times, values, version = run_jax(data, repeats)
    np.savez(path + ".out.npz", **values)
    print(json.dumps({"times": times, "version": version}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers-python", default=DEFAULT_PEERS)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--dtype", default="float32", choices=["float32", "float64"])
    parser.add_argument("--jax", metavar="NPZ", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.jax:
        return jax_main(args.jax, args.repeats)
    data = inputs(args.dtype)
    times, values = run_minispore(data, args.repeats)
    jax_times, jax_values, version = {}, {}, None
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "inputs.npz")
        np.savez(path, **data)
        proc = subprocess.run([args.peers_python, os.path.abspath(__file__), "--jax", path,
                               "--repeats", str(args.repeats)], capture_output=True, text=True)
        if proc.returncode == 0:
            report = json.loads(proc.stdout.strip().splitlines()[-1])
            jax_times, version = report["times"], report["version"]
            with np.load(path + ".out.npz") as f:
                jax_values = {k: f[k] for k in f.files}
        else:
            print(f"JAX did not run ({args.peers_python}):\n{proc.stderr[-2000:]}",
                  file=sys.stderr)
    print(f"dtype {args.dtype}, best of {args.repeats}, ms per call; JAX {version or 'n/a'}\n")
    print("| workload | minispore | JAX eager | JAX jit | max rel. diff vs JAX |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, title in WORKLOADS.items():
        fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
        diff = None
        if name in jax_values:
            ref = jax_values[name]
            diff = float(np.max(np.abs(values[name] - ref)) / np.max(np.abs(ref)))
        print(f"| {title} | {fmt(times[name])} | {fmt(jax_times.get(name))} | "
              f"{fmt(jax_times.get(name + '_jit'))} | "
              f"{'n/a' if diff is None else f'{diff:.1e}'} |")


if __name__ == "__main__":
    main()
