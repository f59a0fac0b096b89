"""Random ops: shapes, dtypes, value ranges, statistics, seeding, dropout gradients, errors."""
import subprocess
import sys

import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops

from opcheck import P, T, case, op_tests, reseed

reseed(13)


def seeded(fn):
    """`fn` drawing the same numbers at every call (check_grads calls it many times)."""
    def run(*args):
        ms.set_seed(7)
        return fn(*args)
    return run


CASES = {
    'dropout': case(seeded(lambda x: ops.dropout(x, 0.3)), [T(4, 5)]),
    'dropout_seed': case(seeded(lambda x: ops.dropout(x, p=0.6, seed=3)), [T(3, 4)]),
    'dropout2d': case(seeded(lambda x: ops.dropout2d(x, 0.4)), [T(2, 3, 2, 2)]),
    'dropout_eval': case(lambda x: ops.dropout(x, 0.5, training=False), [T(3, 4)], lambda x: x),
    'dropout2d_p0': case(lambda x: ops.dropout2d(x, 0.0), [T(2, 3, 2, 2)], lambda x: x),
    'normal_mean_stddev': case(seeded(lambda m, s: ops.normal((2, 3), m, s)), [T(3), P(2, 1)]),
}
test_forward_float32, test_forward_float64, test_grads = op_tests(CASES)

N = 200_000


def test_dropout_gradient_is_mask_over_keep_prob():
    x = Tensor(np.full((50, 40), 3.0, np.float32))
    ms.set_seed(1)
    out = ops.dropout(x, 0.25)
    ms.set_seed(1)
    g = ms.grad(lambda a: ops.dropout(a, 0.25).sum())(x)
    np.testing.assert_allclose(g.asnumpy(), out.asnumpy() / 3.0)
    assert set(np.unique(g.asnumpy())) == {0.0, np.float32(1 / 0.75)}


def test_uniform_gradient_in_the_bounds():
    lo, hi = Tensor(1.0), Tensor(3.0)
    ms.set_seed(2)
    u = (ops.uniform((6,), lo, hi).asnumpy() - 1.0) / 2.0
    ms.set_seed(2)
    g_lo, g_hi = ms.grad(lambda a, b: ops.uniform((6,), a, b).sum(), (0, 1))(lo, hi)
    np.testing.assert_allclose([g_lo.asnumpy(), g_hi.asnumpy()], [(1 - u).sum(), u.sum()],
                               rtol=1e-5)


@pytest.mark.parametrize('fn,dtype,low,high,mean,var', [
    (lambda: ops.rand(N), np.float32, 0.0, 1.0, 0.5, 1 / 12),
    (lambda: ops.rand((N,), dtype=ms.float64), np.float64, 0.0, 1.0, 0.5, 1 / 12),
    (lambda: ops.rand([N // 100, 100], dtype=ms.float16), np.float16, 0.0, 1.0, 0.5, 1 / 12),
    (lambda: ops.randn(N), np.float32, -np.inf, np.inf, 0.0, 1.0),
    (lambda: ops.randn(N, dtype=ms.float64), np.float64, -np.inf, np.inf, 0.0, 1.0),
    (lambda: ops.rand_like(ops.zeros((N,))), np.float32, 0.0, 1.0, 0.5, 1 / 12),
    (lambda: ops.randn_like(Tensor(np.zeros(N))), np.float32, -np.inf, np.inf, 0.0, 1.0),
    (lambda: ops.uniform((N,), Tensor(-1.0), Tensor(3.0)), np.float32, -1.0, 3.0, 1.0, 16 / 12),
    (lambda: ops.normal((N,), 5.0, 2.0), np.float32, -np.inf, np.inf, 5.0, 4.0),
    (lambda: ops.randint(-3, 3, (N,)), np.int64, -3, 2, -0.5, 35 / 12),
    (lambda: ops.randint_like(Tensor(np.zeros(N, np.int32)), 0, 10), np.int32, 0, 9, 4.5,
     99 / 12),
    (lambda: ops.uniform((N,), Tensor(2, ms.int32), Tensor(6, ms.int32), dtype=ms.int32),
     np.int32, 2, 5, 3.5, 15 / 12),
    (lambda: ops.bernoulli(ops.zeros(N), 0.3), np.float32, 0.0, 1.0, 0.3, 0.21),
    (lambda: ops.bernoulli(Tensor(np.zeros(N, np.int32))), np.int32, 0, 1, 0.5, 0.25),
])
def test_distribution(fn, dtype, low, high, mean, var):
    x = fn().asnumpy()
    assert x.dtype == dtype
    assert x.min() >= low and x.max() <= high
    if dtype in (np.float32, np.float64) and var == 1 / 12:
        assert x.max() < 1.0
    x = x.astype(np.float64)
    sd = np.sqrt(var / x.size)
    assert abs(x.mean() - mean) < 5 * sd + 1e-3 * (dtype == np.float16)
    assert abs(x.var() - var) < 0.02 * var


def test_integers_are_uniform():
    counts = np.bincount(ops.randint(0, 7, (70_000,)).asnumpy(), minlength=7)
    chi2 = ((counts - 10_000) ** 2 / 10_000).sum()
    assert counts.size == 7 and chi2 < 30        # 6 degrees of freedom: p ~ 4e-5


def test_normal_broadcasts_mean_and_stddev():
    mean, std = Tensor([0.0, 10.0, 20.0]), Tensor([[1.0], [3.0]])
    x = ops.normal((N // 6, 2, 3), mean, std)
    assert x.shape == (N // 6, 2, 3) and x.dtype == ms.float32
    np.testing.assert_allclose(x.asnumpy().mean(0), [[0, 10, 20]] * 2, atol=0.05)
    np.testing.assert_allclose(x.asnumpy().std(0), [[1] * 3, [3] * 3], rtol=0.03)
    assert ops.normal((2, 3), Tensor(np.zeros((4, 1, 1))), 1.0).shape == (4, 2, 3)
    assert ops.normal((3,), Tensor([[0.0], [10.0]]), Tensor([1.0, 2.0, 3.0])).shape == (2, 3)


@pytest.mark.parametrize('mean,stddev,dtype', [
    (0.0, 1.0, ms.float32), (0, 1, ms.float32), (Tensor([0, 1, 2]), 1, ms.float32),
    (Tensor(np.zeros(3)), 1.0, ms.float64), (np.zeros(3), 1.0, ms.float64),
    (0.0, Tensor(np.ones(3)), ms.float64),
])
def test_normal_dtype(mean, stddev, dtype):
    assert ops.normal((2, 3), mean, stddev).dtype == dtype


def test_uniform_broadcasts_bounds():
    x = ops.uniform((N // 3, 3), Tensor([0.0, 10.0, 20.0]), Tensor(30.0)).asnumpy()
    assert x.shape == (N // 3, 3)
    np.testing.assert_allclose(x.mean(0), [15, 20, 25], atol=0.2)
    assert (x.min(0) >= [0, 10, 20]).all() and x.max() < 30


def test_bernoulli_probabilities_per_element():
    p = Tensor([0.0, 1.0, 0.0, 1.0])
    for _ in range(5):
        assert ops.bernoulli(Tensor([5.0, 5.0, 5.0, 5.0]), p).tolist() == [0.0, 1.0, 0.0, 1.0]
    x = ops.bernoulli(Tensor(np.zeros((N // 2, 2), np.float64)), Tensor(np.array([0.2]))).asnumpy()
    assert x.dtype == np.float64 and abs(x.mean() - 0.2) < 0.01
    assert ops.bernoulli(Tensor([True, False]), 1.0).dtype == ms.bool_
    assert ops.bernoulli(Tensor(np.zeros(3, np.uint8))).dtype == ms.uint8


def test_multinomial_frequencies():
    w = np.array([1.0, 0.0, 3.0, 6.0])
    x = ops.multinomial(Tensor(w), 50_000).asnumpy()
    assert x.dtype == np.int32 and x.shape == (50_000,)
    counts = np.bincount(x, minlength=4)
    expected = 50_000 * w / w.sum()
    assert counts[1] == 0
    keep = expected > 0
    chi2 = ((counts[keep] - expected[keep]) ** 2 / expected[keep]).sum()
    assert chi2 < 25                              # 2 degrees of freedom
    rows = ops.multinomial(Tensor([[0.0, 1.0, 0.0], [1.0, 1.0, 1.0]]), 7)
    assert rows.shape == (2, 7) and (rows.asnumpy()[0] == 1).all()


def test_multinomial_without_replacement():
    w = Tensor([[1.0, 2.0, 0.0, 7.0], [5.0, 5.0, 5.0, 5.0]])
    firsts = []
    for _ in range(2000):
        x = ops.multinomial(w, 3, replacement=False).asnumpy()
        assert x.shape == (2, 3) and x.dtype == np.int32
        assert len(set(x[0])) == 3 and len(set(x[1])) == 3 and 2 not in x[0, :2]
        firsts.append(x[0, 0])
    counts = np.bincount(firsts, minlength=4)
    expected = 2000 * np.array([0.1, 0.2, 0.0, 0.7])
    assert counts[2] == 0
    assert (((counts - expected) ** 2 / np.maximum(expected, 1))[[0, 1, 3]]).sum() < 25
    assert ops.multinomial(Tensor([0.0, 9.0]), 0).shape == (0,)


def test_dropout_statistics():
    x = ops.ones((400, 500))
    out = ops.dropout(x, p=0.3).asnumpy()
    assert set(np.unique(out)) == {0.0, np.float32(1 / 0.7)}
    assert abs((out == 0).mean() - 0.3) < 0.01 and abs(out.mean() - 1.0) < 0.02
    for dtype in (np.float16, np.float64):
        assert ops.dropout(Tensor(np.ones(10, dtype))).dtype == ms.dtype.from_numpy(dtype)


def test_dropout_identity_cases():
    x = ops.ones((3, 4))
    assert ops.dropout(x, training=False) is x
    assert ops.dropout(x, p=0.0) is x
    assert ops.dropout(x, p=Tensor(0.5)).shape == (3, 4)
    assert ops.dropout2d(ops.ones((1, 2, 3, 3)), training=False).shape == (1, 2, 3, 3)


def test_dropout2d_zeroes_whole_channels():
    out = ops.dropout2d(ops.ones((100, 50, 2, 3)), 0.4).asnumpy()
    per_channel = out.reshape(100, 50, -1)
    assert (per_channel == per_channel[..., :1]).all()
    assert set(np.unique(out)) == {0.0, np.float32(1 / 0.6)}
    assert abs((per_channel[..., 0] == 0).mean() - 0.4) < 0.03
    assert (ops.dropout2d(ops.ones((2, 3, 1, 1)), 1.0).asnumpy() == 0).all()
    assert (ops.dropout2d(ops.ones((2, 3, 1, 1)), 1).asnumpy() == 0).all()
    ints = ops.dropout2d(Tensor(np.full((4, 8, 1, 1), 10, np.int32)), 0.3)
    assert ints.dtype == ms.int32 and set(np.unique(ints.asnumpy())) <= {0, 14}


def test_set_seed_reproduces_and_calls_differ():
    draws = [lambda s=None: ops.rand(5, seed=s), lambda s=None: ops.randn(5, seed=s),
             lambda s=None: ops.normal((5,), 0.0, 1.0, seed=s),
             lambda s=None: ops.uniform((5,), Tensor(0.0), Tensor(1.0), seed=s),
             lambda s=None: ops.randint(0, 1000, (5,), seed=s),
             lambda s=None: ops.multinomial(ops.ones(50), 5, seed=s),
             lambda s=None: ops.dropout(ops.ones(50), seed=s)]
    for seed in (None, 4):
        ms.set_seed(11)
        first = [(d(seed).asnumpy(), d(seed).asnumpy()) for d in draws]
        ms.set_seed(11)
        again = [(d(seed).asnumpy(), d(seed).asnumpy()) for d in draws]
        for (a, b), (c, d) in zip(first, again):
            np.testing.assert_array_equal(a, c)
            np.testing.assert_array_equal(b, d)
            assert not np.array_equal(a, b)
    ms.set_seed(11)
    assert not np.array_equal(ops.rand(5, seed=4).asnumpy(), ops.rand(5, seed=5).asnumpy())


def test_bernoulli_seed_repeats_as_in_mindspore():
    x = ops.zeros(64)
    a, b = ops.bernoulli(x, 0.5, seed=5), ops.bernoulli(x, 0.5, seed=5)
    np.testing.assert_array_equal(a.asnumpy(), b.asnumpy())
    ms.set_seed(2)
    c, d = ops.bernoulli(x, 0.5), ops.bernoulli(x, 0.5)
    ms.set_seed(2)
    np.testing.assert_array_equal(ops.bernoulli(x, 0.5).asnumpy(), c.asnumpy())
    assert not np.array_equal(c.asnumpy(), d.asnumpy())


def test_op_seed_is_reproducible_across_runs():
    code = ('import minispore as ms; from minispore import ops; '
            'print(ops.rand(3, seed=9).asnumpy().tolist(), ops.rand(3, seed=9).asnumpy().tolist())')
    runs = [subprocess.run([sys.executable, '-c', code], capture_output=True, text=True,
                           check=True).stdout for _ in range(2)]
    assert runs[0] == runs[1]


@pytest.mark.parametrize('fn,dtype', [
    (lambda: ops.rand(2), ms.float32), (lambda: ops.rand(), ms.float32),
    (lambda: ops.rand(2, dtype=ms.float16), ms.float16),
    (lambda: ops.randn(2, dtype=ms.float64), ms.float64),
    (lambda: ops.randint(0, 3, (2,)), ms.int64),
    (lambda: ops.randint(0, 3, (2,), dtype=ms.int8), ms.int8),
    (lambda: ops.rand_like(Tensor(np.zeros(2))), ms.float64),
    (lambda: ops.rand_like(Tensor([1, 2]), dtype=ms.float16), ms.float16),
    (lambda: ops.randn_like(Tensor(np.zeros(2))), ms.float32),
    (lambda: ops.randint_like(Tensor(np.zeros(2, np.int16)), 0, 3), ms.int16),
    (lambda: ops.randint_like(Tensor([1.5]), 0, 3, dtype=ms.int64), ms.int64),
    (lambda: ops.bernoulli(Tensor([1, 2])), ms.int64),
    (lambda: ops.multinomial(Tensor([1, 2]), 3), ms.int32),
])
def test_dtypes(fn, dtype):
    assert fn().dtype == dtype


@pytest.mark.parametrize('fn,shape', [
    (lambda: ops.rand(), (1,)), (lambda: ops.randn(2, 3), (2, 3)),
    (lambda: ops.rand([2, 3]), (2, 3)), (lambda: ops.rand(()), ()), (lambda: ops.rand(0), (0,)),
    (lambda: ops.randint(0, 2, ()), ()), (lambda: ops.normal((), 0.0, 1.0), ()),
    (lambda: ops.uniform((), Tensor(0.0), Tensor(1.0)), ()),
    (lambda: ops.uniform((2, 0), Tensor(0.0), Tensor(1.0)), (2, 0)),
    (lambda: ops.randn_like(Tensor(np.zeros((2, 1)))), (2, 1)),
    (lambda: ops.bernoulli(Tensor(2.0)), ()),
])
def test_shapes(fn, shape):
    assert fn().shape == shape


@pytest.mark.parametrize('fn,error,text', [
    (lambda: ops.rand(2, dtype=ms.int32), ValueError,
     "For 'rand', the 'dtype' must be a float type, but got Int32."),
    (lambda: ops.randn(2, 3.0), TypeError, "must all be int, but got 3.0"),
    (lambda: ops.rand(2.0), TypeError, "must be one of ['int', 'list', 'tuple'], but got 2.0"),
    (lambda: ops.rand(-1), ValueError, "For 'rand', the 0th dimension"),
    (lambda: ops.rand(2, seed=-1), ValueError,
     "For 'rand', the 'seed' must be int and must >= 0, but got '-1' with type 'int'."),
    (lambda: ops.rand(2, seed=1.0), TypeError, "For 'rand', the 'seed' must be int"),
    (lambda: ops.randint(0, 5, [2, 3]), ValueError,
     "For 'randint', the input 'size' must be a tuple, but got [2, 3]."),
    (lambda: ops.randint(0.0, 5, (2,)), TypeError, "'low' must be an int"),
    (lambda: ops.randint(5, 5, (2,)), RuntimeError, "invalid min/max values: (5/5)"),
    (lambda: ops.randint(0, 5, (2,), dtype=ms.float32), ValueError,
     "For 'randint', the 'dtype' must be an int type, but got Float32."),
    (lambda: ops.randint_like(np.zeros(3), 0, 5), TypeError,
     "For 'randint_like', the 'input' must be a Tensor"),
    (lambda: ops.randint_like(Tensor([1.0]), 0, 5), ValueError,
     "For 'randint_like', the 'dtype' must be an int type, but got Float32."),
    (lambda: ops.randint_like(Tensor([1]), 0, 5, dtype=ms.uint8), ValueError, "UInt8"),
    (lambda: ops.rand_like(Tensor([1])), ValueError,
     "For 'rand_like', the 'dtype' must be a float type, but got Int64."),
    (lambda: ops.randn_like([1.0]), TypeError, "For 'randn_like', the 'input' must be a Tensor"),
    (lambda: ops.normal([2, 3], 0.0, 1.0), TypeError, "the type of 'shape' must be tuple"),
    (lambda: ops.normal((2, 0), 0.0, 1.0), ValueError, "must be positive int, but got: 0"),
    (lambda: ops.normal((2,), '0', 1.0), TypeError,
     "For 'normal', the type of 'mean' must be Tensor, int, or float, but got: <class 'str'>"),
    (lambda: ops.normal((2, 3), Tensor([0.0, 1.0]), 1.0), ValueError,
     "For 'AddExt', input.shape and other.shape need to broadcast"),
    (lambda: ops.normal((2, 3), 0.0, Tensor([1.0, 1.0])), ValueError,
     "For 'Mul', input1.shape and input2.shape need to broadcast"),
    (lambda: ops.normal((2,), 0.0, 1.0, seed=-2), ValueError, "For 'normal', the 'seed'"),
    (lambda: ops.uniform((2,), 0.0, Tensor(1.0)), TypeError,
     "the input[minval] and input[maxval] must be a Tensor."),
    (lambda: ops.uniform((2,), Tensor(0.0), Tensor(1.0), dtype=ms.float64), TypeError,
     "For 'uniform', the 'dtype' must be mindspore.int32 or mindspore.float32, but got Float64."),
    (lambda: ops.uniform((2,), Tensor(1), Tensor(5), dtype=ms.int32), TypeError,
     "For 'uniform', the value data type 'Int32' is not consistent with assigned tensor data "
     "type Int64."),
    (lambda: ops.uniform((2,), Tensor(5, ms.int32), Tensor(1, ms.int32), dtype=ms.int32),
     RuntimeError, "For 'uniform', invalid min/max values: (5/1)"),
    (lambda: ops.uniform((2,), Tensor([1, 2], ms.int32), Tensor(5, ms.int32), dtype=ms.int32),
     ValueError, "'minval' should be a scalar tensor"),
    (lambda: ops.uniform((2, -1), Tensor(0.0), Tensor(1.0)), ValueError,
     "For 'uniform', the 1th dimension"),
    (lambda: ops.uniform([2], Tensor(0.0), Tensor(1.0)), TypeError,
     "For 'uniform', the 'shape' must be a tuple of ints"),
    (lambda: ops.bernoulli(Tensor([1.0]), 1.5), ValueError,
     "For bernoulli, p should be in [0, 1], but got 1.5."),
    (lambda: ops.bernoulli(Tensor([1.0]), Tensor([-0.5])), ValueError,
     "p should be in [0, 1], but got -0.5"),
    (lambda: ops.bernoulli(Tensor([1.0]), 1), TypeError, "the 'p' must be a float"),
    (lambda: ops.bernoulli(Tensor([1.0]), Tensor([1])), TypeError,
     "but got Tensor[Int64]"),
    (lambda: ops.bernoulli(Tensor([1.0, 2.0]), Tensor([0.1, 0.2, 0.3])), ValueError,
     "should have the same shape or 'p' have a size of 1"),
    (lambda: ops.bernoulli(Tensor(np.ones(2, np.float16))), TypeError, "Tensor[Float16]"),
    (lambda: ops.bernoulli([1.0]), TypeError, "For 'bernoulli', the 'input' must be a Tensor"),
    (lambda: ops.bernoulli(Tensor([1.0]), seed=-3), ValueError,
     "the 'seed' must be -1 or a non-negative integer, but got -3."),
    (lambda: ops.bernoulli(Tensor([1.0]), seed=1.5), TypeError,
     "For 'bernoulli', the type of 'seed' must be 'int', but got 'float'."),
    (lambda: ops.multinomial(Tensor(1.0), 2), ValueError,
     "For 'multinomial', the dimension of inputs must be 1d or 2d, but got 0."),
    (lambda: ops.multinomial(ops.ones((2, 2, 2)), 2), ValueError, "but got 3."),
    (lambda: ops.multinomial(ops.ones(3), 4, False), ValueError,
     "For 'multinomial', the 'num_samples' must be less than the last dimension of input "
     "without 'replacement', but got 'num_samples': 4 and 'replacement': False"),
    (lambda: ops.multinomial(ops.ones(3), -1), ValueError,
     "num_samples should be a nonnegative number, but got -1."),
    (lambda: ops.multinomial(ops.ones(3), 2.0), TypeError, "'num_samples' must be an int"),
    (lambda: ops.dropout(ops.ones(3), p=1.0), RuntimeError,
     "For 'dropout', the 'keep_prob' (1 - p) must be in (0.0, 1.0], but got 0."),
    (lambda: ops.dropout(ops.ones(3), p=-0.1), RuntimeError, "but got 1.1."),
    (lambda: ops.dropout(ops.ones(3), p=1), TypeError, "For 'dropout', the 'p' must be a float"),
    (lambda: ops.dropout(Tensor([1, 2]), p=0.5), TypeError, "but got Tensor[Int64]."),
    (lambda: ops.dropout(ops.ones(3), training=1), TypeError,
     "For 'dropout', the 'training' must be a bool, but got int."),
    (lambda: ops.dropout(ops.ones(3), seed=-1), ValueError, "For 'dropout', the 'seed'"),
    (lambda: ops.dropout(np.ones(3)), TypeError, "For 'dropout', the 'input' must be a Tensor"),
    (lambda: ops.dropout2d(ops.ones((2, 3, 2))), ValueError,
     "For 'dropout2d', the rank of input must be equal to 4, but got 3."),
    (lambda: ops.dropout2d(ops.ones((1, 1, 1, 1)), 1.5), ValueError,
     "must be in range of [0.0, 1.0], but got -0.5 with type 'float'."),
    (lambda: ops.dropout2d(ops.ones((1, 1, 1, 1)), Tensor(0.5)), TypeError,
     "For 'dropout2d', the type of 'p' should be 'float', but got type 'Tensor'."),
    (lambda: ops.dropout2d(Tensor(np.ones((1, 1, 1, 1), np.bool_))), TypeError, "Tensor[Bool]"),
    (lambda: ops.dropout2d(ops.ones((1, 1, 1, 1)), training=None), TypeError,
     "For 'dropout2d', the 'training' must be a bool, but got NoneType."),
])
def test_errors(fn, error, text):
    with pytest.raises(error) as info:
        fn()
    assert text in str(info.value)
