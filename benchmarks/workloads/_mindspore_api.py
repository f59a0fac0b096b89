"""The workloads written once against the MindSpore API, exactly as a MindSpore user writes them.

bench_mindspore.py runs them on MindSpore (PyNative, the default mode) and bench_minispore.py on
minispore, so both run the very same code.
"""
import _common
import numpy_math


class _Missing:
    """Stands in for a name the module lacks, so the workloads that do not need it still run."""

    def __init__(self, module, name):
        self._what = f"module {module.__name__!r} has no attribute {name!r}"

    def __getattr__(self, attr):
        raise AttributeError(self._what)

    def __call__(self, *args, **kwargs):
        raise AttributeError(self._what)


def build(mindspore):
    ops, Tensor, Parameter = (getattr(mindspore, name, None) or _Missing(mindspore, name)
                              for name in ("ops", "Tensor", "Parameter"))

    # W2: the autograd tutorial's function.
    def function(x, y, w, b):
        z = ops.matmul(x, w) + b
        loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
        return loss

    # W3: 100 elementwise ops, then a sum.
    def f(x):
        for _ in range(numpy_math.CYCLES):
            x = ops.sin(x)
            x = x * numpy_math.SCALE
            x = x + numpy_math.SHIFT
            x = ops.tanh(x)
            x = ops.exp(x)
        return x.sum()

    def add(a, b):
        return a + b

    def to_arrays(r):
        return [g.asnumpy() for g in (r if isinstance(r, (tuple, list)) else (r,))]

    def w1(jit=False):
        a, b = (Tensor(v) for v in _common.w1_data())
        fn = mindspore.jit(add) if jit else add
        return (lambda: fn(a, b)), to_arrays

    def w2(jit=False):
        _, _, w_np, b_np = _common.w2_data()  # np.random.seed(42) inside
        x = ops.ones(5, mindspore.float32)
        y = ops.zeros(3, mindspore.float32)
        w = Parameter(Tensor(w_np, mindspore.float32), name='w')
        b = Parameter(Tensor(b_np, mindspore.float32), name='b')
        grad_fn = mindspore.grad(function, (2, 3))
        if jit:
            grad_fn = mindspore.jit(grad_fn)
        return (lambda: grad_fn(x, y, w, b)), to_arrays

    def w3(jit=False):
        x = Tensor(_common.w3_data())
        grad_fn = mindspore.grad(f)
        if jit:
            grad_fn = mindspore.jit(grad_fn)
        return (lambda: grad_fn(x)), to_arrays

    workloads = {"W1": w1, "W2": w2, "W3": w3}
    if hasattr(mindspore, "jit"):
        workloads.update(W1_jit=lambda: w1(True), W2_jit=lambda: w2(True),
                         W3_jit=lambda: w3(True))
    return workloads


def sync(result):
    """Wait for queued work (MindSpore may run PyNative ops asynchronously): reading a result
    back to the host waits for it. Called once per timing loop, on the loop's last result."""
    while isinstance(result, (tuple, list)):
        result = result[-1]
    result.asnumpy()
