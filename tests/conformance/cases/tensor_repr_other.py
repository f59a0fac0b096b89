# repr of float16 / float64 / int / bool tensors, 0-d to 3-d, empty, nan/inf.
import numpy as np
import mindspore
from mindspore import Tensor

# float16
print(repr(Tensor(np.array([1.5, -2.25, 1000.0], np.float16))))
print(repr(Tensor(1.5, mindspore.float16)))
print(repr(Tensor(np.array([np.nan, np.inf, -1.0], np.float16))))
print(repr(Tensor(np.array([[0.1, 2.0], [3.0, -4.0]], np.float16))))
# float64
print(repr(Tensor(np.array([1.0, -2.5, 1.0 / 3.0]))))
print(repr(Tensor(np.array(1.0 / 3.0))))
print(repr(Tensor(np.array([[1e-300, 1e300], [np.nan, -np.inf]]))))
# ints
print(repr(Tensor(7)))
print(repr(Tensor(-12)))
print(repr(Tensor([1, -20, 300])))
print(repr(Tensor([1, 2, 3])))
print(repr(Tensor([[1, 2], [3, 4]])))
print(repr(Tensor([[1, -2], [30, 4]])))
print(repr(Tensor(np.arange(8, dtype=np.int32).reshape(2, 2, 2))))
print(repr(Tensor(np.array([2 ** 40, -1], np.int64))))
print(repr(Tensor(np.array([0], np.int64))))
print(repr(Tensor(np.zeros((0,), np.int64))))
print(repr(Tensor(np.array([1, 200], np.uint8))))
print(repr(Tensor(np.array([-5, 7], np.int8))))
print(repr(Tensor(np.array([-5, 7], np.int16))))
# bools
print(repr(Tensor(True)))
print(repr(Tensor(False)))
print(repr(Tensor([True, False])))
print(repr(Tensor([False, False])))
print(repr(Tensor([[True, False], [False, True]])))
print(repr(Tensor(np.zeros((0,), np.bool_))))
# reprs inside containers
print((Tensor(1.0), Tensor([1, 2])))
print([Tensor([True]), Tensor(np.array([0.5], np.float16))])
print({"a": Tensor(2)})
