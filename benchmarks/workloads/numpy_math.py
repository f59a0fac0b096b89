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


# W4: conv2d, stride 1, zero padding, loss = sum of the output.
CONV_PADDING = 1


def conv2d_forward(x, w, padding=CONV_PADDING):
    """Cross-correlation of x (N, C, H, W) with w (O, C, KH, KW), stride 1, zero padding,
    as one matrix product with the unrolled windows of the input (im2col).

    Returns the output (N, O, OH, OW) and the windows (C * KH * KW, N * OH * OW), which the
    backward pass reuses."""
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    p = padding
    oh, ow = h + 2 * p - kh + 1, wd + 2 * p - kw + 1
    xp = np.zeros((c, n, h + 2 * p, wd + 2 * p), dtype=x.dtype)
    xp[:, :, p:p + h, p:p + wd] = x.transpose(1, 0, 2, 3)
    cols = np.empty((c, kh, kw, n, oh, ow), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            cols[:, i, j] = xp[:, :, i:i + oh, j:j + ow]
    cols = cols.reshape(c * kh * kw, n * oh * ow)
    y = w.reshape(o, -1) @ cols                                  # (O, N * OH * OW)
    return y.reshape(o, n, oh, ow).transpose(1, 0, 2, 3), cols


def conv2d_backward(dy, x, w, cols, padding=CONV_PADDING):
    """Gradients of conv2d_forward with respect to x and w, given dy (N, O, OH, OW)."""
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    p = padding
    oh, ow = dy.shape[2:]
    dy = dy.transpose(1, 0, 2, 3).reshape(o, -1)                 # (O, N * OH * OW)
    dw = (dy @ cols.T).reshape(w.shape)
    dcols = (w.reshape(o, -1).T @ dy).reshape(c, kh, kw, n, oh, ow)
    dxp = np.zeros((c, n, h + 2 * p, wd + 2 * p), dtype=dy.dtype)
    for i in range(kh):                                          # col2im: windows overlap
        for j in range(kw):
            dxp[:, :, i:i + oh, j:j + ow] += dcols[:, i, j]
    return dxp[:, :, p:p + h, p:p + wd].transpose(1, 0, 2, 3), dw


def w4_loss_and_grads(x, w):
    """loss = sum(conv2d(x, w, padding=1)); d/dx, d/dw."""
    y, cols = conv2d_forward(x, w)
    loss = y.sum()
    return loss, conv2d_backward(np.ones_like(y), x, w, cols)


def w5_loss_and_grad(logits, labels):
    """Mean softmax cross-entropy of (N, K) logits against N class indices; d/dlogits."""
    n = logits.shape[0]
    rows = np.arange(n)
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    s = e.sum(axis=1, keepdims=True)
    loss = np.mean(np.log(s[:, 0]) - z[rows, labels])
    g = e / s
    g[rows, labels] -= 1
    return loss, g / n


def w6_loss_and_grad(table, idx, weights):
    """loss = sum(table[idx] * weights) (an embedding lookup, then a weighted sum); d/dtable.

    Repeated indices accumulate into the same row of the gradient: a bincount over the flat
    positions (row * width + column) of the table, which sums in float64."""
    loss = (table[idx] * weights).sum()
    width = table.shape[1]
    flat = (idx.astype(np.intp)[..., None] * width + np.arange(width)).ravel()
    g = np.bincount(flat, weights=weights.ravel(), minlength=table.size)
    return loss, g.reshape(table.shape).astype(table.dtype, copy=False)


# W7: single ops on 1,000 values, (name, function of x and y).
W7_OPS = {
    "W7a": ("exp", lambda x, y: np.exp(x)),
    "W7b": ("mul", lambda x, y: x * y),
    "W7c": ("sigmoid", lambda x, y: 1 / (1 + np.exp(-x))),
    "W7d": ("sum", lambda x, y: np.sum(x)),
    "W7e": ("mean", lambda x, y: np.mean(x)),
    "W7f": ("amax", lambda x, y: np.amax(x)),
}
