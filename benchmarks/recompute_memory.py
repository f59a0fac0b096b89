"""Peak memory of a deep MLP's gradient with and without recompute on each block.

Each setting runs in its own subprocess; the figure is tracemalloc's peak of the allocations
made during one `value_and_grad` call (NumPy reports its array buffers to tracemalloc), the
network's Parameters excluded (they exist before the measurement starts).

    python benchmarks/recompute_memory.py [--depth 32] [--width 1024] [--batch 256]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHILD = r"""
import sys, time, tracemalloc
import numpy as np
sys.path.insert(0, {root!r})
import minispore as ms
from minispore import nn, ops, Tensor

depth, width, batch, recompute = {depth}, {width}, {batch}, {recompute}

class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(width, width)
    def construct(self, x):
        h = self.dense(x)
        return x + ops.tanh(h) * ops.sigmoid(h)

class MLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.blocks = nn.SequentialCell([Block() for _ in range(depth)])
        if recompute:
            for b in self.blocks:
                b.recompute()
    def construct(self, x):
        return (self.blocks(x) ** 2).mean()

ms.set_seed(0)
net = MLP()
x = Tensor(np.random.default_rng(0).standard_normal((batch, width)).astype(np.float32))
step = ms.value_and_grad(net, None, net.trainable_params())
step(x)
tracemalloc.start()
t0 = time.perf_counter()
loss, grads = step(x)
seconds = time.perf_counter() - t0
_, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(json.dumps({{'peak_mb': peak / 2 ** 20, 'seconds': seconds, 'loss': float(loss.asnumpy())}}))
"""


def run(depth, width, batch, recompute):
    code = CHILD.format(root=ROOT, depth=depth, width=width, batch=batch, recompute=recompute)
    out = subprocess.run([sys.executable, '-c', 'import json\n' + code], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--depth', type=int, default=32)
    parser.add_argument('--width', type=int, default=1024)
    parser.add_argument('--batch', type=int, default=256)
    args = parser.parse_args()
    params_mb = args.depth * (args.width + 1) * args.width * 4 / 2 ** 20
    act_mb = args.batch * args.width * 4 / 2 ** 20
    print(f"MLP: {args.depth} blocks x + tanh(Wx+b) * sigmoid(Wx+b), width {args.width}, "
          f"batch {args.batch}; Parameters {params_mb:.0f} MB (their gradients are as large), "
          f"one activation {act_mb:.1f} MB")
    results = {}
    for recompute in (False, True):
        r = results[recompute] = run(args.depth, args.width, args.batch, recompute)
        print(f"  recompute={str(recompute):5}  peak {r['peak_mb']:8.1f} MB   "
              f"time {r['seconds']:.2f} s   loss {r['loss']:.6f}")
    saved = results[False]['peak_mb'] - results[True]['peak_mb']
    print(f"  recompute saves {saved:.1f} MB "
          f"({100 * saved / results[False]['peak_mb']:.0f}% of the peak); same loss: "
          f"{results[False]['loss'] == results[True]['loss']}")


if __name__ == '__main__':
    main()
