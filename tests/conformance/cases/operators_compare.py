# Comparison operators (==, !=, <, <=, >, >=), reflected forms, logical-ish ops.
import numpy as np
import mindspore
from mindspore import Tensor

a = Tensor([1.0, 2.0, 3.0])
b = Tensor([3.0, 2.0, 1.0])
for name, r in [("==", a == b), ("!=", a != b), ("<", a < b), ("<=", a <= b),
                (">", a > b), (">=", a >= b)]:
    print(name, repr(r))
print(repr(a == 2), repr(a != 2.0), repr(a < 2), repr(a >= 2))
print(repr(2 < a), repr(2 == a), repr(2.5 >= a))
i = Tensor([1, 2, 3])
print(repr(i == a), repr(i > 1.5), repr(i <= Tensor(np.array([3, 1, 3], np.int32))))
print(repr(Tensor(2.0) > 1), repr(Tensor(True) == True))
m = (a > 1) & (a < 3)
print(repr(m))
print(repr((a > 2) | (a < 2)))
print(repr(~(a > 2)))
print(repr(Tensor([True, False]) ^ Tensor([True, True])))
print(bool(Tensor(2.0) > 1), bool(a.sum() == 6))
print(repr(Tensor(float("nan")) == Tensor(float("nan"))))
print(repr(Tensor([[1, 2], [3, 4]]) > Tensor([2, 2])))
print((a == b).dtype, (a > 1).sum(), (a > 1).any(), (a > 1).all())
