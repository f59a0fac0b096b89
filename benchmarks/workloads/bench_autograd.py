"""HIPS autograd. W2 differentiates a function of the tuple (w, b), so one call returns both
gradients, as grad(function, (2, 3)) does in the other frameworks."""
import _common
import numpy as np
import numpy_math


def build():
    global autograd
    import autograd
    import autograd.numpy as anp

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

    def w2():
        x, y, w, b = _common.w2_data()
        grad_fn = autograd.grad(function)  # argnum=0: the tuple (w, b)
        return (lambda: grad_fn((w, b), x, y)), (lambda r: [np.asarray(g) for g in r])

    def w3():
        x = _common.w3_data()
        grad_fn = autograd.grad(f)
        return (lambda: grad_fn(x)), (lambda r: [np.asarray(r)])

    return {"W2": w2, "W3": w3}


def versions():
    from importlib.metadata import version
    return {"autograd": version("autograd")}


if __name__ == "__main__":
    _common.main("autograd", build, versions=versions)
