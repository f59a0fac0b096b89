# Result dtypes of tensor-scalar arithmetic (Python int / float / bool scalars).
import numpy as np
import mindspore
from mindspore import Tensor

dts = [("bool", np.bool_), ("int32", np.int32), ("int64", np.int64),
       ("float16", np.float16), ("float32", np.float32), ("float64", np.float64)]
ops_ = [("+", lambda t, s: t + s), ("-", lambda t, s: t - s), ("*", lambda t, s: t * s),
        ("/", lambda t, s: t / s), ("//", lambda t, s: t // s), ("**", lambda t, s: t ** s),
        ("r+", lambda t, s: s + t), ("r/", lambda t, s: s / t)]
scalars = [("1", 1), ("2.5", 2.5), ("True", True)]

for nd, npd in dts:
    t = Tensor(np.array([1, 2], dtype=npd))
    for sname, s in scalars:
        row = []
        for oname, f in ops_:
            if nd == "bool" and sname == "True" and oname == "**":
                continue  # bool ** bool has no CPU kernel (see err_ops.py)
            r = str(f(t, s).dtype)
            row.append(f"{oname}:{r}")
        print(f"{nd} op {sname}:", " ".join(row))

i = Tensor([1, 2, 3])
print(i + 1, (i + 1).dtype)
print(i * 2.5, (i * 2.5).dtype)
print(i / 2, (i / 2).dtype)
print(i // 2, (i // 2).dtype)
print(i % 2, (i % 2).dtype)
print(i ** 2, (i ** 2).dtype)
print(i ** 0.5, (i ** 0.5).dtype)
b = Tensor([True, False])
print(b + 1, (b + 1).dtype)
print(b * 1.5, (b * 1.5).dtype)
f = Tensor([1.0, 2.0])
print(f + 1, (f + 1).dtype)
h = Tensor(np.array([1.0, 2.0], np.float16))
print(h * 2.5, (h * 2.5).dtype)
print(Tensor(3) + 2, (Tensor(3) + 2).dtype)
print(Tensor(3) / 2, (Tensor(3) / 2).dtype)
