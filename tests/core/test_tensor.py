"""Tensor construction, dtypes, promotion, operators, indexing, conversion and printing."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops


@pytest.mark.parametrize('data,dtype', [
    (1.0, ms.float32), (1, ms.int64), (True, ms.bool_), ([1, 2], ms.int64),
    ([1.0, 2.5], ms.float32), ([[1, 2.5]], ms.float32), (np.ones(2), ms.float64),
    (np.ones(2, np.int32), ms.int32), (np.float16(1), ms.float16), ([True, False], ms.bool_),
])
def test_default_dtypes(data, dtype):
    assert Tensor(data).dtype == dtype


def test_constructor_forms():
    t = Tensor([1, 2], ms.float32)
    assert t.dtype == ms.float32 and t.shape == (2,) and t.ndim == 1 and t.size == 2
    assert Tensor(t).dtype == ms.float32
    assert Tensor(shape=(2, 3), dtype=ms.float32, init='ones').asnumpy().sum() == 6
    assert isinstance(t.asnumpy(), np.ndarray)
    assert Tensor(2.5).item() == 2.5 and isinstance(Tensor(3).item(), int)
    assert t.astype(ms.int32).dtype == ms.int32


def test_dtype_objects_print_like_mindspore():
    assert str(ms.float32) == 'Float32' and repr(ms.float32) == 'mindspore.float32'
    assert str(ms.int64) == 'Int64' and str(ms.bool_) == 'Bool'
    assert ms.float32 == ms.float32 and ms.float32 != ms.float64


@pytest.mark.parametrize('fn,dtype', [
    (lambda: Tensor([1, 2]) + Tensor([1.0, 2.0]), ms.float32),
    (lambda: Tensor([1, 2]) * 2.5, ms.float32),
    (lambda: Tensor([1, 2]) + 1, ms.int64),
    (lambda: Tensor(np.ones(2, np.float16)) + Tensor([1.0, 2.0]), ms.float32),
    (lambda: Tensor(np.ones(2, np.int32)) + Tensor([1, 2]), ms.int64),
    (lambda: Tensor([True, False]) + 1, ms.int64),
    (lambda: Tensor(np.ones(2)) + Tensor([1.0, 2.0]), ms.float64),
    (lambda: Tensor([1, 2]) / 2, ms.float32),
    (lambda: Tensor([1, 2]) // 2, ms.int64),
    (lambda: ops.exp(Tensor([1, 2])), ms.float32),
    (lambda: Tensor([1.0]) > 0, ms.bool_),
])
def test_promotion(fn, dtype):
    assert fn().dtype == dtype


def test_operators_match_numpy():
    a, b = np.array([1.5, -2.0, 3.0], np.float32), np.array([2.0, 0.5, -1.0], np.float32)
    ta, tb = Tensor(a), Tensor(b)
    for op in ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
               '__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__']:
        np.testing.assert_allclose(np.asarray(getattr(ta, op)(tb)), getattr(a, op)(b))
    np.testing.assert_allclose(np.asarray(2 - ta), 2 - a)
    np.testing.assert_allclose(np.asarray(2 / ta), 2 / a)
    np.testing.assert_allclose(np.asarray(2 ** ta), 2 ** a)
    np.testing.assert_allclose(np.asarray(ta ** 2), a ** 2)
    np.testing.assert_allclose(np.asarray(-ta), -a)
    np.testing.assert_allclose(np.asarray(abs(ta)), abs(a))
    np.testing.assert_allclose(np.asarray(a + ta), a + a)  # ndarray on the left defers to Tensor
    assert isinstance(a + ta, Tensor)
    m = Tensor(np.arange(6.0).reshape(2, 3))
    mn = np.arange(6.0).reshape(2, 3)
    np.testing.assert_allclose(np.asarray(m @ m.T), mn @ mn.T)


def test_indexing_matches_numpy():
    a = np.arange(24.0).reshape(2, 3, 4)
    t = Tensor(a)
    for idx in [0, -1, (1, 2), slice(None, None, -1), (Ellipsis, 1), (None, 0), (0, slice(1, 3)),
                (slice(None), None, 2), np.array([1, 0, 1]), (0, [2, 0]), a[..., 0] > 5,
                (Ellipsis, slice(None, None, 2))]:
        np.testing.assert_array_equal(np.asarray(t[idx]), a[idx])
    np.testing.assert_array_equal(np.asarray(t[Tensor([1, 0])]), a[[1, 0]])
    np.testing.assert_array_equal(np.asarray(t[Tensor(a[..., 0] > 5)]), a[a[..., 0] > 5])


def test_python_protocols():
    t = Tensor([3.0])
    assert bool(Tensor([1.0])) and not bool(Tensor(0.0))
    assert float(t) == 3.0 and int(Tensor(2)) == 2 and len(Tensor([1, 2, 3])) == 3
    assert np.asarray(t).dtype == np.float32
    assert np.array(t, dtype=np.float64).dtype == np.float64
    assert t.__array__(copy=True) is not t.asnumpy()
    assert [float(v) for v in Tensor([1.0, 2.0])] == [1.0, 2.0]
    assert f'{Tensor(1.5):.2f}' == '1.50'
    with pytest.raises(TypeError):
        len(Tensor(1.0))


@pytest.mark.parametrize('tensor,text', [
    (Tensor([1.0, 2.5]), 'Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  2.50000000e+00])'),
    (Tensor([1.0, -2.5, 3.25]),
     'Tensor(shape=[3], dtype=Float32, value= [ 1.00000000e+00, -2.50000000e+00,  3.25000000e+00])'),
    (Tensor(1.0), 'Tensor(shape=[], dtype=Float32, value= 1)'),
    (Tensor(1.3423151), 'Tensor(shape=[], dtype=Float32, value= 1.34232)'),
    (Tensor(7), 'Tensor(shape=[], dtype=Int64, value= 7)'),
    (Tensor(True), 'Tensor(shape=[], dtype=Bool, value= True)'),
    (Tensor([1, -20, 300]), 'Tensor(shape=[3], dtype=Int64, value= [  1, -20, 300])'),
    (Tensor([True, False]), 'Tensor(shape=[2], dtype=Bool, value= [ True, False])'),
    (Tensor([[1, 2], [3, 4]]), 'Tensor(shape=[2, 2], dtype=Int64, value=\n[[1, 2],\n [3, 4]])'),
    (Tensor(np.array([1.5], np.float16)), 'Tensor(shape=[1], dtype=Float16, value= [ 1.5000e+00])'),
    (Tensor(np.zeros(0, np.float32)), 'Tensor(shape=[0], dtype=Float32, value= )'),
    (ops.sqrt(Tensor([-1.0, 4.0])),
     'Tensor(shape=[2], dtype=Float32, value= [           -nan,  2.00000000e+00])'),
    (Tensor(np.float32(np.inf)), 'Tensor(shape=[], dtype=Float32, value= inf)'),
    (Tensor(np.zeros((2, 0), np.float32)), 'Tensor(shape=[2, 0], dtype=Float32, value=\n)'),
    (Tensor(np.arange(13.0, dtype=np.float32)), 'Tensor(shape=[13], dtype=Float32, value= [' +
     ', '.join('% .8e' % v for v in range(12)) + ', \n  1.20000000e+01])'),
    (Tensor(np.arange(14).reshape(2, 7)),
     'Tensor(shape=[2, 7], dtype=Int64, value=\n[[ 0,  1,  2 ...  4,  5,  6],\n'
     ' [ 7,  8,  9 ... 11, 12, 13]])'),
    (Tensor(np.arange(14).reshape(7, 2, 1)),
     'Tensor(shape=[7, 2, 1], dtype=Int64, value=\n[[[ 0],\n  [ 1]],\n [[ 2],\n  [ 3]],\n'
     ' [[ 4],\n  [ 5]],\n ...\n [[ 8],\n  [ 9]],\n [[10],\n  [11]],\n [[12],\n  [13]]])'),
])
def test_repr(tensor, text):
    assert repr(tensor) == text


def test_str_is_numpy_str():
    assert str(Tensor([[0.0, 1.0], [2.0, 3.0]])) == str(np.array([[0.0, 1.0], [2.0, 3.0]],
                                                                np.float32))
    assert str(Tensor(1.3423151)) == '1.3423151'
