"""Initializers: sample statistics against MindSpore's formulas (fan-in/fan-out, gain, mode,
nonlinearity), the deterministic ones exactly, and `initializer`'s argument handling."""
import math

import numpy as np
import pytest

import minispore as ms
from minispore import Tensor
from minispore.common import initializer as I


def _sample(init, shape, dtype=ms.float32):
    ms.set_seed(1)
    return I.initializer(init, shape, dtype).asnumpy().astype(np.float64)


def _check_uniform(a, bound):
    assert a.min() >= -bound and a.max() <= bound
    assert a.max() > 0.99 * bound and a.min() < -0.99 * bound
    np.testing.assert_allclose(a.std(), bound / math.sqrt(3), rtol=0.02)
    assert abs(a.mean()) < 0.02 * bound


def _check_normal(a, std, mean=0.0):
    np.testing.assert_allclose(a.std(), std, rtol=0.02)
    assert abs(a.mean() - mean) < 0.02 * std


def test_fans_and_gain():
    assert I._calculate_fan_in_and_fan_out((3, 5)) == (5, 3)
    assert I._calculate_fan_in_and_fan_out((8, 4, 3, 3)) == (36, 72)
    with pytest.raises(ValueError, match='fewer than 2 dimensions'):
        I._calculate_fan_in_and_fan_out((5,))
    assert I._calculate_gain('conv_transpose2d') == 1
    assert I._calculate_gain('tanh') == 5.0 / 3
    assert I._calculate_gain('relu') == math.sqrt(2.0)
    assert I._calculate_gain('leaky_relu') == math.sqrt(2.0 / (1 + 0.01 ** 2))
    assert I._calculate_gain('leaky_relu', 0.2) == math.sqrt(2.0 / 1.04)
    with pytest.raises(ValueError, match="'nonlinearity'"):
        I._calculate_gain('gelu')


def test_he_uniform_and_normal():
    # MindSpore 2.10 measured: HeUniform() on (300, 200): bounds +-0.1732, std 0.1003
    _check_uniform(_sample(I.HeUniform(), (300, 200)), math.sqrt(6 / 200))
    _check_uniform(_sample('he_uniform', (40, 30, 3, 3)), math.sqrt(6 / 270))
    _check_uniform(_sample(I.HeUniform(mode='fan_out', nonlinearity='tanh'), (50, 400)),
                   5 / 3 * math.sqrt(3 / 50))
    _check_uniform(_sample(I.HeUniform(math.sqrt(5)), (200, 300)), 1 / math.sqrt(300))
    # MindSpore 2.10 measured: HeNormal(0.2, 'fan_out') on (300, 20, 3, 3): std 0.0267
    _check_normal(_sample(I.HeNormal(0.2, 'fan_out', 'leaky_relu'), (300, 20, 3, 3)),
                  math.sqrt(2 / 1.04) / math.sqrt(2700))
    _check_normal(_sample('henormal', (200, 300)), math.sqrt(2 / 300))
    with pytest.raises(ValueError, match="'mode'"):
        I.initializer(I.HeNormal(mode='avg'), (2, 2))


def test_xavier():
    _check_uniform(_sample(I.XavierUniform(), (200, 300)), math.sqrt(6 / 500))
    _check_uniform(_sample(I.XavierUniform(2.0), (30, 20, 5)), 2 * math.sqrt(6 / 250))
    _check_normal(_sample('xavier_normal', (200, 300)), math.sqrt(2 / 500))
    _check_normal(_sample(I.XavierNormal(0.5), (20, 30, 3, 3)), 0.5 * math.sqrt(2 / 450))


def test_normal_uniform_truncated():
    _check_normal(_sample('normal', (300, 300)), 0.01)
    _check_normal(_sample(I.Normal(0.5, 2.0), (300, 300)), 0.5, 2.0)
    _check_uniform(_sample('uniform', (300, 300)), 0.07)
    _check_uniform(_sample(I.Uniform(2.5), (300, 300)), 2.5)
    a = _sample('truncatednormal', (300, 300))
    assert abs(a).max() <= 2.0
    _check_normal(a, 0.01)                       # [-2, 2] is 200 sigma: no truncation
    # MindSpore 2.10 measured on (300, 300): mean 0.3575, std 0.6456, bounds [-1, 1.5]
    a = _sample(I.TruncatedNormal(1.0, 0.5, -1.0, 1.5), (300, 300))
    assert a.min() >= -1.0 and a.max() <= 1.5
    np.testing.assert_allclose([a.mean(), a.std()], [0.3575, 0.6456], atol=0.01)


def test_variance_scaling():
    # MindSpore 2.10 measured: the default (truncated_normal) draws a uniform, bound sqrt(3/300)
    _check_uniform(_sample(I.VarianceScaling(), (200, 300)), 0.1)
    _check_normal(_sample(I.VarianceScaling(2.0, 'fan_avg', 'untruncated_normal'), (200, 300)),
                  math.sqrt(2 / 250))
    _check_uniform(_sample(I.VarianceScaling(2.0, 'fan_out', 'uniform'), (200, 30, 3)),
                   math.sqrt(6 / 600))
    for kwargs in ({'scale': 0.0}, {'mode': 'avg'}, {'distribution': 'normal'}):
        with pytest.raises(ValueError):
            I.VarianceScaling(**kwargs)


def test_deterministic_ones():
    assert (I.initializer('zeros', (2, 3)).asnumpy() == 0).all()
    assert I.initializer('one', 4, ms.int32).asnumpy().tolist() == [1, 1, 1, 1]
    assert I.initializer(2.5, [2]).asnumpy().tolist() == [2.5, 2.5]
    assert I.initializer(I.Constant(3), (2,), ms.float16).dtype == ms.float16
    np.testing.assert_array_equal(I.initializer('identity', (2, 3)).asnumpy(), np.eye(2, 3))
    d = I.initializer(I.Dirac(2), (4, 2, 3)).asnumpy()   # as MindSpore 2.10 prints it
    expect = np.zeros((4, 2, 3), np.float32)
    expect[0, 0, 1] = expect[1, 1, 1] = expect[2, 0, 1] = expect[3, 1, 1] = 1
    np.testing.assert_array_equal(d, expect)
    assert I.initializer(I.Dirac(), (3, 2, 3, 5)).asnumpy()[[0, 1], [0, 1], 1, 2].tolist() == [1, 1]
    with pytest.raises(ValueError):
        I.initializer(I.Dirac(), (2, 2))
    with pytest.raises(ValueError):
        I.initializer(I.Identity(), (2, 2, 2))


def test_orthogonal_and_sparse():
    w = _sample(I.Orthogonal(2.0), (30, 50))
    np.testing.assert_allclose(w @ w.T, 4 * np.eye(30), atol=1e-5)
    np.testing.assert_allclose(w.std(), 0.2828, atol=2e-3)      # MindSpore 2.10 measured
    w = _sample(I.Orthogonal(), (6, 2, 2)).reshape(6, 4)
    np.testing.assert_allclose(w.T @ w, np.eye(4), atol=1e-5)
    s = _sample(I.Sparse(0.3, 0.5), (100, 200))
    assert ((s == 0).sum(0) == 30).all()
    _check_normal(s[s != 0], 0.5)
    assert ((_sample(I.Sparse(0.3), (10, 4)) == 0).sum(0) == 3).all()   # ceil(0.3·10)


def test_int_dtype_truncates_like_numpy_assignment():
    a = I.initializer(I.Normal(0.5, 1.0), (300, 300), ms.int32)
    assert a.dtype == ms.int32
    assert 0.45 < float(a.asnumpy().mean()) < 0.6              # MindSpore 2.10 measured 0.5249


def test_initializer_arguments():
    t = Tensor(np.ones(3, np.float32))
    assert I.initializer(t, (3,)) is t and I.initializer(t, 3) is t
    with pytest.raises(ValueError, match="shape of the 'init' argument"):
        I.initializer(t, (2,))
    with pytest.raises(ValueError, match="class corresponding to 'foo'"):
        I.initializer('foo', (2,))
    with pytest.raises(TypeError, match="'init' argument"):
        I.initializer([1], (2,))
    with pytest.raises(ValueError, match='positive integer'):
        I.initializer('ones', (0, 2))
    with pytest.raises(ValueError, match='fewer than 2 dimensions'):
        I.initializer(I.HeUniform(), (5,))
    assert set(I._INITIALIZER_ALIAS) == {
        'zero', 'zeros', 'one', 'ones', 'xaviernormal', 'xavier_normal', 'xavieruniform',
        'xavier_uniform', 'heuniform', 'he_uniform', 'henormal', 'he_normal', 'identity',
        'sparse', 'dirac', 'orthogonal', 'variancescaling', 'uniform', 'normal',
        'truncatednormal'}


def test_custom_initializer_fills_in_place():
    class Arange(I.Initializer):
        def _initialize(self, arr):
            arr[...] = np.arange(arr.size).reshape(arr.shape)

    assert I.initializer(Arange(), (2, 2)).asnumpy().tolist() == [[0, 1], [2, 3]]
    arr = np.zeros(3, np.float32)
    I.One()(arr)
    assert arr.tolist() == [1, 1, 1]
    p = ms.Parameter(I.initializer(I.Normal(), (4, 4)), name='w')
    assert p.shape == (4, 4)


def test_seeded_initializer_is_reproducible():
    a = I.Normal()
    a.seed = 7
    b = I.Normal()
    b.seed = 7
    np.testing.assert_array_equal(I.initializer(a, (5,)).asnumpy(),
                                  I.initializer(b, (5,)).asnumpy())
