# Random ops: shapes, dtypes, value ranges, broadcasting of mean/stddev/bounds, and the
# deterministic cases (probabilities 0 and 1, dropout off); values themselves differ by design.
import numpy as np
import mindspore
from mindspore import ops, Tensor

mindspore.set_seed(1)


def show(label, t, low=None, high=None):
    a = t.asnumpy()
    line = f"{label}: {t.shape} {t.dtype}"
    if low is not None:
        line += f" in range: {bool((a >= low).all() and (a < high).all())}"
    print(line)


show("rand(2, 3)", ops.rand(2, 3), 0, 1)
show("rand((2, 3))", ops.rand((2, 3)), 0, 1)
show("rand([4])", ops.rand([4]), 0, 1)
show("rand()", ops.rand())
show("rand f64", ops.rand(3, dtype=mindspore.float64), 0, 1)
show("rand f16", ops.rand(3, dtype=mindspore.float16), 0, 1)
show("randn(3, 2)", ops.randn(3, 2))
show("randn f64", ops.randn(2, dtype=mindspore.float64))
show("randint", ops.randint(-2, 3, (4, 5)), -2, 3)
show("randint int8", ops.randint(0, 3, (6,), dtype=mindspore.int8), 0, 3)
x64 = Tensor(np.zeros((2, 3)))
xi = Tensor(np.zeros((2, 3), np.int32))
show("rand_like f64", ops.rand_like(x64), 0, 1)
show("rand_like int dtype=f16", ops.rand_like(xi, dtype=mindspore.float16), 0, 1)
show("randn_like f64", ops.randn_like(x64))
show("randn_like int", ops.randn_like(xi))
show("randint_like int32", ops.randint_like(xi, 0, 4), 0, 4)
show("randint_like f64 dtype=int64", ops.randint_like(x64, 1, 2, dtype=mindspore.int64), 1, 2)
print(ops.randint_like(x64, 1, 2, dtype=mindspore.int64))
show("normal scalars", ops.normal((2, 3), 0.0, 1.0))
show("normal int mean", ops.normal((2, 3), 0, 1))
show("normal mean (3,)", ops.normal((2, 3), Tensor([0.0, 10.0, 20.0]), 1.0))
show("normal mean (2,1) std (3,)", ops.normal((3,), Tensor([[0.0], [10.0]]), Tensor([1.0, 2.0, 3.0])))
show("normal f64 mean", ops.normal((2, 3), Tensor(np.zeros(3)), 1.0))
show("normal ndarray mean", ops.normal((2, 3), np.zeros(3), 1.0))
print(ops.normal((2, 2), Tensor([5.0, -5.0]), 0.0))
show("uniform", ops.uniform((2, 3), Tensor(1.0), Tensor(2.0)), 1, 2)
show("uniform bounds (3,)", ops.uniform((2, 3), Tensor([1.0, 2.0, 3.0]), Tensor(5.0)), 1, 5)
show("uniform bounds (2,1)", ops.uniform((2,), Tensor([[1.0], [2.0]]), Tensor(5.0)), 1, 5)
show("uniform int32", ops.uniform((4, 2), Tensor(1, mindspore.int32), Tensor(5, mindspore.int32),
                                  dtype=mindspore.int32), 1, 5)
show("uniform (2, 0)", ops.uniform((2, 0), Tensor(1.0), Tensor(5.0)))
show("uniform ()", ops.uniform((), Tensor(1.0), Tensor(5.0)), 1, 5)
print(ops.uniform((3,), Tensor(2.0), Tensor(2.0)))

print(ops.bernoulli(Tensor([1.0, 2.0, 3.0]), Tensor([0.0, 1.0, 1.0])))
print(ops.bernoulli(Tensor([1, 2, 3]), 1.0))
print(ops.bernoulli(Tensor([1, 2, 3], mindspore.int32), 0.0))
print(ops.bernoulli(Tensor([True, False]), Tensor([1.0])))
print(ops.bernoulli(Tensor(np.zeros((2, 2))), Tensor(np.ones((2, 2)))))
show("bernoulli uint8", ops.bernoulli(Tensor(np.zeros((2, 4), np.uint8))), 0, 2)
show("bernoulli 0-d", ops.bernoulli(Tensor(2.0)), 0, 2)

print(ops.multinomial(Tensor([0.0, 9.0, 0.0, 0.0]), 3))
print(ops.multinomial(Tensor([[0.0, 0.0, 2.0], [5.0, 0.0, 0.0]]), 4))
print(ops.multinomial(Tensor([[0.0, 0.0, 2.0], [5.0, 0.0, 0.0]]), 1, False))
print(ops.multinomial(Tensor([0, 9, 0]), 2))
show("multinomial 0 samples", ops.multinomial(Tensor([1.0, 2.0]), 0))
m = ops.multinomial(Tensor([[1.0, 1.0, 1.0, 1.0], [2.0, 1.0, 1.0, 3.0]]), 4, False)
show("multinomial no replacement", m, 0, 4)
print([sorted(row) for row in m.asnumpy().tolist()])
