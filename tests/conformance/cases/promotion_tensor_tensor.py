# Result dtypes of tensor-tensor arithmetic for every pair of common dtypes.
import numpy as np
import mindspore
from mindspore import Tensor

dts = [("bool", np.bool_), ("int32", np.int32), ("int64", np.int64),
       ("float16", np.float16), ("float32", np.float32), ("float64", np.float64)]


def make(npd):
    return Tensor(np.array([1, 1], dtype=npd))


for na, da in dts:
    row = []
    for nb, db in dts:
        r = (make(da) + make(db)).dtype
        row.append(f"{nb}:{r}")
    print(f"{na} + ", " ".join(row))

for na, da in dts[1:]:
    row = []
    for nb, db in dts[1:]:
        r = (make(da) * make(db)).dtype
        q = (make(da) / make(db)).dtype
        row.append(f"{nb}:{r}/{q}")
    print(f"{na} * and /", " ".join(row))

a = Tensor(np.array([3, 4], np.int64))
b = Tensor(np.array([1.5, 2.5], np.float32))
print(a + b, (a + b).dtype)
print(a * b, (a * b).dtype)
c = Tensor(np.array([1, 2], np.int32))
print(c + a, (c + a).dtype)
h = Tensor(np.array([0.5, 0.25], np.float16))
print(h + b, (h + b).dtype)
d = Tensor(np.array([0.1, 0.2], np.float64))
print(d + b, (d + b).dtype)
t = Tensor([True, False])
print(t + c, (t + c).dtype)
print(a / c, (a / c).dtype)
print(a // c, (a // c).dtype)
