# dtype objects: str / repr / equality / Tensor.dtype printing.
import numpy as np
import mindspore
from mindspore import Tensor

names = ["float16", "float32", "float64", "int8", "int16", "int32", "int64",
         "uint8", "bool_"]
for n in names:
    d = getattr(mindspore, n)
    print(n, "|", str(d), "|", repr(d))

print(mindspore.float32 == mindspore.float32, mindspore.float32 == mindspore.float64)
print(mindspore.float32 != mindspore.int32)
print(Tensor(1.0).dtype, repr(Tensor(1.0).dtype))
print(Tensor([1, 2]).dtype == mindspore.int64)
print((Tensor(1.0).dtype, Tensor(1).dtype))
print([Tensor(True).dtype])
print(f"{Tensor(1.0).dtype}")
print(mindspore.dtype_to_nptype(mindspore.float32))
print(mindspore.dtype_to_nptype(mindspore.int64))
