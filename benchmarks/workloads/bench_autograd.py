"""HIPS autograd. W2 differentiates a function of the tuple (w, b), so one call returns both
gradients, as grad(function, (2, 3)) does in the other frameworks; W4 likewise of (x, w).
autograd has no convolution op for images, so W4's is written with its NumPy: the nine shifted
views of the padded input, stacked, then contracted with the kernel (im2col). W1 and W7 are
single NumPy ops without a gradient, so autograd has no entry for them."""
import _common
import numpy as np
import numpy_math


def build():
    global autograd
    import autograd
    import autograd.numpy as anp
    from autograd.scipy.special import logsumexp

    def function(wb, x, y):
        w, b = wb
        z = anp.matmul(x, w) + b
        weight, pos_weight = anp.ones_like(z), anp.ones_like(z)
        return anp.mean(weight * (pos_weight * y * anp.logaddexp(0, -z)
                                  + (1 - y) * anp.logaddexp(0, z)))

    def f(x):
        for _ in range(numpy_math.CYCLES):
            x = anp.sin(x)
            x = x * numpy_math.SCALE
            x = x + numpy_math.SHIFT
            x = anp.tanh(x)
            x = anp.exp(x)
        return anp.sum(x)

    def conv_loss(xw):
        x, w = xw
        p = numpy_math.CONV_PADDING
        o, c, kh, kw = w.shape
        h, wd = x.shape[2] + 2 * p - kh + 1, x.shape[3] + 2 * p - kw + 1
        xp = anp.pad(x, ((0, 0), (0, 0), (p, p), (p, p)), mode="constant")
        cols = anp.stack([xp[:, :, i:i + h, j:j + wd] for i in range(kh) for j in range(kw)],
                         axis=2)                                  # (N, C, KH * KW, H, W)
        y = anp.tensordot(cols, anp.reshape(w, (o, c, kh * kw)), ([1, 2], [1, 2]))
        return anp.sum(y)

    def ce_loss(logits, labels):
        logp = logits - logsumexp(logits, axis=1, keepdims=True)
        return -anp.mean(logp[anp.arange(logits.shape[0]), labels])

    def embed_loss(table, idx, weights):
        return anp.sum(table[idx] * weights)

    def w2():
        x, y, w, b = _common.w2_data()
        grad_fn = autograd.grad(function)  # argnum=0: the tuple (w, b)
        return (lambda: grad_fn((w, b), x, y)), (lambda r: [np.asarray(g) for g in r])

    def w3():
        x = _common.w3_data()
        grad_fn = autograd.grad(f)
        return (lambda: grad_fn(x)), (lambda r: [np.asarray(r)])

    def w4():
        x, w = _common.w4_data()
        grad_fn = autograd.grad(conv_loss)  # argnum=0: the tuple (x, w)
        return (lambda: grad_fn((x, w))), (lambda r: [np.asarray(g) for g in r])

    def w5():
        logits, labels = _common.w5_data()
        grad_fn = autograd.grad(ce_loss)
        return (lambda: grad_fn(logits, labels)), (lambda r: [np.asarray(r)])

    def w6():
        table, idx, weights = _common.w6_data()
        grad_fn = autograd.grad(embed_loss)
        return (lambda: grad_fn(table, idx, weights)), (lambda r: [np.asarray(r)])

    return {"W2": w2, "W3": w3, "W4": w4, "W5": w5, "W6": w6}


def versions():
    from importlib.metadata import version
    return {"autograd": version("autograd")}


if __name__ == "__main__":
    _common.main("autograd", build, versions=versions)
