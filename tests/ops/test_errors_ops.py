"""Bad input to ops raises MindSpore's exception type and message, never a bare NumPy error."""
import numpy as np
import pytest

import minispore as mindspore
from minispore import Tensor, ops


def T(*shape):
    return Tensor(np.ones(shape, np.float32))


def B(*shape):
    return Tensor(np.ones(shape, np.bool_))


ERRORS = {
    'where_broadcast': (lambda: ops.where(B(2, 3), T(4, 5), T(2, 3)), ValueError,
                        "For 'Select', input.shape and other.shape need to broadcast"),
    'where_condition': (lambda: ops.where(B(4, 5), T(2, 3), T(2, 3)), ValueError,
                        "For 'Select', condition.shape and input.shape need to broadcast"),
    'broadcast_to': (lambda: ops.broadcast_to(T(2, 3), (4, 5)), ValueError,
                     "For 'BroadcastTo', in order to broadcast, each dimension pair must be equal"
                     " or input dimension is 1 or target dimension is -1. But got x_shape: "
                     "(2, 3), target shape: (4, 5)."),
    'broadcast_to_large': (lambda: ops.broadcast_to(T(40, 50), (3, 40, 7)), ValueError,
                           "x_shape: (40, 50), target shape: (3, 40, 7)."),
    'concat_shapes': (lambda: ops.concat((T(2, 3), T(4, 5))), ValueError,
                      "For primitive[Concat] only support one axis different"),
    'stack_shapes': (lambda: ops.stack((T(2, 3), T(4, 5))), ValueError,
                     "For primitive[Concat] only support one axis different"),
    'concat_axis': (lambda: ops.concat((T(2, 3), T(2, 3)), 5), ValueError,
                    "For primitive[Concat], the axis value must be in [-2,2), but got 5."),
    'stack_axis': (lambda: ops.stack((T(2, 3), T(2, 3)), 5), ValueError,
                   "For primitive[Stack], the Stack axis must be in [-3,2], but got 5."),
    'bce_with_logits': (lambda: ops.binary_cross_entropy_with_logits(T(2, 3), T(4, 5), T(2, 3),
                                                                     T(2, 3)), ValueError,
                        "For 'BCEWithLogitsLoss', two inputs 'input' and 'target' shape are not "
                        "equal"),
    'cross_broadcast': (lambda: ops.cross(T(2, 3), T(4, 3)), ValueError,
                        "For 'Cross', input.shape and other.shape need to broadcast"),
    'unsqueeze': (lambda: ops.unsqueeze(T(2, 3), 5), ValueError,
                  "Dimension out of range (expected to be in range of [-3, 3), but got 5)"),
    'expand_dims': (lambda: ops.expand_dims(T(2, 3), -5), ValueError,
                    "Dimension out of range (expected to be in range of [-3, 3), but got -5)"),
    'permute': (lambda: ops.permute(T(2, 3), (0, 5)), ValueError,
                "Dimension out of range (expected to be in range of [-2, 2), but got 5)"),
    'transpose_rank': (lambda: ops.transpose(T(2, 3), (0, 1, 2)), ValueError,
                       "For 'Transpose', size of perm should equal to rank of x, but got 3 and 2!"),
    'flatten': (lambda: ops.flatten(T(2, 3), start_dim=5), ValueError,
                "'start_dim' or 'end_dim' out of range."),
    'eye': (lambda: ops.eye(-1), ValueError, "Eye error: n value can not be negative."),
    'linspace': (lambda: ops.linspace(0, 1, -1), ValueError,
                 "For primitive[LinSpace], the num must be greater than 0, but got -1."),
    'linspace_tensor': (lambda: ops.linspace(T(2, 3), T(2, 3), 3), ValueError,
                        "For 'LinSpace', 'start' and 'end' must be scalars"),
    'full': (lambda: ops.full((2, 3), T(2)), ValueError,
             "For primitive[FillV2], the size of the input [fill_value] must be equal to 1, but "
             "got 2."),
    'assign_shape': (lambda: ops.assign(mindspore.Parameter(T(2, 3)), T(4, 5)), ValueError,
                     "For 'Assign','value' must have the same shape as 'variable'. But got "
                     "'value' shape: (4, 5), 'variable' shape: (2, 3)."),
}


@pytest.mark.parametrize('name', list(ERRORS))
def test_error(name):
    call, exc, text = ERRORS[name]
    with pytest.raises(exc) as info:
        call()
    assert text in str(info.value)


def test_assign_tensor():
    x = T(2, 3)
    assert ops.assign(x, Tensor(np.zeros((2, 3), np.float32))) is x
    assert not x.asnumpy().any()


LIST_INSTEAD_OF_TENSOR = [
    ('sum', lambda: ops.sum([1., 2.]), 'input'),
    ('tril', lambda: ops.tril([[1., 2.]]), 'input'),
    ('reshape', lambda: ops.reshape([1., 2.], (2, 1)), 'input'),
    ('cumsum', lambda: ops.cumsum([1., 2.], 0), 'x'),
    ('mm', lambda: ops.mm(T(2, 2), [[1., 2.], [3., 4.]]), 'mat2'),
    ('conv2d', lambda: ops.conv2d([1.], T(1, 1, 1, 1)), 'input'),
    ('layer_norm', lambda: ops.layer_norm([[1., 2.]], (2,)), 'input'),
]


@pytest.mark.parametrize('op,call,arg', LIST_INSTEAD_OF_TENSOR,
                         ids=[c[0] for c in LIST_INSTEAD_OF_TENSOR])
def test_a_list_where_a_tensor_belongs_is_a_type_error(op, call, arg):
    with pytest.raises(TypeError, match=rf"For '{op}', the (argument )?'{arg}' must be a "
                                        rf"Tensor, but got list"):
        call()


# (shape of x, shape of y, axes MindSpore 2.10 names in `x + y`'s error), measured: the first
# mismatch from the left, numbered rank + min(ranks) + (its negative aligned position).
BROADCAST_AXES = [
    ((1, 3), (2,), 2, 1), ((2, 3), (4, 3), 2, 2), ((2, 3, 4), (5, 4), 3, 2),
    ((2, 3, 4), (3, 5), 4, 3), ((3,), (4,), 1, 1), ((2, 1, 3), (4, 1, 5), 3, 3),
    ((5, 2, 3), (2, 4), 4, 3), ((4, 2, 3), (5, 2, 3), 3, 3), ((2, 3, 4, 5), (3, 4, 6), 6, 5),
    ((3, 4, 5), (7,), 3, 1),
]


@pytest.mark.parametrize('a, b, i, j', BROADCAST_AXES)
def test_broadcast_error_axes(a, b, i, j):
    with pytest.raises(ValueError) as info:
        T(*a) + T(*b)
    assert str(info.value) == (
        f"For 'AddExt', input.shape and other.shape need to broadcast. The value of "
        f"input.shape[{i}] or other.shape[{j}] must be 1 or -1 when they are not the same, but "
        f"got input.shape = {list(a)} and other.shape = {list(b)}")
