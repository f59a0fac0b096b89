# Elementwise math of two or more inputs: values, broadcasting, dtypes, scalar operands.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([-7.5, -3.0, 3.0, 7.5])
y = Tensor([2.0, -2.0, 2.5, -2.0])
a = Tensor([[1.0], [2.0]])
b = Tensor([1.0, -1.0, 3.0])
i = Tensor([-7, 7, 7])
j = Tensor([2, -2, 3])
i32 = Tensor(np.array([12, -7, 5], np.int32))
k32 = Tensor(np.array([10, 3, -1], np.int32))
nan, inf = float('nan'), float('inf')
for name, r in [
    ("atan2", ops.atan2(Tensor([1.0, -1.0, 0.0, 0.0]), Tensor([0.0, -1.0, 1.0, -1.0]))),
    ("atan2 bcast", ops.atan2(a, b)), ("atan2 scalar", ops.atan2(Tensor([1.0, -1.0]), 1.0)),
    ("fmod", ops.fmod(x, y)), ("fmod scalar", ops.fmod(x, 2)), ("fmod int", ops.fmod(i, j)),
    ("fmod int32 by 0", ops.fmod(Tensor(np.array([-7, 7], np.int32)), Tensor(np.array([0, 3], np.int32)))),
    ("fmod int float", ops.fmod(Tensor([-7, 7]), 2.5)),
    ("lerp", ops.lerp(Tensor([1.0, 2.0]), Tensor([3.0, 6.0]), 0.25)),
    ("lerp tensor", ops.lerp(Tensor([1.0, 2.0]), Tensor([3.0, 6.0]), Tensor([0.25, 0.75]))),
    ("lerp bcast", ops.lerp(a, Tensor([3.0, 6.0]), Tensor(0.5))),
    ("addcmul", ops.addcmul(Tensor([1.0, 2.0]), Tensor([3.0, 6.0]), a, 0.5)),
    ("addcmul tensor value", ops.addcmul(Tensor([1.0, 2.0]), Tensor([3.0, 6.0]), Tensor([1.0, 2.0]), Tensor(0.5))),
    ("addcmul int", ops.addcmul(Tensor([1, 2]), Tensor([3, 6]), Tensor([1, 2]), 2)),
    ("addcmul int float value", ops.addcmul(Tensor([1, 2]), Tensor([3, 6]), Tensor([1, 2]), 0.5)),
    ("addcmul int32", ops.addcmul(Tensor(np.array([1, 2], np.int32)), Tensor(np.array([1, 2], np.int32)), Tensor(np.array([1, 2], np.int32)), 2)),
    ("addcdiv", ops.addcdiv(Tensor([1.0, 2.0]), Tensor([3.0, 6.0]), Tensor([2.0, 4.0]), 0.5)),
    ("addcdiv default", ops.addcdiv(Tensor([1.0, 2.0]), Tensor([3.0, 6.0]), Tensor([2.0, 4.0]))),
    ("addcdiv int", ops.addcdiv(Tensor([1, 2]), Tensor([-3, -7]), Tensor([2, 2]), 1)),
    ("logaddexp", ops.logaddexp(Tensor([1.0, -1000.0, 1000.0]), Tensor([2.0, -1000.0, 1000.0]))),
    ("logaddexp f16", ops.logaddexp(Tensor(np.array([1, 2], np.float16)), Tensor(np.array([1, 1], np.float16)))),
    ("hypot", ops.hypot(Tensor([3.0, 5.0]), Tensor([4.0, 12.0]))), ("hypot scalar", ops.hypot(Tensor([3.0, 5.0]), 4.0)),
    ("hypot big", ops.hypot(Tensor([3e30, 1e-30]), Tensor([4e30, 1e-30]))),
    ("hypot f64", ops.hypot(Tensor(np.array([3.0, 5.0])), Tensor(np.array([4.0, 12.0])))),
    ("xlogy", ops.xlogy(Tensor([1.0, 2.0, 0.5]), Tensor([0.5, 3.0, 4.0]))),
    ("xlogy scalar", ops.xlogy(Tensor([1.0, 2.0]), 3.0)), ("xlogy scalar first", ops.xlogy(2.0, Tensor([1.0, 2.0]))),
    ("xlogy zero x", ops.xlogy(Tensor([0.0]), Tensor([2.0]))),
    ("isclose", ops.isclose(Tensor([1.0, 1.0, nan, inf, 1.0, 0.0]), Tensor([1.000001, 1.1, nan, inf, 1.00002, 1e-9]))),
    ("isclose equal_nan", ops.isclose(Tensor([1.0, nan]), Tensor([1.0, nan]), equal_nan=True)),
    ("isclose rtol", ops.isclose(Tensor([1.0, 1.0]), Tensor([1.1, 1.3]), rtol=0.2)),
    ("isclose inf", ops.isclose(Tensor([inf, -inf, inf, 1.0]), Tensor([inf, -inf, -inf, inf]))),
    ("isclose int", ops.isclose(Tensor([1, 2]), Tensor([1, 3]))), ("isclose bcast", ops.isclose(a, Tensor([1.0, 2.0]))),
    ("nan_to_num", ops.nan_to_num(Tensor([nan, inf, -inf, 1.5]))),
    ("nan_to_num args", ops.nan_to_num(Tensor([nan, inf, -inf, 1.5]), 1.0, 2.0, -3.0)),
    ("nan_to_num nan only", ops.nan_to_num(Tensor([nan, inf, -inf]), nan=5.0)),
    ("nan_to_num f16", ops.nan_to_num(Tensor(np.array([nan, inf, -inf], np.float16)))),
    ("masked_fill", ops.masked_fill(Tensor([[1.0, 2.0], [3.0, 4.0]]), Tensor([True, False]), 0.5)),
    ("masked_fill tensor value", ops.masked_fill(Tensor([[1.0, 2.0], [3.0, 4.0]]), Tensor([True, False]), Tensor(0.5))),
    ("masked_fill bcast", ops.masked_fill(Tensor([1.0, 2.0]), Tensor([[True], [False]]), 0.5)),
    ("masked_fill int32", ops.masked_fill(Tensor(np.array([1, 2], np.int32)), Tensor([True, False]), 2)),
    ("masked_fill bool", ops.masked_fill(Tensor([True, False]), Tensor([True, False]), False)),
    ("masked_fill f16", ops.masked_fill(Tensor(np.array([1.0, 2.0], np.float16)), Tensor([True, False]), 0.5)),
    ("bitwise_and", ops.bitwise_and(i32, k32)), ("bitwise_or", ops.bitwise_or(i32, k32)),
    ("bitwise_xor", ops.bitwise_xor(i32, k32)), ("bitwise_and i64", ops.bitwise_and(Tensor([12, -7]), Tensor([10, 3]))),
    ("bitwise_or i32 i64", ops.bitwise_or(i32, Tensor([10, 3, 1]))), ("bitwise_xor scalar", ops.bitwise_xor(i32, 3)),
    ("bitwise_and bool", ops.bitwise_and(Tensor([True, False, True]), Tensor([True, True, False]))),
    ("bitwise_or bool int", ops.bitwise_or(Tensor([True, False]), Tensor([3, 2]))),
    ("bitwise_xor uint8", ops.bitwise_xor(Tensor(np.array([12, 7], np.uint8)), Tensor(np.array([10, 3], np.uint8)))),
    ("bitwise_and bcast", ops.bitwise_and(Tensor([[1], [2]]), Tensor([3, 4, 5]))),
    ("bitwise_and scalar first", ops.bitwise_and(2, Tensor([1, 2, 3]))),
]:
    print(name, r.dtype, repr(r))
