# repr line wrapping (long 1-D tensors) and summarisation ("...") of large dims.
import numpy as np
from mindspore import Tensor

print(repr(Tensor(np.arange(11, dtype=np.float32))))
print(repr(Tensor(np.arange(12, dtype=np.float32))))
print(repr(Tensor(np.arange(13, dtype=np.float32))))
print(repr(Tensor(np.arange(30, dtype=np.float32))))
print(repr(Tensor(np.arange(30, dtype=np.float16))))
print(repr(Tensor(np.arange(24, dtype=np.int64))))
print(repr(Tensor(np.arange(30, dtype=np.int64))))
print(repr(Tensor(np.arange(48, dtype=np.int64))))
print(repr(Tensor(np.arange(24, dtype=np.float32))))
print(repr(Tensor(np.arange(12) % 2 == 0)))
print(repr(Tensor(np.arange(30) % 2 == 0)))
print(repr(Tensor(np.arange(1000, dtype=np.int32)[-30:])))
print(repr(Tensor(np.arange(1001, dtype=np.int32))))
print(repr(Tensor(np.arange(2000, dtype=np.float32))))
for shp in [(2, 6), (2, 7), (6, 2), (7, 2), (1, 7), (1, 13), (3, 3, 7), (2, 7, 2)]:
    print(repr(Tensor(np.arange(int(np.prod(shp)), dtype=np.int32).reshape(shp))))
print(repr(Tensor(np.arange(30, dtype=np.float32).reshape(2, 15))))
print(repr(Tensor(np.arange(30, dtype=np.int64).reshape(2, 15) * 1000)))
print(repr(Tensor(np.arange(2000, dtype=np.float32).reshape(40, 50))))
