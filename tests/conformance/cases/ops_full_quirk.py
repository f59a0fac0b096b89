# ops.full without dtype: MindSpore 2.10 gives Int64 for every fill value, truncating floats.
import mindspore
from mindspore import ops, Tensor

print(repr(ops.full((2,), 3)))
print(repr(ops.full((2, 2), 1.5)))
print(repr(ops.full((2,), -2.7)))
print(repr(ops.full((3,), True)))
print(repr(ops.full((1, 2), Tensor(2.5))))
print(repr(ops.full((2,), 1.5, dtype=mindspore.float32)))
print(repr(ops.full((2,), 1, dtype=mindspore.bool_)))
