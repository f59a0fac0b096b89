"""Parameter and ParameterTuple."""
import numpy as np
import pytest

from minispore import Parameter, ParameterTuple, Tensor


def test_repr_and_defaults():
    p = Parameter(Tensor([1.0, 2.0]), name='w')
    assert repr(p) == 'Parameter (name=w, shape=(2,), dtype=Float32, requires_grad=True)'
    assert str(p) == repr(p)
    assert Parameter(Tensor([1.0])).name.startswith('Parameter#')
    assert not Parameter(Tensor([1.0]), requires_grad=False).requires_grad


def test_arithmetic_returns_tensors_and_set_data():
    p = Parameter(Tensor([1.0, 2.0]), name='w')
    assert type(p * 2) is Tensor
    p.set_data(Tensor([3.0, 4.0]))
    np.testing.assert_array_equal(p.asnumpy(), [3.0, 4.0])
    with pytest.raises(ValueError, match='shape'):
        p.set_data(Tensor([1.0]))
    c = p.clone()
    assert c.name == 'w' and c is not p and (c.asnumpy() == p.asnumpy()).all()


def test_parameter_tuple():
    a, b = Parameter(Tensor([1.0]), name='a'), Parameter(Tensor([2.0]), name='b')
    pt = ParameterTuple([a, b])
    assert isinstance(pt, tuple) and pt[0] is a
    assert [p.name for p in pt.clone('cl')] == ['cl.a', 'cl.b']
    with pytest.raises(TypeError):
        ParameterTuple([Tensor([1.0])])
