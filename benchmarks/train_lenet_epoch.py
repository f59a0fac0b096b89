"""One training epoch of the digits demo's LeNet: minispore against the same network in PyTorch.

    python benchmarks/train_lenet_epoch.py [--peers-python PATH] [--repeats N]

Needs scikit-learn in this interpreter (`pip install '.[examples]'`) for the data; PyTorch runs
in --peers-python, with its default threads and with `torch.set_num_threads(1)`. Both train
`examples/train_digits.py`'s network from the same initial weights, on the same shuffled
batches, with Adam at the demo's learning rate, in float32. An epoch is every step of the
demo's training loop (forward, cross-entropy, backward, update) over the training set, without
evaluation or progress bar. The figure is the best of --repeats epochs; the first-step losses
of the two frameworks are compared as a check. Target: minispore at most 2x PyTorch.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from _standalone import (ROOT, add_peer_options, blas_threads_from_argv, error_text,
                         torch_name)

blas_threads_from_argv()
import numpy as np  # noqa: E402

sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, 'examples'))

import minispore as mindspore  # noqa: E402
from minispore import nn  # noqa: E402
import train_digits as demo  # noqa: E402


def epoch_orders(n, repeats, seed=0):
    """One shuffled order of the n training images per epoch (the warm-up epoch first)."""
    rng = np.random.default_rng(seed)
    return np.stack([rng.permutation(n) for _ in range(repeats + 1)])


def minispore_epochs(model, images, labels, orders):
    """Train one epoch per order; return (seconds of each epoch, loss of the first step)."""
    loss_fn = nn.CrossEntropyLoss()
    optimizer = nn.Adam(model.trainable_params(), learning_rate=demo.LEARNING_RATE)

    def forward_fn(data, label):
        logits = model(data)
        return loss_fn(logits, label), logits

    grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)

    def train_step(data, label):
        (loss, _), grads = grad_fn(data, label)
        optimizer(grads)
        return loss

    model.set_train()
    seconds, first_loss = [], None
    for order in orders:
        start = time.perf_counter()
        for begin in range(0, len(order), demo.BATCH_SIZE):
            index = order[begin:begin + demo.BATCH_SIZE]
            loss = train_step(mindspore.Tensor(images[index]), mindspore.Tensor(labels[index]))
            if first_loss is None:
                first_loss = float(loss)
        seconds.append(time.perf_counter() - start)
    return seconds, first_loss


TORCH_SCRIPT = r'''
import json, sys, time
import numpy as np
import torch
from torch import nn
data = np.load(sys.argv[1])
threads = int(sys.argv[2])
if threads:
    torch.set_num_threads(threads)
batch_size, lr = int(data["batch_size"]), float(data["lr"])
model = nn.Sequential(
    nn.Conv2d(1, 32, 3, padding=1, bias=False), nn.ReLU(), nn.MaxPool2d(2, 2),
    nn.Conv2d(32, 64, 3, padding=1, bias=False), nn.ReLU(), nn.MaxPool2d(2, 2),
    nn.Flatten(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
params = list(model.parameters())
with torch.no_grad():
    for i, p in enumerate(params):
        p.copy_(torch.from_numpy(data[f"p{i}"]))
optimizer = torch.optim.Adam(params, lr=lr)
loss_fn = nn.CrossEntropyLoss()
images, labels = torch.from_numpy(data["images"]), torch.from_numpy(data["labels"]).long()
seconds, first_loss = [], None
for order in data["orders"]:
    order = torch.from_numpy(order)
    start = time.perf_counter()
    for begin in range(0, len(order), batch_size):
        index = order[begin:begin + batch_size]
        optimizer.zero_grad()
        loss = loss_fn(model(images[index]), labels[index])
        loss.backward()
        optimizer.step()
        if first_loss is None:
            first_loss = float(loss)
    seconds.append(time.perf_counter() - start)
json.dump({"seconds": seconds, "first_loss": first_loss, "threads": torch.get_num_threads(),
           "version": torch.__version__}, sys.stdout)
'''


def torch_epochs(python, params, images, labels, orders, threads):
    """PyTorch's epochs in `python` (threads 0: its default); a dict, or an error text."""
    if not os.path.exists(python):
        return f'n/a ({python} not found)'
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'data.npz')
        np.savez(path, images=images, labels=labels, orders=orders,
                 batch_size=demo.BATCH_SIZE, lr=np.float32(demo.LEARNING_RATE),
                 **{f'p{i}': p for i, p in enumerate(params)})
        proc = subprocess.run([python, '-c', TORCH_SCRIPT, path, str(threads)],
                              capture_output=True, text=True)
    if proc.returncode:
        return error_text(proc)
    return json.loads(proc.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--repeats', type=int, default=5, help='timed epochs (default 5)')
    add_peer_options(parser)
    args = parser.parse_args()

    mindspore.set_seed(demo.SEED)
    (images, labels), _ = demo.load_digits_split()
    orders = epoch_orders(len(labels), args.repeats)
    model = demo.LeNet()
    params = [p.asnumpy().copy() for p in model.trainable_params()]   # training writes in place
    names = [p.name for p in model.trainable_params()]
    if any('bias' in name for name in names[:2]) or len(params) != 6:
        sys.exit(f'the PyTorch network below no longer mirrors the demo\'s: {names}')

    ms_seconds, ms_loss = minispore_epochs(model, images, labels, orders)
    results = {'minispore': (min(ms_seconds[1:]), ms_loss)}
    for threads in sorted({args.threads, 1}):
        name = torch_name(threads)
        r = torch_epochs(args.peers_python, params, images, labels, orders, threads)
        if isinstance(r, str):
            print(f'{name}: {r}')
            continue
        results[name] = (min(r['seconds'][1:]), r['first_loss'])

    steps = -(-len(labels) // demo.BATCH_SIZE)
    print(f'LeNet on the digits set: one epoch of {steps} steps of batch {demo.BATCH_SIZE} '
          f'({len(labels)} images), Adam, float32 (best of {args.repeats} epochs after one '
          f'warm-up; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f})')
    print('| framework | s / epoch | ms / step | first-step loss |\n| --- | ---: | ---: | ---: |')
    for name, (seconds, loss) in results.items():
        print(f'| {name} | {seconds:.3f} | {seconds / steps * 1e3:.2f} | {loss:.6f} |')
    same = 'PyTorch (default threads)' if not args.threads else \
        f'PyTorch ({args.threads} thread(s))'
    if same in results:
        ratio = results['minispore'][0] / results[same][0]
        print(f'\nminispore / {same} = {ratio:.2f} (target <= 2): '
              f'{"met" if ratio <= 2 else "missed"}')


if __name__ == '__main__':
    main()
