"""Mixed precision: one training step of an MLP 784-512-256-10 on a batch of 128, minispore at
each amp level against PyTorch (float32, and autocast to bfloat16 on CPU) in one run.

    python benchmarks/amp_step.py [--peers-python PATH] [--repeats N]

minispore: `amp.build_train_network` at O0 (TrainOneStepCell), O3 (float16 network) and O2
(float16 with dynamic loss scaling, TrainOneStepWithLossScaleCell), and the tutorial idiom
(value_and_grad with DynamicLossScaler.scale / unscale / all_finite / adjust) on an O3
network. PyTorch runs in --peers-python (a subprocess running this file with --torch). Each
figure is the best of several repeats, in milliseconds per step.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np

from _standalone import DEFAULT_PEERS, ROOT, best_mean

SIZES = (784, 512, 256, 10)


def data():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((128, SIZES[0])).astype(np.float32)
    y = rng.integers(0, SIZES[-1], 128).astype(np.int32)
    ws = [(rng.standard_normal((o, i)) / np.sqrt(i)).astype(np.float32)
          for i, o in zip(SIZES, SIZES[1:])]
    return x, y, ws


def best_ms(call, repeats):
    call()
    start = time.perf_counter()
    call()
    number = max(1, int(0.2 / max(time.perf_counter() - start, 1e-6)))
    return best_mean(call, repeats, number) * 1e3


def run_minispore(repeats):
    sys.path.insert(0, ROOT)
    import minispore as ms
    from minispore import Tensor, amp, nn
    x, y, ws = data()
    x, y = Tensor(x), Tensor(y)

    def mlp():
        layers = []
        for i, w in enumerate(ws):
            layers.append(nn.Dense(w.shape[1], w.shape[0], Tensor(w), 'zeros'))
            if i < len(ws) - 1:
                layers.append(nn.ReLU())
        return nn.SequentialCell(layers)

    out = {}
    for level in ('O0', 'O3', 'O2'):
        net = mlp()
        loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
        step = amp.build_train_network(net, nn.SGD(net.trainable_params(), 0.01), loss_fn, level)
        out[f"build_train_network {level}"] = best_ms(lambda: step(x, y), repeats)

    model = amp.auto_mixed_precision(mlp(), 'O3')
    loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
    opt = nn.SGD(model.trainable_params(), 0.01)
    scaler = amp.DynamicLossScaler(2 ** 16, 2, 50)
    grad_fn = ms.value_and_grad(lambda a, b: scaler.scale(loss_fn(model(a), b)), None,
                                model.trainable_params())

    def tutorial_step():
        loss, grads = grad_fn(x, y)
        finite = amp.all_finite(grads)
        if finite:
            opt(scaler.unscale(grads))
        scaler.adjust(finite)
        return scaler.unscale(loss)
    out["tutorial idiom O3 + DynamicLossScaler"] = best_ms(tutorial_step, repeats)
    return out


def run_torch(repeats):
    import torch
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    x, y, ws = data()
    x, y = torch.from_numpy(x), torch.from_numpy(y).long()
    out = {}
    for name, autocast in (("torch float32", False), ("torch autocast bfloat16", True)):
        layers = []
        for i, w in enumerate(ws):
            lin = torch.nn.Linear(w.shape[1], w.shape[0])
            with torch.no_grad():
                lin.weight.copy_(torch.from_numpy(w))
                lin.bias.zero_()
            layers.append(lin)
            if i < len(ws) - 1:
                layers.append(torch.nn.ReLU())
        net = torch.nn.Sequential(*layers)
        opt = torch.optim.SGD(net.parameters(), 0.01)

        def step():
            opt.zero_grad()
            with torch.autocast('cpu', dtype=torch.bfloat16, enabled=autocast):
                loss = torch.nn.functional.cross_entropy(net(x), y)
            loss.backward()
            opt.step()
        out[name] = best_ms(step, repeats)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--peers-python", default=DEFAULT_PEERS)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--torch", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.torch:
        print(json.dumps(run_torch(args.repeats)))
        return
    results = run_minispore(args.repeats)
    if os.path.exists(args.peers_python):
        proc = subprocess.run([args.peers_python, __file__, "--torch", "--repeats",
                               str(args.repeats)], capture_output=True, text=True)
        if proc.returncode == 0:
            results.update(json.loads(proc.stdout.strip().splitlines()[-1]))
        else:
            print("PyTorch run failed:", proc.stderr[-500:])
    width = max(map(len, results))
    for name, ms_per_step in results.items():
        print(f"{name:<{width}}  {ms_per_step:8.2f} ms/step")


if __name__ == "__main__":
    main()
