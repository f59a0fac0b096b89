"""Bad input raises MindSpore 2.10's exception type and message (first line, as measured)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, ops


@pytest.mark.parametrize('fn,error,message', [
    (lambda: Tensor([1.0, 2.0, 3.0]) - Tensor([1.0, 2.0]), ValueError,
     "For 'SubExt', input.shape and other.shape need to broadcast. The value of input.shape[1] "
     "or other.shape[1] must be 1 or -1 when they are not the same, but got input.shape = [3] "
     "and other.shape = [2]"),
    (lambda: ops.mul(Tensor([1.0, 2.0, 3.0]), Tensor([1.0, 2.0])), ValueError,
     "For 'Mul', input1.shape and input2.shape need to broadcast. The value of input1.shape[1] "
     "or input2.shape[1] must be 1 or -1 when they are not the same, but got input1.shape = "
     "[3] and input2.shape = [2]"),
    (lambda: ops.ones((2, 3)) + ops.ones((3, 2)), ValueError,
     "For 'AddExt', input.shape and other.shape need to broadcast. The value of input.shape[2] "
     "or other.shape[2] must be 1 or -1 when they are not the same, but got input.shape = "
     "[2, 3] and other.shape = [3, 2]"),
    (lambda: ops.matmul(ops.ones((2, 3)), ops.ones((2, 3))), RuntimeError,
     "For 'MatMulExt' op, shape1[-1] must be equal to shape2[-2], but got 3 and 2."),
    (lambda: ops.reshape(ops.ones((2, 3)), (4, 2)), ValueError,
     "proposed_shape '[const vector]{4, 2}' is invalid for input of size 6"),
    (lambda: ops.concat([ops.ones(3), ops.ones((2, 3))]), ValueError,
     "For primitive[Concat], element rank must be same(shapes are [const vector]{[const "
     "vector]{3}, [const vector]{2, 3}})!"),
    (lambda: ops.transpose(ops.ones((2, 3)), (0, 0)), ValueError,
     "For 'Transpose' perms should all be unique dim, but0 is not unique!"),
    (lambda: ops.ones(3)[5], IndexError, "index 5 is out of bounds for dimension with size 3"),
    (lambda: ops.ones(3)[0, 0], IndexError, "too many indices for tensor of dimension1"),
    (lambda: ops.ones(3)[1.5], IndexError,
     "Only support integers, slices(`:`), ellipsis(`...`), None, bool, tensor, int, list and "
     "tuple as index, but got 1.5 with type <class 'float'>"),
    (lambda: ops.ones(3).item(), ValueError,
     "The tensor should have only one element, but got 3, more than one element is ambiguous."),
    (lambda: Tensor([[1, 2], [3]]), TypeError,
     "For Tensor, the input_data is [[1, 2], [3]] that contain unsupported element."),
    (lambda: Tensor('abc'), TypeError,
     "For 'Tensor', the type of 'input_data' should be one of '['TensorPy', 'Tensor', "
     "'ndarray', 'str_', 'list', 'tuple', 'float', 'int', 'bool', 'complex', 'bytes']', but "
     "got type 'str'."),
    (lambda: Parameter(Tensor([1.0]), name=3), ValueError,
     "The type of the Parameter's name should be 'string' or 'None', but got <class 'int'>."),
    (lambda: ms.set_seed(-1), ValueError,
     "For 'global_seed', the 'seed' must be int and must >= 0, but got '-1' with type 'int'."),
])
def test_mindspore_messages(fn, error, message):
    with pytest.raises(error) as info:
        fn()
    assert str(info.value) == message


def test_a_bad_shape_names_the_argument():
    with pytest.raises(TypeError, match="The 'shape' must be an int or a tuple of ints"):
        ops.ones('a')
    with pytest.raises(ValueError, match="'reduction' must be in"):
        ops.mse_loss(ops.ones(2), ops.ones(2), 'avg')
