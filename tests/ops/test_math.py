"""Elementwise math and activations: values against NumPy, derivatives against finite
differences, MindSpore's conventions at non-smooth points, result dtypes and errors."""
import math

import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops
from minispore._core.primitive import evaluate
from minispore._graph.shape_rules import ShapedArray, abstract_eval_rules, abstractify
from minispore.ops import primitives as Prims

from opcheck import I, P, T, case, op_tests, reseed

reseed(11)

nan, inf = float('nan'), float('inf')
SELU_ALPHA, SELU_SCALE = 1.6732632423543772, 1.0507009873554805


def K(*values):
    """A float32 Tensor of the given values (chosen away from the kinks of an op)."""
    return Tensor(np.array(values, np.float32))


def S(*shape):
    """A float32 Tensor of magnitudes in [0.5, 2) with random signs (away from 0)."""
    return P(*shape) * Tensor(np.sign(np.asarray(T(*shape))))


def F32(*values):
    return np.array(values, np.float32)


erf_ref = np.vectorize(math.erf)
erfc_ref = np.vectorize(math.erfc)


@np.vectorize
def erfinv_ref(y):
    x = 0.0                         # Newton from 0 increases monotonically to the root
    for _ in range(60):
        x -= (math.erf(x) - y) / (2 / math.sqrt(math.pi) * math.exp(-x * x))
    return x


def sigmoid_ref(x):
    return 1 / (1 + np.exp(-x))


def softplus_ref(x):
    return np.logaddexp(0, x)


def elu_ref(x, alpha=1.0):
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


def gelu_ref(x):
    return 0.5 * x * (1 + erf_ref(x / math.sqrt(2)))


def gelu_tanh_ref(x):
    return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


ACT = K(-3.7, -1.3, -0.4, 0.3, 1.1, 2.6, 4.2, 5.8, 6.9)     # no kink of any activation here
MASK = Tensor(np.array([[True], [False], [True]]))
NONFINITE = K(1.5, nan, inf, -inf, -0.0)
DIVIDEND = Tensor(F32([2.0, 1.1, -3.3, 5.2], [0.5, -2.4, 7.7, -0.9], [-4.6, 0.3, 1.5, 3.6]))

CASES = {
    # exponentials and logarithms
    'exp2': case(ops.exp2, [T(3, 4)], np.exp2),
    'expm1': case(ops.expm1, [T(3, 4)], np.expm1),
    'log2': case(ops.log2, [P(3, 4)], np.log2),
    'log10': case(ops.log10, [P(3, 4)], np.log10),
    'log1p': case(ops.log1p, [T(3, 4, low=-0.5, high=3.0)], np.log1p),
    'rsqrt': case(ops.rsqrt, [P(3, 4)], lambda x: 1 / np.sqrt(x)),
    'reciprocal': case(ops.reciprocal, [K(-1.5, -0.5, 0.7, 2.0)], lambda x: 1 / x),
    # trigonometric and hyperbolic
    'tan': case(ops.tan, [T(3, 4, low=-1.0, high=1.0)], np.tan),
    'asin': case(ops.asin, [T(3, 4, low=-0.7, high=0.7)], np.arcsin),
    'acos': case(ops.acos, [T(3, 4, low=-0.7, high=0.7)], np.arccos),
    'atan': case(ops.atan, [T(3, 4)], np.arctan),
    'atan2': case(ops.atan2, [S(3, 4), S(4)], np.arctan2),
    'atan2_scalar': case(lambda y: ops.atan2(y, -1.5), [T(3)], lambda y: np.arctan2(y, -1.5)),
    'sinh': case(ops.sinh, [T(3, 4)], np.sinh),
    'cosh': case(ops.cosh, [T(3, 4)], np.cosh),
    'asinh': case(ops.asinh, [T(3, 4)], np.arcsinh),
    'acosh': case(ops.acosh, [T(3, 4, low=1.5, high=3.0)], np.arccosh),
    'atanh': case(ops.atanh, [T(3, 4, low=-0.6, high=0.6)], np.arctanh),
    # error function
    'erf': case(ops.erf, [T(3, 4, low=-3.0, high=3.0)], erf_ref),
    'erfc': case(ops.erfc, [T(3, 4, low=-3.0, high=3.0)], erfc_ref),
    'erfinv': case(ops.erfinv, [T(3, 4, low=-0.7, high=0.7)], erfinv_ref, rtol=1e-4),
    # rounding
    'ceil': case(ops.ceil, [T(3, 4) * 3], np.ceil, order=0),
    'round': case(ops.round, [T(3, 4) * 3], np.round, order=0),
    'round_decimals': case(lambda x: ops.round(x, decimals=2), [T(3, 4)],
                           lambda x: np.round(x, 2), order=0),
    'round_negative_decimals': case(lambda x: ops.round(x, decimals=-1), [T(3, 4) * 100],
                                    lambda x: np.round(x, -1), order=0),
    'trunc': case(ops.trunc, [T(3, 4) * 3], np.trunc, order=0),
    'fmod': case(ops.fmod, [DIVIDEND, K(1.3, -0.7, 2.1, -1.9)], np.fmod),
    'fmod_scalar': case(lambda x: ops.fmod(x, 1.45), [DIVIDEND], lambda x: np.fmod(x, 1.45)),
    # composite arithmetic
    'lerp': case(ops.lerp, [T(3, 4), T(4), T(3, 1)], lambda a, b, w: a + w * (b - a)),
    'lerp_scalar_weight': case(lambda a, b: ops.lerp(a, b, 0.3), [T(3, 4), T(4)],
                               lambda a, b: a + 0.3 * (b - a)),
    'addcmul': case(lambda x, a, b: ops.addcmul(x, a, b, 0.5), [T(3, 4), T(4), T(3, 1)],
                    lambda x, a, b: x + 0.5 * a * b),
    'addcmul_tensor_value': case(ops.addcmul, [T(3, 4), T(4), T(3, 1), T()],
                                 lambda x, a, b, v: x + v * a * b),
    'addcdiv': case(lambda x, a, b: ops.addcdiv(x, a, b, 2), [T(3, 4), T(4), T(3, 1, low=1.0)],
                    lambda x, a, b: x + 2 * a / b),
    'addcdiv_default_value': case(ops.addcdiv, [T(3, 4), T(4), T(3, 1, low=1.0)],
                                  lambda x, a, b: x + a / b),
    'logaddexp': case(ops.logaddexp, [T(3, 4), T(4)], np.logaddexp),
    'hypot': case(ops.hypot, [S(3, 4), S(4)], np.hypot),
    'xlogy': case(ops.xlogy, [T(3, 4), P(4)], lambda x, y: x * np.log(y)),
    # predicates and replacement
    'isnan': case(ops.isnan, [NONFINITE], np.isnan, order=0),
    'isinf': case(ops.isinf, [NONFINITE], np.isinf, order=0),
    'isfinite': case(ops.isfinite, [NONFINITE], np.isfinite, order=0),
    'nan_to_num': case(ops.nan_to_num, [T(3, 4)], np.nan_to_num),
    'nan_to_num_values': case(lambda x: ops.nan_to_num(x, 1.0, 2.0, -3.0), [NONFINITE],
                              lambda x: np.nan_to_num(x, nan=1.0, posinf=2.0, neginf=-3.0),
                              order=0),
    'isclose': case(ops.isclose, [K(1.0, 1.0, 2.0, inf, nan, 0.0),
                                  K(1.000001, 1.1, 2.0, inf, nan, 1e-9)], np.isclose, order=0),
    'masked_fill': case(lambda x, v: ops.masked_fill(x, MASK, v), [T(3, 4), T()],
                        lambda x, v: np.where(np.asarray(MASK), v, x)),
    'bitwise_and': case(ops.bitwise_and, [I(3, 4, low=-9, high=9), I(4)], np.bitwise_and,
                        order=0),
    'bitwise_or': case(ops.bitwise_or, [I(3, 4, low=-9, high=9), I(4)], np.bitwise_or,
                       order=0),
    'bitwise_xor': case(ops.bitwise_xor, [I(3, 4, low=-9, high=9), I(4)], np.bitwise_xor,
                        order=0),
    # activations
    'relu6': case(ops.relu6, [ACT], lambda x: np.clip(x, 0, 6)),
    'leaky_relu': case(ops.leaky_relu, [ACT], lambda x: np.where(x > 0, x, 0.2 * x)),
    'leaky_relu_alpha_above_1': case(lambda x: ops.leaky_relu(x, 1.5), [ACT],
                                     lambda x: np.where(x > 0, x, 1.5 * x)),
    'elu': case(ops.elu, [ACT], elu_ref),
    'elu_alpha': case(lambda x: ops.elu(x, 2.0), [ACT], lambda x: elu_ref(x, 2.0)),
    'selu': case(ops.selu, [ACT], lambda x: SELU_SCALE * elu_ref(x, SELU_ALPHA)),
    'celu': case(lambda x: ops.celu(x, 2.0), [ACT],
                 lambda x: np.maximum(x, 0) + np.minimum(0, 2.0 * np.expm1(x / 2.0))),
    'gelu': case(ops.gelu, [ACT], gelu_ref),
    'gelu_tanh': case(lambda x: ops.gelu(x, approximate='tanh'), [ACT], gelu_tanh_ref),
    'silu': case(ops.silu, [ACT], lambda x: x * sigmoid_ref(x)),
    'mish': case(ops.mish, [ACT], lambda x: x * np.tanh(softplus_ref(x))),
    'hardswish': case(ops.hardswish, [ACT], lambda x: x * np.clip(x + 3, 0, 6) / 6),
    'hardsigmoid': case(ops.hardsigmoid, [ACT], lambda x: np.clip(x + 3, 0, 6) / 6),
    'softsign': case(ops.softsign, [ACT], lambda x: x / (1 + np.abs(x))),
    'logsigmoid': case(ops.logsigmoid, [ACT], lambda x: -softplus_ref(-x)),
}

test_forward_float32, test_forward_float64, test_grads = op_tests(CASES)


def grad_at(fn, *values):
    return ms.grad(fn)(K(*values)).asnumpy()


# ---- MindSpore's conventions at non-smooth points (measured on MindSpore 2.10) ----
def test_relu6_gradient_is_0_at_0_and_1_at_6():
    np.testing.assert_array_equal(grad_at(ops.relu6, -1, 0, 3, 6, 7), [0, 0, 1, 1, 0])


def test_leaky_relu_gradient_at_0_is_the_mean_of_the_sides():
    np.testing.assert_allclose(grad_at(ops.leaky_relu, 0, -1, 1), [0.6, 0.2, 1])
    np.testing.assert_allclose(grad_at(lambda x: ops.leaky_relu(x, -0.5), 0), [0.25])
    np.testing.assert_allclose(ops.leaky_relu(K(-3, 3), -0.5).asnumpy(), [1.5, 3])
    np.testing.assert_allclose(ops.leaky_relu(K(-3, 3), 1.5).asnumpy(), [-4.5, 3])


def test_hardswish_and_hardsigmoid_gradients_at_the_ends():
    np.testing.assert_allclose(grad_at(ops.hardswish, -3, 0, 3, -4, 4), [-0.5, 0.5, 1.5, 0, 1],
                               rtol=1e-6)
    np.testing.assert_allclose(grad_at(ops.hardsigmoid, -3, 0, 3, -4, 4),
                               [0, 1 / 6, 0, 0, 0], rtol=1e-6)
    assert str(ops.hardswish(K(-4.0, -3.0))) == '[0. 0.]'       # +0, not -0


def test_elu_family_gradient_at_0():
    np.testing.assert_allclose(grad_at(ops.elu, 0), [1])
    np.testing.assert_allclose(grad_at(lambda x: ops.elu(x, 2.0), 0), [1])
    np.testing.assert_allclose(grad_at(lambda x: ops.celu(x, 2.0), 0), [1])
    np.testing.assert_allclose(grad_at(ops.selu, 0), [SELU_SCALE], rtol=1e-6)


def test_selu_gradient_below_0_is_the_true_derivative():
    # MindSpore 2.10 gives scale * (selu(x) + 1) = -0.5465 at -2; the derivative is 0.2379
    np.testing.assert_allclose(grad_at(ops.selu, -2), [SELU_SCALE * SELU_ALPHA * math.exp(-2)],
                               rtol=1e-6)


def test_softsign_gelu_mish_gradients_at_0():
    np.testing.assert_allclose(grad_at(ops.softsign, 0), [1])
    np.testing.assert_allclose(grad_at(ops.gelu, 0), [0.5])
    np.testing.assert_allclose(grad_at(ops.mish, 0), [0.6], rtol=1e-6)


def test_rounding_has_zero_gradient():
    for fn in (ops.ceil, ops.round, ops.trunc, lambda x: ops.round(x, decimals=1)):
        np.testing.assert_array_equal(grad_at(fn, -1.5, 0.3, 2.5), [0, 0, 0])


def test_nan_to_num_gradient_is_0_where_replaced():
    np.testing.assert_array_equal(grad_at(ops.nan_to_num, nan, inf, -inf, 1, 2), [0, 0, 0, 1, 1])


def test_xlogy_at_zero():
    x, y = K(0, 0, 0, 1, 2), K(0, 2, -1, 0.5, 3)
    np.testing.assert_allclose(ops.xlogy(x, y).asnumpy(), [0, 0, 0, math.log(0.5), 2 * math.log(3)],
                               rtol=1e-6)
    dx, dy = ms.grad(ops.xlogy, (0, 1))(x, y)
    np.testing.assert_allclose(dx.asnumpy(), [0, math.log(2), 0, math.log(0.5), math.log(3)],
                               rtol=1e-6)
    np.testing.assert_allclose(dy.asnumpy(), [0, 0, 0, 2, 2 / 3], rtol=1e-6)
    assert np.isnan(ops.xlogy(K(0), K(nan)).asnumpy()).all()


def test_fmod_has_the_sign_of_the_dividend():
    x, y = K(-7.5, -3.0, 3.0, 7.5), K(2.0, -2.0, 2.5, -2.0)
    np.testing.assert_array_equal(ops.fmod(x, y).asnumpy(), [-1.5, -1, 0.5, 1.5])
    dx, dy = ms.grad(ops.fmod, (0, 1))(x, y)
    np.testing.assert_array_equal(dx.asnumpy(), [1, 1, 1, 1])
    np.testing.assert_array_equal(dy.asnumpy(), [3, -1, -1, 3])
    out = ops.fmod(Tensor(np.array([-7, 7], np.int32)), Tensor(np.array([0, 3], np.int32)))
    assert out.dtype == ms.int32 and out.asnumpy().tolist() == [-7, 1]   # x fmod 0 is x


def test_round_halves_to_even():
    np.testing.assert_array_equal(ops.round(K(-2.5, -1.5, -0.5, 0.5, 1.5, 2.5)).asnumpy(),
                                  [-2, -2, 0, 0, 2, 2])
    assert ops.round(Tensor([15, 25]), decimals=-1).asnumpy().tolist() == [20, 20]


# ---- result dtypes ----
@pytest.mark.parametrize('name', ['exp2', 'expm1', 'log2', 'log10', 'log1p', 'rsqrt',
                                  'reciprocal', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
                                  'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'erfinv', 'elu',
                                  'silu', 'logsigmoid'])
def test_int_input_gives_float32(name):
    for dtype in (np.int8, np.int32, np.int64, np.bool_):
        assert getattr(ops, name)(Tensor(np.array([1, 0], dtype))).dtype == ms.float32


@pytest.mark.parametrize('name', ['exp2', 'expm1', 'log2', 'log1p', 'tan', 'asinh', 'erf',
                                  'erfc', 'erfinv', 'ceil', 'round', 'trunc', 'relu6', 'elu',
                                  'gelu', 'silu', 'mish', 'hardswish', 'softsign', 'logsigmoid'])
def test_float16_and_float64_are_kept(name):
    for dtype in (np.float16, np.float64):
        assert getattr(ops, name)(Tensor(np.array([0.5], dtype))).dtype.np_dtype == dtype


def test_ops_that_keep_int_types():
    i32 = Tensor(np.array([-3, 0, 4], np.int32))
    for fn, want in [(ops.trunc, [-3, 0, 4]), (ops.round, [-3, 0, 4]),
                     (ops.leaky_relu, [0, 0, 4]), (ops.hardswish, [0, 0, 4]),
                     (ops.hardsigmoid, [0, 0, 1])]:
        out = fn(i32)
        assert out.dtype == ms.int32 and out.asnumpy().tolist() == want, fn
    assert ops.leaky_relu(i32, 2).asnumpy().tolist() == [-6, 0, 4]
    assert ops.selu(i32).dtype == ms.int32
    assert ops.trunc(Tensor([True, False])).dtype == ms.bool_
    assert ops.isnan(i32).dtype == ms.bool_ and not ops.isinf(i32).asnumpy().any()
    assert ops.nan_to_num(i32).dtype == ms.int32


def test_addcmul_and_addcdiv_on_ints():
    a, b, c = Tensor([1, 2]), Tensor([3, 6]), Tensor([1, 2])
    assert ops.addcmul(a, b, c, 2).asnumpy().tolist() == [7, 26]
    assert ops.addcmul(a, b, c, 0.5).asnumpy().tolist() == [1, 2]     # value cast to Int64
    out = ops.addcdiv(a, Tensor([-3, -7]), Tensor([2, 2]), 1)
    assert out.dtype == ms.int64 and out.asnumpy().tolist() == [0, -1]
    i32 = Tensor(np.array([1, 2], np.int32))
    assert ops.addcmul(i32, i32, i32, 2).dtype == ms.int32


def test_bitwise_dtypes():
    i32, i64 = Tensor(np.array([12, -7], np.int32)), Tensor([10, 3])
    assert ops.bitwise_and(i32, i64).dtype == ms.int64
    assert ops.bitwise_and(i32, 3).dtype == ms.int32
    b = ops.bitwise_or(Tensor([True, False]), Tensor([False, False]))
    assert b.dtype == ms.bool_ and b.asnumpy().tolist() == [True, False]
    assert ops.bitwise_xor(Tensor([True, False]), Tensor([3, 2])).dtype == ms.int64
    u8 = Tensor(np.array([12, 7], np.uint8))
    assert ops.bitwise_and(u8, u8).dtype == ms.uint8


def test_lerp_keeps_the_input_dtype():
    out = ops.lerp(K(1, 2), K(3, 6), Tensor(np.array([0.5])))
    assert out.dtype == ms.float32 and out.asnumpy().tolist() == [2, 4]


# ---- defaults and special values ----
def test_nan_to_num_defaults_are_the_dtype_limits():
    out = ops.nan_to_num(K(nan, inf, -inf, 1.5)).asnumpy()
    f32 = np.finfo(np.float32)
    np.testing.assert_array_equal(out, F32(0, f32.max, f32.min, 1.5))
    out = ops.nan_to_num(Tensor(np.array([inf, -inf], np.float16)))
    assert out.asnumpy().tolist() == [65504, -65504]
    np.testing.assert_array_equal(ops.nan_to_num(K(nan, inf), nan=Tensor(1.0)).asnumpy(),
                                  F32(1, f32.max))


def test_isclose_defaults_and_options():
    a, b = K(1, 1, nan, inf, -inf, 1), K(1 + 1e-6, 1.1, nan, inf, inf, 1 + 2e-5)
    assert ops.isclose(a, b).asnumpy().tolist() == [True, False, False, True, False, False]
    assert ops.isclose(a, b, equal_nan=True).asnumpy()[2]
    assert ops.isclose(a, b, rtol=0.2).asnumpy()[[1, 5]].all()
    assert ops.isclose(Tensor([[1.0], [2.0]]), Tensor([1.0, 2.0])).shape == (2, 2)
    assert ops.isclose(Tensor([1, 2]), Tensor([1, 3])).asnumpy().tolist() == [True, False]


def test_masked_fill_broadcasts_and_casts_the_value():
    out = ops.masked_fill(K(1, 2), Tensor([[True], [False]]), 0.5)
    assert out.asnumpy().tolist() == [[0.5, 0.5], [1, 2]]
    out = ops.masked_fill(Tensor(np.array([1, 2], np.int32)), Tensor([True, False]), 2.7)
    assert out.dtype == ms.int32 and out.asnumpy().tolist() == [2, 2]
    out = ops.masked_fill(K(1, 2), Tensor([True, False]), Tensor(np.array(0.5)))
    assert out.dtype == ms.float32
    mask = Tensor([True, False, True])
    dx, dv = ms.grad(lambda x, v: ops.masked_fill(x, mask, v), (0, 1))(K(1, 2, 3), K(0.0)[0])
    assert dx.asnumpy().tolist() == [0, 1, 0] and float(dv) == 2


def test_erf_and_erfc_are_accurate_in_float64():
    x = np.concatenate([np.linspace(-27, 27, 20001), np.logspace(-300, 1.4, 2000),
                        -np.logspace(-300, 1.4, 2000), [0.0, 0.46875, 4.0]])
    for fn, ref in ((ops.erf, math.erf), (ops.erfc, math.erfc)):
        got = fn(Tensor(x)).asnumpy()
        want = np.array([ref(v) for v in x])
        keep = np.abs(want) > 1e-290
        np.testing.assert_allclose(got[keep], want[keep], rtol=2e-15, atol=0)
    special = ops.erf(Tensor([nan, inf, -inf])).asnumpy()
    assert np.isnan(special[0]) and special[1:].tolist() == [1, -1]
    assert ops.erfc(Tensor([inf, -inf])).asnumpy().tolist() == [0, 2]


def test_erfinv_inverts_erf_in_float64():
    y = np.concatenate([np.linspace(-0.999, 0.999, 4001), 1 - np.logspace(-16, -1, 200),
                        -np.logspace(-300, -1, 200)])
    x = ops.erfinv(Tensor(y)).asnumpy()
    near_one = np.abs(y) > 0.5                   # compare 1 - |y| through erfc there
    back = np.array([math.erf(v) for v in x[~near_one]])
    np.testing.assert_allclose(back, y[~near_one], rtol=2e-15, atol=1e-300)
    back = np.array([math.erfc(abs(v)) for v in x[near_one]])
    np.testing.assert_allclose(back, 1 - np.abs(y[near_one]), rtol=1e-13)
    special = ops.erfinv(Tensor([1.0, -1.0, 1.5, nan, 0.0])).asnumpy()
    assert special[:2].tolist() == [inf, -inf] and np.isnan(special[2:4]).all()
    assert special[4] == 0


# ---- errors: MindSpore's exception types and first lines ----
I64 = Tensor([1, 2, 3])
F3 = K(1, 2, 3)

ERRORS = [
    (lambda: ops.ceil(I64), TypeError,
     "For primitive[Ceil], the input argument[input_x] must be a type of {BFloat16, Float16, "
     "Float32, Float64}, but got Int64."),
    (lambda: ops.relu6(I64), TypeError,
     "For primitive[ReLU6], the input argument[input_x] must be a type of {Tensor[Float16], "
     "Tensor[Float32]}, but got Tensor[Int64]."),
    (lambda: ops.celu(I64), TypeError, "For primitive[CeLU], the input argument[input_x]"),
    (lambda: ops.mish(I64), TypeError, "For primitive[Mish], the input argument[input_x]"),
    (lambda: ops.softsign(I64), TypeError, "For primitive[Softsign], the input argument"),
    (lambda: ops.selu(I64), TypeError,
     "For primitive[SeLU], the input argument[input_x] must be a type of {Tensor[Float16], "
     "Tensor[Float32], Tensor[Float64], Tensor[Int32], Tensor[Int8]}, but got Tensor[Int64]."),
    (lambda: ops.hypot(I64, I64), TypeError,
     "For primitive[Hypot], the input argument[x1] must be a type of {Tensor[Float32], "
     "Tensor[Float64]}, but got Tensor[Int64]."),
    (lambda: ops.gelu(I64), TypeError,
     "For gelu, the input dtype must be bfloat16, float16, float32 or float64, but got Int64."),
    (lambda: ops.gelu(F3, approximate='x'), ValueError,
     "For ops.gelu, approximate value should be either 'none' or 'tanh'."),
    (lambda: ops.logaddexp(I64, I64), TypeError,
     "For logaddexp, the dtype of 'input' and 'other' must be float,but got Int64 and Int64."),
    (lambda: ops.logaddexp(F3, 1.0), TypeError,
     "For logaddexp, the other must be a Tensor, but got <class 'float'>."),
    (lambda: ops.bitwise_and(I64, F3), TypeError,
     "For primitive[BitwiseAnd], the input argument[x] must be a type of {Tensor[Bool], "
     "Tensor[Int16], Tensor[Int32], Tensor[Int64], Tensor[Int8], Tensor[UInt16], "
     "Tensor[UInt32], Tensor[UInt64], Tensor[UInt8]}, but got Tensor[Float32]."),
    (lambda: ops.bitwise_xor(I64, 2.5), TypeError, "For primitive[BitwiseXor]"),
    (lambda: ops.isclose(I64, F3), TypeError, "For primitive[IsClose], the input type must be "
                                              "same."),
    (lambda: ops.masked_fill(F3, I64, 0.5), TypeError,
     "For primitive[MaskedFill], the input argument[mask] must be a type of {Bool}, but got "
     "Int64."),
    (lambda: ops.masked_fill(F3, Tensor([True, False, True]), K(1, 2)), ValueError,
     "For 'MaskedFill', 'value' only supports a 0-dimensional value tensor or a float number, "
     "but got tensor with 1 dimension(s)."),
    (lambda: ops.masked_fill(Tensor([[1.0, 2.0]]), Tensor([True, False, True]), 0.5),
     ValueError,
     "For 'MaskedFill', input.shape and mask.shape need to broadcast. The value of "
     "input.shape[2] or mask.shape[1] must be 1 or -1 when they are not the same, but got "
     "input.shape = [1, 2] and mask.shape = [3]"),
    (lambda: ops.masked_fill(F3, Tensor([True, False, True]), 'x'), TypeError,
     "For 'MaskedFill', 'value' must be a number"),
    (lambda: ops.atan2(F3, K(1, 2)), ValueError,
     "For 'Atan2', input1.shape and input2.shape need to broadcast. The value of "
     "input1.shape[1] or input2.shape[1] must be 1 or -1 when they are not the same, but got "
     "input1.shape = [3] and input2.shape = [2]"),
    (lambda: ops.hypot(F3, K(1, 2)), ValueError, "For 'Hypot', input1.shape and input2.shape"),
    (lambda: ops.isclose(F3, K(1, 2)), ValueError, "For 'IsClose', input1.shape and"),
    (lambda: ops.bitwise_and(I64, Tensor([1, 2])), ValueError, "For 'BitwiseAnd', input1"),
    (lambda: ops.lerp(F3, K(1, 2), 0.5), ValueError,
     "For 'Lerp', start.shape and end.shape need to broadcast. The value of start.shape[1] or "
     "end.shape[1] must be 1 or -1 when they are not the same, but got start.shape = [3] and "
     "end.shape = [2]"),
    (lambda: ops.lerp(F3, F3, K(0.5, 0.5)), ValueError,
     "For 'Lerp', start.shape and weight.shape need to broadcast."),
    (lambda: ops.addcmul(F3, K(1, 2), F3), ValueError,
     "For 'Addcmul', input.shape and tensor1.shape need to broadcast."),
    (lambda: ops.addcdiv(F3, F3, K(1, 2)), ValueError,
     "For 'Addcdiv', tensor1.shape and tensor2.shape need to broadcast."),
    (lambda: ops.xlogy(F3, K(1, 2)), ValueError,
     "For XLogy, the shape of input [const vector]{3} and the shape of other "
     "[const vector]{2} cannot broadcast."),
    (lambda: ops.fmod(2.0, 3.0), TypeError,
     "At least one of the types of inputs must be tensor, but the type of 'input' got is "
     "<class 'float'>, and the type of 'other' is <class 'float'>."),
    (lambda: ops.leaky_relu(F3, 'x'), TypeError,
     "For 'leaky_relu', the type of 'alpha' should be one of '['float', 'int']', but got type "
     "'str'."),
    (lambda: ops.celu(F3, 0.0), ValueError,
     "For primitive[CeLU], the alpha must be not equal to 0 , but got 0."),
    (lambda: ops.round(F3, decimals=1.5), TypeError, "For 'round', the type of 'decimals'"),
    (lambda: ops.nan_to_num(F3, nan='x'), TypeError, "For 'nan_to_num', 'nan' must be"),
]


@pytest.mark.parametrize('fn,error,message', ERRORS, ids=[e[2][:40] for e in ERRORS])
def test_errors(fn, error, message):
    with pytest.raises(error) as info:
        fn()
    assert str(info.value).startswith(message), str(info.value)


# ---- shape rules ----
MATH_PRIMITIVES = [
    (Prims.tan_p, (F32(0.5, 1),)), (Prims.erf_p, (np.array([1, 2], np.int8),)),
    (Prims.erfinv_p, (np.ones((2, 1), np.float16),)), (Prims.round_p, (np.ones(3, np.int32),)),
    (Prims.trunc_p, (np.ones(3, np.bool_),)), (Prims.isnan_p, (np.ones(3, np.float32),)),
    (Prims.atan2_p, (np.ones((2, 1), np.int64), F32(1, 2))),
    (Prims.fmod_p, (np.ones((2, 1), np.int32), 2.5)),
    (Prims.hypot_p, (F32(3), np.ones((2, 1)))),
    (Prims.logaddexp_p, (F32(1, 2), F32(1))),
    (Prims.bitwise_xor_p, (np.ones(3, np.int32), np.ones((2, 1), np.int64))),
]


@pytest.mark.parametrize('prim,args', MATH_PRIMITIVES, ids=[str(p) for p, _ in MATH_PRIMITIVES])
def test_abstract_eval_agrees_with_impl(prim, args):
    out = np.asarray(evaluate(prim, args, {}))
    assert abstract_eval_rules[prim](*map(abstractify, args)) == ShapedArray(out.shape, out.dtype)


def test_abstract_eval_of_primitives_with_params():
    args, params = (F32(1, 2), np.ones((3, 1), np.float32)), dict(rtol=1e-5, atol=1e-8,
                                                                 equal_nan=False)
    out = np.asarray(evaluate(Prims.is_close_p, args, params))
    aval = abstract_eval_rules[Prims.is_close_p](*map(abstractify, args), **params)
    assert aval == ShapedArray(out.shape, out.dtype)
    x = np.ones((2, 3), np.float16)
    aval = abstract_eval_rules[Prims.nan_to_num_p](abstractify(x), nan=0.0, posinf=None,
                                                   neginf=None)
    assert aval == ShapedArray((2, 3), np.float16)
