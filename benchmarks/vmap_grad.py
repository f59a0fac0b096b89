"""Per-example gradients of an MLP: minispore's vmap(grad) against a loop of grads and JAX.

    python benchmarks/vmap_grad.py [--peers-python PATH] [--repeats N]

MLPs 32-64-64-1 and 784-128-10 (tanh hidden layers); the loss of one example is the cross
entropy of its log-softmax against a one-hot label (squared error for one output); the
gradients of every parameter for each of 128 examples. minispore runs here, JAX's vmap(grad)
(eager and jitted) in --peers-python. Times are the best of --repeats runs.

Then a softmax classifier 784-128-10 whose loss is `ops.cross_entropy` with integer labels
(the labels batched too): minispore's vmap(grad) against its loop of grads.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
DEFAULT_PEERS = os.environ.get("BENCH_PEERS_PYTHON",
                               os.path.join(os.path.dirname(os.path.dirname(HERE)), "venvs",
                                            "bench", "bin", "python"))
BATCH, MLPS = 128, ((32, 64, 64, 1), (784, 128, 10))


def data(sizes):
    """The parameters [w0, b0, w1, b1, ...] of an MLP of layer `sizes`, inputs, labels."""
    rng = np.random.default_rng(0)
    params = []
    for m, n in zip(sizes, sizes[1:]):
        params += [rng.standard_normal((m, n)) / np.sqrt(m), np.zeros(n)]
    x = rng.standard_normal((BATCH, sizes[0]))
    y = np.eye(sizes[-1])[rng.integers(0, sizes[-1], BATCH)]
    return [p.astype(np.float32) for p in params], x.astype(np.float32), y.astype(np.float32)


def best(fn, repeats):
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def run_minispore(sizes, repeats):
    import minispore as ms
    from minispore import Tensor, ops

    params, x, y = data(sizes)
    params, x, y = [Tensor(p) for p in params], Tensor(x), Tensor(y)

    def loss(*args):
        *params, x, y = args
        for w, b in zip(params[:-2:2], params[1:-2:2]):
            x = ops.tanh(ops.matmul(x, w) + b)
        out = ops.matmul(x, params[-2]) + params[-1]
        if out.shape[-1] == 1:
            return ((out - y) ** 2).sum()
        return -(ops.log_softmax(out, -1) * y).sum()

    grad = ms.grad(loss, tuple(range(len(params))))
    per_example = ops.vmap(grad, in_axes=(None,) * len(params) + (0, 0))

    def batched():
        return per_example(*params, x, y)

    def loop():
        return [grad(*params, x[i], y[i]) for i in range(BATCH)]

    fast, slow = batched(), loop()
    for k in range(len(params)):
        np.testing.assert_allclose(fast[k].asnumpy(), np.stack([g[k].asnumpy() for g in slow]),
                                   rtol=1e-4, atol=1e-6)
    return {"minispore vmap(grad)": best(batched, repeats),
            "minispore loop of grad": best(loop, max(1, repeats // 3))}


def run_classifier(repeats):
    """Per-example gradients of a 784-128-10 classifier, cross entropy on integer labels."""
    import minispore as ms
    from minispore import Tensor, ops

    params, x, y = data((784, 128, 10))
    params, x = [Tensor(p) for p in params], Tensor(x[:, None])
    labels = Tensor(y.argmax(1).astype(np.int32)[:, None])

    def loss(w0, b0, w1, b1, x, t):
        return ops.cross_entropy(ops.matmul(ops.relu(ops.matmul(x, w0) + b0), w1) + b1, t)

    grad = ms.grad(loss, (0, 1, 2, 3))
    per_example = ops.vmap(grad, in_axes=(None,) * 4 + (0, 0))

    def batched():
        return per_example(*params, x, labels)

    def loop():
        return [grad(*params, x[i], labels[i]) for i in range(BATCH)]

    fast, slow = batched(), loop()
    for k in range(4):
        np.testing.assert_allclose(fast[k].asnumpy(), np.stack([g[k].asnumpy() for g in slow]),
                                   rtol=1e-4, atol=1e-6)
    return {"minispore vmap(grad)": best(batched, repeats),
            "minispore loop of grad": best(loop, max(1, repeats // 3))}


JAX_SCRIPT = r"""
import json, sys, time
import numpy as np
import jax, jax.numpy as jnp
sys.path.insert(0, sys.argv[1])
from vmap_grad import data, best
params, x, y = data(json.loads(sys.argv[3]))
params, x, y = [jnp.asarray(p) for p in params], jnp.asarray(x), jnp.asarray(y)

def loss(params, x, y):
    for w, b in zip(params[:-2:2], params[1:-2:2]):
        x = jnp.tanh(x @ w + b)
    out = x @ params[-2] + params[-1]
    if out.shape[-1] == 1:
        return ((out - y) ** 2).sum()
    return -(jax.nn.log_softmax(out, -1) * y).sum()

per_example = jax.vmap(jax.grad(loss), in_axes=(None, 0, 0))
jitted = jax.jit(per_example)
run = lambda f: jax.block_until_ready(f(params, x, y))
with jax.disable_jit():
    eager = best(lambda: run(per_example), int(sys.argv[2]))
print(json.dumps({"JAX vmap(grad) eager": eager,
                  "JAX vmap(grad) jit": best(lambda: run(jitted), int(sys.argv[2]))}))
"""


def run_jax(python, sizes, repeats):
    try:
        out = subprocess.run([python, "-c", JAX_SCRIPT, HERE, str(repeats), json.dumps(sizes)],
                             capture_output=True, text=True, check=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as e:
        print(f"JAX not run: {e}", file=sys.stderr)
        return {}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers-python", default=DEFAULT_PEERS)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    for sizes in MLPS:
        results = run_minispore(sizes, args.repeats)
        results.update(run_jax(args.peers_python, sizes, args.repeats))
        base = results["minispore vmap(grad)"]
        print(f"\n| per-example grads, MLP {'-'.join(map(str, sizes))}, batch {BATCH} | ms | "
              f"time / minispore vmap(grad) |")
        print("| --- | ---: | ---: |")
        for name, t in results.items():
            print(f"| {name} | {t * 1e3:.2f} | {t / base:.2f} |")
    results = run_classifier(args.repeats)
    base = results["minispore vmap(grad)"]
    print(f"\n| per-example grads, classifier 784-128-10, cross_entropy on int labels, batch "
          f"{BATCH} | ms | time / minispore vmap(grad) |")
    print("| --- | ---: | ---: |")
    for name, t in results.items():
        print(f"| {name} | {t * 1e3:.2f} | {t / base:.2f} |")


if __name__ == "__main__":
    main()
