"""The benchmark functions written out by hand in NumPy: forward and backward.

These are the "raw NumPy" entries of the benchmark (run in float32) and, run in
float64, the reference every framework's gradients are checked against.
"""
import numpy as np

# W3: 20 cycles of 5 elementwise ops = 100 ops, then a sum.
CYCLES = 20
SCALE = 1.5
SHIFT = 0.25


def w2_loss_and_grads(x, y, w, b):
    """z = x @ w + b; mean BCE-with-logits (weight = pos_weight = 1); d/dw, d/db."""
    z = x @ w + b
    weight = np.ones_like(z)
    pos_weight = np.ones_like(z)
    # loss_i = weight * (pos_weight * y * softplus(-z) + (1 - y) * softplus(z))
    loss = np.mean(weight * (pos_weight * y * np.logaddexp(0, -z)
                             + (1 - y) * np.logaddexp(0, z)))
    sig = 1 / (1 + np.exp(-z))
    dz = weight * ((1 - y) * sig - pos_weight * y * (1 - sig)) / z.size
    return loss, (np.outer(x, dz), dz)


def w3_loss_and_grad(x):
    """f(x) = sum(chain(x)); chain = 20 x [sin, *1.5, +0.25, tanh, exp]."""
    saved = []
    for _ in range(CYCLES):
        t = np.tanh(np.sin(x) * SCALE + SHIFT)
        e = np.exp(t)
        saved.append((x, t, e))
        x = e
    loss = x.sum()
    g = np.ones_like(x)
    for x_in, t, e in reversed(saved):
        g = g * e                 # exp
        g = g * (1 - t * t)       # tanh
        g = g * SCALE             # mul (the add passes g through)
        g = g * np.cos(x_in)      # sin
    return loss, g
