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

    # W4: conv2d forward + backward, loss = sum of the output.
    def conv_loss(x, w):
        return ops.conv2d(x, w, pad_mode='pad', padding=numpy_math.CONV_PADDING).sum()

    # W5: softmax cross-entropy, reduction 'mean'.
    def ce_loss(logits, labels):
        return ops.cross_entropy(logits, labels)

    # W6: embedding lookup, then a weighted sum.
    def embed_loss(table, idx, weights):
        return (ops.gather(table, idx, 0) * weights).sum()

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

    def grad_of(loss, grad_position, data):
        def factory(jit=False):
            args = [Tensor(a) for a in data()]
            grad_fn = mindspore.grad(loss, grad_position)
            if jit:
                grad_fn = mindspore.jit(grad_fn)
            return (lambda: grad_fn(*args)), to_arrays
        return factory

    # W7: single eager ops on 1,000 values.
    def w7(name):
        x, y = (Tensor(v) for v in _common.w7_data())
        call = {"W7a": lambda: ops.exp(x), "W7b": lambda: x * y,
                "W7c": lambda: ops.sigmoid(x), "W7d": lambda: ops.sum(x),
                "W7e": lambda: ops.mean(x), "W7f": lambda: ops.amax(x)}[name]
        return call, to_arrays

    w4 = grad_of(conv_loss, (0, 1), _common.w4_data)
    w5 = grad_of(ce_loss, 0, _common.w5_data)
    w6 = grad_of(embed_loss, 0, _common.w6_data)
    workloads = {"W1": w1, "W2": w2, "W3": w3, "W4": w4, "W5": w5, "W6": w6}
    if hasattr(mindspore, "jit"):
        workloads.update(W1_jit=lambda: w1(True), W2_jit=lambda: w2(True),
                         W3_jit=lambda: w3(True), W4_jit=lambda: w4(True),
                         W5_jit=lambda: w5(True), W6_jit=lambda: w6(True))
    for name in numpy_math.W7_OPS:  # eager only: the jit of one op is W1_jit's measurement
        workloads[name] = lambda name=name: w7(name)
    return workloads


def sync(result):
    """Wait for queued work (MindSpore may run PyNative ops asynchronously): reading a result
    back to the host waits for it. Called once per timing loop, on the loop's last result."""
    while isinstance(result, (tuple, list)):
        result = result[-1]
    result.asnumpy()
