# Argument errors of the random ops, raised before any kernel runs.
import numpy as np
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = fn()
        if isinstance(r, Tensor):
            r = repr(r)
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


x = Tensor(np.ones((2, 3), np.float32))
show_err("rand int dtype", lambda: ops.rand(2, 3, dtype=mindspore.int32))
show_err("randn int dtype", lambda: ops.randn(2, dtype=mindspore.int32))
show_err("rand seed -1", lambda: ops.rand(2, seed=-1))
show_err("randint list size", lambda: ops.randint(0, 5, [2, 3]))
show_err("randint int size", lambda: ops.randint(0, 5, 3))
show_err("randint float dtype", lambda: ops.randint(0, 5, (2,), dtype=mindspore.float32))
show_err("randint_like ndarray", lambda: ops.randint_like(np.zeros(3), 0, 5))
show_err("randint_like float input", lambda: ops.randint_like(x, 0, 5))
show_err("randint_like uint8", lambda: ops.randint_like(x, 0, 5, dtype=mindspore.uint8))
show_err("randint_like seed -1", lambda: ops.randint_like(Tensor([1]), 0, 5, seed=-1))
show_err("rand_like int", lambda: ops.rand_like(Tensor([1, 2])))
show_err("rand_like ndarray", lambda: ops.rand_like(np.zeros(3)))
show_err("randn_like int dtype", lambda: ops.randn_like(x, dtype=mindspore.int32))
show_err("normal str mean", lambda: ops.normal((2,), '0', 1.0))
show_err("normal np.float32 std", lambda: ops.normal((2,), 0.0, np.float32(1)))
show_err("normal seed -2", lambda: ops.normal((2,), 0.0, 1.0, seed=-2))
show_err("uniform float minval", lambda: ops.uniform((2,), 1.0, Tensor(2.0)))
show_err("uniform int bounds", lambda: ops.uniform((2,), Tensor(1), Tensor(5), dtype=mindspore.int32))
show_err("uniform float bounds int32", lambda: ops.uniform((2,), Tensor(1.), Tensor(5.), dtype=mindspore.int32))
show_err("uniform seed -1", lambda: ops.uniform((2,), Tensor(1.), Tensor(5.), seed=-1))
show_err("bernoulli p 1.5", lambda: ops.bernoulli(x, 1.5))
show_err("bernoulli p -0.5", lambda: ops.bernoulli(x, -0.5))
show_err("multinomial 0-d", lambda: ops.multinomial(Tensor(1.0), 2))
show_err("multinomial 3-d", lambda: ops.multinomial(Tensor(np.ones((2, 2, 2), np.float32)), 2))
show_err("multinomial too many", lambda: ops.multinomial(Tensor([[0., 9., 4., 0.], [1., 1., 1., 1.]]), 5, False))
show_err("dropout training int", lambda: ops.dropout(x, training=1))
show_err("dropout seed -1", lambda: ops.dropout(x, 0.5, seed=-1))
show_err("dropout2d training int", lambda: ops.dropout2d(Tensor(np.ones((1, 1, 1, 1), np.float32)), training=1))
