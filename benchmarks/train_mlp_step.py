"""One eager SGD step of an MLP 784-512-256-10 on a batch of 128: minispore, NumPy, PyTorch.

    python benchmarks/train_mlp_step.py [--peers-python PATH] [--repeats N] [--steps N]

The step is forward, softmax cross-entropy (mean over the batch), backward and an SGD update
(learning rate 0.01), in float32, from the same initial weights and batch in every framework:

- minispore: `value_and_grad(forward_fn, None, optimizer.parameters)` and `nn.SGD`, the
  tutorial idiom;
- NumPy: the same step written by hand (forward, manual backward, in-place update);
- PyTorch (in --peers-python): `loss.backward()` and `torch.optim.SGD`, with its default
  threads and with `torch.set_num_threads(1)`.

Each framework's weights after one step are compared with NumPy's. The figure is the time per
step: the best, over --repeats loops of --steps steps, of the loop's mean; NumPy's and
minispore's loops take turns. Target: minispore at most 1.2x the hand-written NumPy step.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from _standalone import (ROOT, add_peer_options, best_means_interleaved, blas_threads_from_argv,
                         error_text, torch_name)

blas_threads_from_argv()
import numpy as np  # noqa: E402

sys.path.insert(0, ROOT)
SIZES = (784, 512, 256, 10)
BATCH = 128
LR = 0.01


def make_data(seed=0):
    """Initial weights [(W, b), ...] with W (out, in), and a batch (x, labels)."""
    rng = np.random.default_rng(seed)
    layers = []
    for n_in, n_out in zip(SIZES[:-1], SIZES[1:]):
        bound = 1 / np.sqrt(n_in)
        layers.append((rng.uniform(-bound, bound, (n_out, n_in)).astype(np.float32),
                       rng.uniform(-bound, bound, (n_out,)).astype(np.float32)))
    x = rng.random((BATCH, SIZES[0]), dtype=np.float32)
    labels = rng.integers(0, SIZES[-1], BATCH).astype(np.int32)
    return layers, x, labels


# ---------------------------------------------------------------- NumPy, by hand

def numpy_step_fn(layers, x, labels):
    """A step on copies of `layers`; returns (step, weights)."""
    params = [(w.copy(), b.copy()) for w, b in layers]
    rows = np.arange(len(labels))
    lr = np.float32(LR)
    n = np.float32(len(labels))

    def step():
        acts, h = [x], x
        for i, (w, b) in enumerate(params):
            h = h @ w.T
            h += b
            if i < len(params) - 1:
                np.maximum(h, 0, out=h)
            acts.append(h)
        z = h - h.max(axis=1, keepdims=True)
        e = np.exp(z)
        s = e.sum(axis=1, keepdims=True)
        loss = np.mean(np.log(s[:, 0]) - z[rows, labels])
        ct = e / s
        ct[rows, labels] -= 1
        ct /= n
        for i in range(len(params) - 1, -1, -1):
            w, b = params[i]
            dw = ct.T @ acts[i]
            db = ct.sum(axis=0)
            if i:
                ct = ct @ w
                ct *= acts[i] > 0
            w -= lr * dw
            b -= lr * db
        return loss
    return step, params


# ---------------------------------------------------------------- minispore

def minispore_step_fn(layers, x, labels):
    """The tutorial idiom on an nn.Cell MLP; returns (step, weights as arrays)."""
    import minispore as mindspore
    from minispore import nn

    class MLP(nn.Cell):
        def __init__(self):
            super().__init__()
            (w1, b1), (w2, b2), (w3, b3) = layers
            self.dense1 = nn.Dense(784, 512, mindspore.Tensor(w1), mindspore.Tensor(b1))
            self.dense2 = nn.Dense(512, 256, mindspore.Tensor(w2), mindspore.Tensor(b2))
            self.dense3 = nn.Dense(256, 10, mindspore.Tensor(w3), mindspore.Tensor(b3))
            self.relu = nn.ReLU()

        def construct(self, x):
            return self.dense3(self.relu(self.dense2(self.relu(self.dense1(x)))))

    model = MLP()
    loss_fn = nn.CrossEntropyLoss()
    optimizer = nn.SGD(model.trainable_params(), learning_rate=LR)

    def forward_fn(data, label):
        return loss_fn(model(data), label)

    grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters)
    data, label = mindspore.Tensor(x), mindspore.Tensor(labels)

    def step():
        loss, grads = grad_fn(data, label)
        optimizer(grads)
        return loss

    def weights():
        return [(c.weight.asnumpy(), c.bias.asnumpy())
                for c in (model.dense1, model.dense2, model.dense3)]
    return step, weights


# ---------------------------------------------------------------- PyTorch

TORCH_SCRIPT = r'''
import json, sys, time
import numpy as np
import torch
data = np.load(sys.argv[1])
repeats, steps, threads = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
if threads:
    torch.set_num_threads(threads)
layers = [(torch.from_numpy(data[f"w{i}"].copy()), torch.from_numpy(data[f"b{i}"].copy()))
          for i in range(3)]
model = torch.nn.Sequential(torch.nn.Linear(784, 512), torch.nn.ReLU(),
                            torch.nn.Linear(512, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10))
with torch.no_grad():
    for layer, (w, b) in zip(model[::2], layers):
        layer.weight.copy_(w)
        layer.bias.copy_(b)
optimizer = torch.optim.SGD(model.parameters(), lr=float(data["lr"]))
loss_fn = torch.nn.CrossEntropyLoss()
x = torch.from_numpy(data["x"])
labels = torch.from_numpy(data["labels"]).long()

def step():
    optimizer.zero_grad()
    loss = loss_fn(model(x), labels)
    loss.backward()
    optimizer.step()
    return loss

step()
after = [p.detach().numpy().tolist() for p in model.parameters()]
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    for _ in range(steps):
        step()
    best = min(best, (time.perf_counter() - start) / steps)
json.dump({"seconds": best, "threads": torch.get_num_threads(), "after": after,
           "version": torch.__version__}, sys.stdout)
'''


def torch_runs(python, layers, x, labels, repeats, steps, thread_counts):
    """PyTorch with each of `thread_counts` (0: its default): {threads: result or error text}."""
    if not os.path.exists(python):
        return {thread_counts[0]: f'n/a ({python} not found)'}
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'data.npz')
        arrays = {f'w{i}': w for i, (w, _) in enumerate(layers)}
        arrays.update({f'b{i}': b for i, (_, b) in enumerate(layers)})
        np.savez(path, x=x, labels=labels, lr=np.float32(LR), **arrays)
        for threads in thread_counts:
            proc = subprocess.run([python, '-c', TORCH_SCRIPT, path, str(repeats), str(steps),
                                   str(threads)], capture_output=True, text=True)
            if proc.returncode:
                out[threads] = error_text(proc)
            else:
                out[threads] = json.loads(proc.stdout)
    return out


def max_diff(weights, reference):
    return max(float(np.max(np.abs(np.asarray(a, np.float32) - r)))
               for pair, ref in zip(weights, reference) for a, r in zip(pair, ref))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--repeats', type=int, default=7, help='timed loops (default 7)')
    parser.add_argument('--steps', type=int, default=20, help='steps per loop (default 20)')
    add_peer_options(parser)
    args = parser.parse_args()

    layers, x, labels = make_data()
    np_step, np_params = numpy_step_fn(layers, x, labels)
    np_step()
    reference = [(w.copy(), b.copy()) for w, b in np_params]
    ms_step, ms_weights = minispore_step_fn(layers, x, labels)
    ms_step()
    print(f'weights after one step, max |difference| from NumPy: minispore '
          f'{max_diff(ms_weights(), reference):.2e}')

    results = best_means_interleaved({'NumPy (by hand)': np_step, 'minispore': ms_step},
                                     args.repeats, args.steps)
    for threads, r in torch_runs(args.peers_python, layers, x, labels, args.repeats,
                                 args.steps, sorted({args.threads, 1})).items():
        name = torch_name(threads)
        if isinstance(r, str):
            print(f'{name}: {r}')
            continue
        after = [(r['after'][2 * i], r['after'][2 * i + 1]) for i in range(3)]
        print(f'weights after one step, max |difference| from NumPy: {name} '
              f'{max_diff(after, reference):.2e} ({r["threads"]} threads, torch {r["version"]})')
        results[name] = r['seconds']

    numpy_time = results['NumPy (by hand)']
    print(f'\nMLP 784-512-256-10, batch {BATCH}, one SGD step, float32 (best of {args.repeats} '
          f'loops of {args.steps} steps; {os.cpu_count()} cores, load average '
          f'{os.getloadavg()[0]:.2f})')
    print('| framework | ms / step | vs NumPy |\n| --- | ---: | ---: |')
    for name, seconds in results.items():
        print(f'| {name} | {seconds * 1e3:.3f} | {seconds / numpy_time:.2f}x |')
    ratio = results['minispore'] / numpy_time
    print(f'\nminispore / NumPy = {ratio:.2f} (target <= 1.2): '
          f'{"met" if ratio <= 1.2 else "missed"}')


if __name__ == '__main__':
    main()
