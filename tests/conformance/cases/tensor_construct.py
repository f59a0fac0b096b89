# Tensor construction, default dtypes and basic attributes/conversions.
import numpy as np
import mindspore
from mindspore import Tensor

cases = [
    ("Tensor(1.0)", Tensor(1.0)),
    ("Tensor(1)", Tensor(1)),
    ("Tensor(True)", Tensor(True)),
    ("Tensor([1, 2])", Tensor([1, 2])),
    ("Tensor([1.0, 2.5])", Tensor([1.0, 2.5])),
    ("Tensor([True, False])", Tensor([True, False])),
    ("Tensor([[1, 2], [3, 4]])", Tensor([[1, 2], [3, 4]])),
    ("Tensor([[1.0, 2], [3, 4]])", Tensor([[1.0, 2], [3, 4]])),
    ("Tensor((1, 2, 3))", Tensor((1, 2, 3))),
    ("np float64", Tensor(np.array([1.0, 2.0]))),
    ("np float32", Tensor(np.array([1.0, 2.0], np.float32))),
    ("np float16", Tensor(np.array([1.0, 2.0], np.float16))),
    ("np int32", Tensor(np.array([1, 2], np.int32))),
    ("np int64", Tensor(np.array([1, 2], np.int64))),
    ("np bool", Tensor(np.array([True, False]))),
    ("np 0-d float64", Tensor(np.array(3.5))),
    ("dtype=float32 from ints", Tensor([1, 2], dtype=mindspore.float32)),
    ("dtype=int32 from floats", Tensor([1.7, -2.7], dtype=mindspore.int32)),
    ("dtype=float16", Tensor(2.0, mindspore.float16)),
    ("dtype=float64", Tensor([1, 2], mindspore.float64)),
    ("dtype=bool", Tensor([0, 2], mindspore.bool_)),
    ("Tensor(Tensor)", Tensor(Tensor([1.5]))),
]
for label, t in cases:
    print(label, "|", t.dtype, t.shape, t.ndim, t.size, type(t.shape).__name__)

x = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
a = x.asnumpy()
print(type(a).__name__, a.dtype, a.shape)
print(len(x), len(Tensor([1, 2, 3])))
print(x.shape[0] + 1, type(x.shape[0]).__name__)
print(Tensor(2.5).item(), type(Tensor(2.5).item()).__name__)
print(Tensor(7).item(), type(Tensor(7).item()).__name__)
print(Tensor(True).item(), type(Tensor(True).item()).__name__)
print(Tensor([4.0]).item(), type(Tensor([4.0]).item()).__name__)
print(x[1, 2].item())
print(float(Tensor(2.5)), int(Tensor(7)), int(Tensor(2.9)), float(Tensor([3])))
print(bool(Tensor(True)), bool(Tensor(0.0)), bool(Tensor([1])))
y = x.astype(mindspore.int32)
print(y.dtype, y)
print(Tensor([1, 2]).astype(mindspore.float32).dtype)
print(Tensor([0.5, 0.0]).astype(mindspore.bool_))
print(x.dtype == mindspore.float32, x.dtype == mindspore.float64)
print(Tensor(np.zeros((2, 0, 3), np.float32)).shape, Tensor(np.zeros((0,))).size)
print(x.T.shape, x.transpose().shape)
print(Tensor([1.7, -2.7], dtype=mindspore.int32), Tensor([0, 2], mindspore.bool_))
