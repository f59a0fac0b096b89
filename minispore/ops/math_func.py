"""Elementwise math and activation functions of mindspore.ops beyond the core arithmetic."""
import math
import numbers

import numpy as np

from .._core.errors import _not_broadcast
from .._core.primitive import bind
from ..common import dtype as mstype
from ..common.tensor import Tensor
from . import functional as F
from . import primitives as P

__all__ = ['exp2', 'expm1', 'log2', 'log10', 'log1p', 'rsqrt', 'reciprocal',
           'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'asinh', 'acosh', 'atanh',
           'erf', 'erfc', 'erfinv', 'ceil', 'round', 'trunc', 'fmod',
           'lerp', 'addcmul', 'addcdiv', 'logaddexp', 'hypot', 'xlogy',
           'isnan', 'isinf', 'isfinite', 'nan_to_num', 'isclose', 'masked_fill',
           'bitwise_and', 'bitwise_or', 'bitwise_xor',
           'relu6', 'leaky_relu', 'elu', 'selu', 'celu', 'gelu', 'silu', 'mish', 'hardswish',
           'hardsigmoid', 'softsign', 'logsigmoid']

_LN2, _LN10, _SQRT2 = math.log(2.0), math.log(10.0), math.sqrt(2.0)
_FLOATS = 'Tensor[Float16], Tensor[Float32], Tensor[Float64]'


def _dtype(x):
    """The NumPy dtype of a Tensor; a Python float counts as Float32, an int as Int64."""
    if isinstance(x, Tensor):
        return x._data.dtype
    if isinstance(x, float):
        return np.dtype(np.float32)
    return np.asarray(x).dtype


def _type_name(x):
    return mstype.from_numpy(_dtype(x)).name


def _check_type(x, prim, allowed=_FLOATS, arg='input_x', kinds='f', tensor=True):
    """MindSpore's TypeError when the dtype of `x` is not of one of the NumPy `kinds`."""
    if _dtype(x).kind not in kinds:
        got = f'Tensor[{_type_name(x)}]' if tensor else _type_name(x)
        raise TypeError(f"For primitive[{prim}], the input argument[{arg}] must be a type of "
                        f"{{{allowed}}}, but got {got}.")


def _check_tensor(x, op, name):
    if not isinstance(x, Tensor):
        raise TypeError(f"For '{op}', the '{name}' must be a Tensor, but got "
                        f"{type(x).__name__}.")


def _shape(x):
    return tuple(np.shape(x._data if isinstance(x, Tensor) else x))


def _broadcast_error(op, *named):
    """MindSpore's ValueError for the first pair of `(name, value)` arguments in `named`
    (pairs in the order MindSpore checks them) whose shapes do not broadcast."""
    for (an, a), (bn, b) in named:
        error = _not_broadcast(op, an, bn, _shape(a), _shape(b))
        if error is not None:
            return error
    return None


def _as_float(x):
    """`x` as Float32 when it is an int or bool Tensor (the type MindSpore computes them in)."""
    if isinstance(x, Tensor) and x._data.dtype.kind in 'biu':
        return F.cast(x, mstype.float32)
    return x


def _same_kind(value, x):
    """A Python number `value` converted as MindSpore casts it to the dtype of `x`."""
    kind = x._data.dtype.kind
    if kind in 'iu':
        return int(value)
    return bool(value) if kind == 'b' else value


def _to_dtype_of(out, x):
    """`out` cast back to the int dtype of `x` (float to int truncates, as MindSpore does)."""
    if isinstance(x, Tensor) and x._data.dtype.kind in 'iu':
        return F.cast(out, x.dtype)
    return out


# ---- exponentials and logarithms ----
_TWOS = {np.dtype(t): Tensor(np.array(2, t)) for t in (np.float16, np.float32, np.float64)}


def exp2(input):
    """Elementwise 2 ** input (Float32 for int input).

    Example:
        >>> ops.exp2(Tensor([0., 1., 3.]))
        Tensor(shape=[3], dtype=Float32, value= [ 1.00000000e+00,  2.00000000e+00,  8.00000000e+00])
    """
    two = _TWOS.get(_dtype(input))
    return bind(P.pow_p, _TWOS[np.dtype(np.float32)] if two is None else two, input)


def expm1(input):
    """Elementwise exp(x) - 1, accurate for small x.

    Example:
        >>> ops.expm1(Tensor([0., 1e-10]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  1.00000001e-10])
    """
    return bind(P.expm1_p, input)


def log2(input):
    """Elementwise base-2 logarithm.

    Example:
        >>> ops.log2(Tensor([1., 4.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  2.00000000e+00])
    """
    return F.log(_as_float(input)) / _LN2


def log10(input):
    """Elementwise base-10 logarithm.

    Example:
        >>> ops.log10(Tensor([1., 100.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  2.00000000e+00])
    """
    return F.log(_as_float(input)) / _LN10


def log1p(input):
    """Elementwise log(1 + x), accurate for small x.

    Example:
        >>> ops.log1p(Tensor([0., 1e-10]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  1.00000001e-10])
    """
    return bind(P.log1p_p, input)


def rsqrt(input):
    """Elementwise 1 / sqrt(x).

    Example:
        >>> ops.rsqrt(Tensor([4., 0.25]))
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e-01,  2.00000000e+00])
    """
    return bind(P.pow_p, input, -0.5)


def reciprocal(input):
    """Elementwise 1 / x (Float32 for int input).

    Example:
        >>> ops.reciprocal(Tensor([2, 4]))
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e-01,  2.50000000e-01])
    """
    return bind(P.div_p, 1, input)


# ---- trigonometric and hyperbolic ----
def tan(input):
    """Elementwise tangent.

    Example:
        >>> ops.tan(Tensor([0., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  1.55740774e+00])
    """
    return bind(P.tan_p, input)


def asin(input):
    """Elementwise arcsine (NaN outside [-1, 1]).

    Example:
        >>> ops.asin(Tensor([0., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  1.57079637e+00])
    """
    return bind(P.asin_p, input)


def acos(input):
    """Elementwise arccosine (NaN outside [-1, 1]).

    Example:
        >>> ops.acos(Tensor([1., 0.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  1.57079637e+00])
    """
    return bind(P.acos_p, input)


def atan(input):
    """Elementwise arctangent.

    Example:
        >>> ops.atan(Tensor([0., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  7.85398185e-01])
    """
    return bind(P.atan_p, input)


def atan2(input, other):
    """Elementwise angle of the point (other, input): arctan(input / other) in (-pi, pi].

    Example:
        >>> ops.atan2(Tensor([1., -1.]), Tensor([0., -1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 1.57079637e+00, -2.35619450e+00])
    """
    return bind(P.atan2_p, input, other)


def sinh(input):
    """Elementwise hyperbolic sine.

    Example:
        >>> ops.sinh(Tensor([0., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  1.17520118e+00])
    """
    return bind(P.sinh_p, input)


def cosh(input):
    """Elementwise hyperbolic cosine.

    Example:
        >>> ops.cosh(Tensor([0., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  1.54308057e+00])
    """
    return bind(P.cosh_p, input)


def asinh(input):
    """Elementwise inverse hyperbolic sine.

    Example:
        >>> ops.asinh(Tensor([0., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  8.81373584e-01])
    """
    return bind(P.asinh_p, input)


def acosh(input):
    """Elementwise inverse hyperbolic cosine (NaN below 1).

    Example:
        >>> ops.acosh(Tensor([1., 2.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  1.31695795e+00])
    """
    return bind(P.acosh_p, input)


def atanh(input):
    """Elementwise inverse hyperbolic tangent (+-inf at +-1, NaN beyond).

    Example:
        >>> ops.atanh(Tensor([0., 0.5]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  5.49306154e-01])
    """
    return bind(P.atanh_p, input)


# ---- error function ----
def erf(input):
    """Elementwise error function 2/sqrt(pi) * integral of exp(-t**2) from 0 to x.

    Example:
        >>> ops.erf(Tensor([0., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  8.42700779e-01])
    """
    return bind(P.erf_p, input)


def erfc(input):
    """Elementwise complementary error function 1 - erf(x), accurate where erf(x) is near 1.

    Example:
        >>> ops.erfc(Tensor([0., 5.]))
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  1.53745983e-12])
    """
    return bind(P.erfc_p, input)


def erfinv(input):
    """Elementwise inverse error function: +-inf at +-1, NaN outside [-1, 1].

    Example:
        >>> ops.erfinv(Tensor([0., 0.5]))
        Tensor(shape=[2], dtype=Float32, value= [ 0.00000000e+00,  4.76936281e-01])
    """
    return bind(P.erfinv_p, input)


# ---- rounding (zero gradient) ----
def ceil(input):
    """Elementwise ceiling of a float tensor.

    Example:
        >>> ops.ceil(Tensor([-1.5, 0.2]))
        Tensor(shape=[2], dtype=Float32, value= [-1.00000000e+00,  1.00000000e+00])
    """
    _check_type(input, 'Ceil', 'BFloat16, Float16, Float32, Float64', tensor=False)
    return bind(P.ceil_p, input)


def round(input, *, decimals=0):
    """Elementwise rounding to `decimals` decimal places, halves to even; ints are kept.

    Example:
        >>> ops.round(Tensor([0.5, 1.5, 2.5, -0.5]))
        Tensor(shape=[4], dtype=Float32, value= [ 0.00000000e+00,
        2.00000000e+00,  2.00000000e+00, -0.00000000e+00])
        >>> ops.round(Tensor([1.234, 15.]), decimals=1)
        Tensor(shape=[2], dtype=Float32, value= [ 1.20000005e+00,  1.50000000e+01])
    """
    if not isinstance(decimals, numbers.Integral) or isinstance(decimals, bool):
        raise TypeError(f"For 'round', the type of 'decimals' must be 'int', but got "
                        f"{type(decimals).__name__}.")
    if decimals == 0:
        return bind(P.round_p, input)
    kind = _dtype(input).kind
    if kind in 'biu':
        if decimals > 0:
            return bind(P.round_p, input)
        return F.cast(round(F.cast(input, mstype.float64), decimals=decimals), input.dtype)
    if decimals > 0:                 # NumPy's way, so values match np.round
        scale = 10.0 ** decimals
        return bind(P.round_p, input * scale) / scale
    scale = 10.0 ** -decimals
    return bind(P.round_p, input / scale) * scale


def trunc(input):
    """Elementwise rounding toward zero; ints and bools are kept.

    Example:
        >>> ops.trunc(Tensor([-1.7, 2.7]))
        Tensor(shape=[2], dtype=Float32, value= [-1.00000000e+00,  2.00000000e+00])
    """
    return bind(P.trunc_p, input)


def fmod(input, other):
    """Elementwise remainder of the division truncated toward zero: it has the sign of `input`
    (`remainder` has the sign of `other`).

    Example:
        >>> ops.fmod(Tensor([-7., 7.]), 2.5)
        Tensor(shape=[2], dtype=Float32, value= [-2.00000000e+00,  2.00000000e+00])
    """
    if not isinstance(input, Tensor) and not isinstance(other, Tensor):
        raise TypeError(f"At least one of the types of inputs must be tensor, but the type of "
                        f"'input' got is {type(input)}, and the type of 'other' is "
                        f"{type(other)}.")
    return bind(P.fmod_p, input, other)


# ---- composite arithmetic ----
def lerp(input, end, weight):
    """Linear interpolation input + weight * (end - input), broadcasting.

    Example:
        >>> ops.lerp(Tensor([1., 2.]), Tensor([3., 6.]), 0.25)
        Tensor(shape=[2], dtype=Float32, value= [ 1.50000000e+00,  3.00000000e+00])
    """
    if isinstance(weight, Tensor) and isinstance(input, Tensor) and \
            weight._data.dtype != input._data.dtype:
        weight = F.cast(weight, input.dtype)
    try:
        return input + weight * (end - input)
    except ValueError:
        error = _broadcast_error('Lerp', (('start', input), ('end', end)),
                                 (('start', input), ('weight', weight)))
        if error is None:
            raise
        raise error from None


def _value_like(value, input):
    """`value` in the dtype of `input`; None for the number 1 (nothing to multiply)."""
    if isinstance(value, Tensor):
        return F.cast(value, input.dtype) if isinstance(input, Tensor) else value
    if isinstance(input, Tensor):
        value = _same_kind(value, input)
    return None if value == 1 else value


def addcmul(input, tensor1, tensor2, value=1):
    """input + value * tensor1 * tensor2, broadcasting (`value` takes the dtype of `input`).

    Example:
        >>> ops.addcmul(Tensor([1., 2.]), Tensor([3., 6.]), Tensor([1., 2.]), 0.5)
        Tensor(shape=[2], dtype=Float32, value= [ 2.50000000e+00,  8.00000000e+00])
    """
    value = _value_like(value, input)
    try:
        prod = tensor1 * tensor2
        return input + (prod if value is None else value * prod)
    except ValueError:
        error = _broadcast_error('Addcmul', (('input', input), ('tensor1', tensor1)),
                                 (('input', input), ('tensor2', tensor2)),
                                 (('tensor1', tensor1), ('tensor2', tensor2)))
        if error is None:
            raise
        raise error from None


def addcdiv(input, tensor1, tensor2, value=1):
    """input + value * tensor1 / tensor2, broadcasting; int inputs give a truncated int result.

    Example:
        >>> ops.addcdiv(Tensor([1., 2.]), Tensor([3., 6.]), Tensor([2., 4.]), 0.5)
        Tensor(shape=[2], dtype=Float32, value= [ 1.75000000e+00,  2.75000000e+00])
    """
    value = _value_like(value, input)
    try:
        quot = tensor1 / tensor2
        out = input + (quot if value is None else value * quot)
    except ValueError:
        error = _broadcast_error('Addcdiv', (('tensor1', tensor1), ('tensor2', tensor2)),
                                 (('input', input), ('tensor1', tensor1)),
                                 (('input', input), ('tensor2', tensor2)))
        if error is None:
            raise
        raise error from None
    return _to_dtype_of(out, input)


def logaddexp(input, other):
    """Elementwise log(exp(input) + exp(other)), computed without overflow; float Tensors only.

    Example:
        >>> ops.logaddexp(Tensor([1., 1000.]), Tensor([1., 1000.]))
        Tensor(shape=[2], dtype=Float32, value= [ 1.69314718e+00,  1.00069318e+03])
    """
    for name, x in (('input', input), ('other', other)):
        if not isinstance(x, Tensor):
            raise TypeError(f"For logaddexp, the {name} must be a Tensor, but got {type(x)}.")
    if input._data.dtype.kind != 'f' or other._data.dtype.kind != 'f':
        raise TypeError(f"For logaddexp, the dtype of 'input' and 'other' must be float,but got "
                        f"{input.dtype} and {other.dtype}.")
    return bind(P.logaddexp_p, input, other)


def hypot(input, other):
    """Elementwise sqrt(input**2 + other**2), without overflow or underflow; floats only.

    Example:
        >>> ops.hypot(Tensor([3., 5.]), Tensor([4., 12.]))
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e+00,  1.30000000e+01])
    """
    _check_type(input, 'Hypot', 'Tensor[Float32], Tensor[Float64]', 'x1')
    _check_type(other, 'Hypot', 'Tensor[Float32], Tensor[Float64]', 'x2')
    return bind(P.hypot_p, input, other)


def xlogy(input, other):
    """Elementwise input * log(other), 0 where input is 0 (unless other is NaN).

    The derivative in `input` is log(other), and 0 where input == 0 and other <= 0.

    Example:
        >>> ops.xlogy(Tensor([0., 0., 2.]), Tensor([0., 5., 3.]))
        Tensor(shape=[3], dtype=Float32, value= [ 0.00000000e+00,  0.00000000e+00,  2.19722462e+00])
    """
    if _dtype(input).kind in 'biu' and _dtype(other).kind in 'biu':
        other = _as_float(other)
    try:
        zero = F.logical_and(F.equal(input, 0), F.less_equal(other, 0))
        return input * F.log(F.where(zero, 1, other))
    except ValueError:
        sa, sb = _shape(input), _shape(other)
        try:
            np.broadcast_shapes(sa, sb)
        except ValueError:
            raise ValueError(
                f"For XLogy, the shape of input [const vector]{{{', '.join(map(str, sa))}}} and "
                f"the shape of other [const vector]{{{', '.join(map(str, sb))}}} cannot "
                f"broadcast.") from None
        raise


# ---- predicates and replacement ----
def isnan(input):
    """Elementwise test for NaN (Bool).

    Example:
        >>> ops.isnan(Tensor([1., float('nan')]))
        Tensor(shape=[2], dtype=Bool, value= [False,  True])
    """
    return bind(P.isnan_p, input)


def isinf(input):
    """Elementwise test for +-inf (Bool).

    Example:
        >>> ops.isinf(Tensor([1., float('-inf')]))
        Tensor(shape=[2], dtype=Bool, value= [False,  True])
    """
    return bind(P.isinf_p, input)


def isfinite(input):
    """Elementwise test for a finite value, neither inf nor NaN (Bool).

    Example:
        >>> ops.isfinite(Tensor([1., float('inf'), float('nan')]))
        Tensor(shape=[3], dtype=Bool, value= [ True, False, False])
    """
    return bind(P.isfinite_p, input)


def _fill_value(v, name):
    if v is None:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        raise TypeError(f"For 'nan_to_num', '{name}' must be a float or None, but got "
                        f"{type(v).__name__}.") from None


def nan_to_num(input, nan=None, posinf=None, neginf=None):
    """NaN, +inf and -inf replaced by `nan` (default 0), `posinf` and `neginf` (default the
    largest and lowest finite values of the dtype); the gradient is 0 at replaced elements.

    Example:
        >>> ops.nan_to_num(Tensor([float('nan'), float('inf'), -1.5]))
        Tensor(shape=[3], dtype=Float32, value= [ 0.00000000e+00,  3.40282347e+38, -1.50000000e+00])
    """
    return bind(P.nan_to_num_p, input, nan=0.0 if nan is None else _fill_value(nan, 'nan'),
                posinf=_fill_value(posinf, 'posinf'), neginf=_fill_value(neginf, 'neginf'))


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Elementwise |input - other| <= atol + rtol * |other| (Bool); infinities are close only to
    themselves, NaN only to NaN when `equal_nan`.

    Example:
        >>> ops.isclose(Tensor([1., 1.]), Tensor([1. + 1e-6, 1.1]))
        Tensor(shape=[2], dtype=Bool, value= [ True, False])
    """
    if isinstance(input, Tensor) and isinstance(other, Tensor) and \
            input._data.dtype != other._data.dtype:
        raise TypeError("For primitive[IsClose], the input type must be same.")
    return bind(P.is_close_p, input, other, rtol=float(rtol), atol=float(atol),
                equal_nan=bool(equal_nan))


def masked_fill(input_x, mask, value):
    """`input_x` with `value` (a number or 0-d Tensor, cast to its dtype) where the Bool `mask`
    is true, broadcasting `input_x` and `mask`.

    Example:
        >>> ops.masked_fill(Tensor([1., 2., 3.]), Tensor([True, False, True]), 0.5)
        Tensor(shape=[3], dtype=Float32, value= [ 5.00000000e-01,  2.00000000e+00,  5.00000000e-01])
    """
    _check_tensor(input_x, 'masked_fill', 'input_x')
    _check_type(mask, 'MaskedFill', 'Bool', 'mask', 'b', tensor=False)
    if isinstance(value, Tensor):
        if value.ndim:
            raise ValueError(f"For 'MaskedFill', 'value' only supports a 0-dimensional value "
                             f"tensor or a float number, but got tensor with {value.ndim} "
                             f"dimension(s).")
        value = F.cast(value, input_x.dtype)
    elif isinstance(value, (numbers.Number, np.number)):
        value = input_x._data.dtype.type(value)
    else:
        raise TypeError(f"For 'MaskedFill', 'value' must be a number or a 0-dimensional "
                        f"Tensor, but got {type(value).__name__}.")
    try:
        return F.where(mask, value, input_x)
    except ValueError:
        error = _broadcast_error('MaskedFill', (('input', input_x), ('mask', mask)))
        if error is None:
            raise
        raise error from None


# ---- bitwise (Bool and int tensors) ----
_INTS = ('Tensor[Bool], Tensor[Int16], Tensor[Int32], Tensor[Int64], Tensor[Int8], '
         'Tensor[UInt16], Tensor[UInt32], Tensor[UInt64], Tensor[UInt8]')


def _bitwise(prim, name, input, other):
    for x in (input, other):
        _check_type(x, name, _INTS, 'x', 'biu')
    return bind(prim, input, other)


def bitwise_and(input, other):
    """Elementwise bitwise AND of Bool or int tensors (logical AND for Bool).

    Example:
        >>> ops.bitwise_and(Tensor([12, -7]), Tensor([10, 3]))
        Tensor(shape=[2], dtype=Int64, value= [8, 1])
    """
    return _bitwise(P.bitwise_and_p, 'BitwiseAnd', input, other)


def bitwise_or(input, other):
    """Elementwise bitwise OR of Bool or int tensors (logical OR for Bool).

    Example:
        >>> ops.bitwise_or(Tensor([12, -7]), Tensor([10, 3]))
        Tensor(shape=[2], dtype=Int64, value= [14, -5])
    """
    return _bitwise(P.bitwise_or_p, 'BitwiseOr', input, other)


def bitwise_xor(input, other):
    """Elementwise bitwise XOR of Bool or int tensors (logical XOR for Bool).

    Example:
        >>> ops.bitwise_xor(Tensor([12, -7]), Tensor([10, 3]))
        Tensor(shape=[2], dtype=Int64, value= [ 6, -6])
    """
    return _bitwise(P.bitwise_xor_p, 'BitwiseXor', input, other)


# ---- activations ----
def relu6(x):
    """min(max(x, 0), 6) of a float tensor; its derivative is 0 at 0 and 1 at 6.

    Example:
        >>> ops.relu6(Tensor([-1., 3., 7.]))
        Tensor(shape=[3], dtype=Float32, value= [ 0.00000000e+00,  3.00000000e+00,  6.00000000e+00])
    """
    _check_type(x, 'ReLU6', 'Tensor[Float16], Tensor[Float32]')
    return F.where(x > 6, 6.0, F.relu(x))


def leaky_relu(input, alpha=0.2):
    """max(alpha * x, x) (min for alpha > 1); at 0 the derivative is (1 + alpha) / 2, the mean
    of the two sides, as in MindSpore.

    Example:
        >>> ops.leaky_relu(Tensor([-2., 0., 3.]))
        Tensor(shape=[3], dtype=Float32, value= [-4.00000006e-01,  0.00000000e+00,  3.00000000e+00])
    """
    _check_tensor(input, 'leaky_relu', 'input')
    if not isinstance(alpha, (int, float)):
        raise TypeError(f"For 'leaky_relu', the type of 'alpha' should be one of "
                        f"'['float', 'int']', but got type '{type(alpha).__name__}'.")
    scaled = F.mul(input, _same_kind(alpha, input))
    return F.maximum(scaled, input) if alpha <= 1 else F.minimum(scaled, input)


def _elu(x, alpha, scale=1.0):
    """scale * (x if x >= 0 else alpha * (exp(x) - 1)); the derivative at 0 is scale."""
    neg = expm1(F.minimum(x, 0.0))       # min: the branch where drops stays finite (0 * inf = NaN)
    return F.where(x < 0, neg * (scale * alpha), x if scale == 1.0 else x * scale)


def elu(input_x, alpha=1.0):
    """Exponential linear unit: x for x >= 0, alpha * (exp(x) - 1) below (Float32 for int
    input); the derivative at 0 is 1.

    Example:
        >>> ops.elu(Tensor([-1., 0., 2.]))
        Tensor(shape=[3], dtype=Float32, value= [-6.32120550e-01,  0.00000000e+00,  2.00000000e+00])
    """
    return _elu(_as_float(input_x), alpha)


_SELU_ALPHA, _SELU_SCALE = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
_SELU_TYPES = _FLOATS + ', Tensor[Int32], Tensor[Int8]'


def selu(input_x):
    """Scaled exponential linear unit, scale * elu(x, alpha), with alpha ~ 1.6733 and
    scale ~ 1.0507 (Int32 and Int8 inputs give a truncated result of their type).

    Example:
        >>> ops.selu(Tensor([-1., 0., 2.]))
        Tensor(shape=[3], dtype=Float32, value= [-1.11133075e+00,  0.00000000e+00,  2.10140204e+00])
    """
    dtype = _dtype(input_x)
    if dtype.kind != 'f' and dtype not in (np.int32, np.int8):
        _check_type(input_x, 'SeLU', _SELU_TYPES)
    return _to_dtype_of(_elu(_as_float(input_x), _SELU_ALPHA, _SELU_SCALE), input_x)


def celu(x, alpha=1.0):
    """Continuously differentiable ELU: x for x >= 0, alpha * (exp(x / alpha) - 1) below.

    Example:
        >>> ops.celu(Tensor([-1., 0., 2.]), alpha=2.0)
        Tensor(shape=[3], dtype=Float32, value= [-7.86938667e-01,  0.00000000e+00,  2.00000000e+00])
    """
    _check_type(x, 'CeLU')
    if alpha == 0:
        raise ValueError(f"For primitive[CeLU], the alpha must be not equal to 0 , but got "
                         f"{alpha:g}.")
    neg = expm1(F.minimum(x, 0.0) / alpha)
    return F.where(x < 0, neg * alpha, x)


_GELU_TANH = 2.0 * math.sqrt(2.0 / math.pi)


def gelu(input, approximate='none'):
    """Gaussian error linear unit x * P(X <= x), X ~ N(0, 1): exact with approximate='none',
    x * sigmoid(2 sqrt(2/pi) (x + 0.044715 x**3)) (the tanh form) with 'tanh'.

    Example:
        >>> ops.gelu(Tensor([-1., 0., 1.]))
        Tensor(shape=[3], dtype=Float32, value= [-1.58655256e-01,  0.00000000e+00,  8.41344714e-01])
    """
    if approximate not in ('none', 'tanh'):
        raise ValueError("For ops.gelu, approximate value should be either 'none' or 'tanh'.")
    if _dtype(input).kind != 'f':
        raise TypeError(f"For gelu, the input dtype must be bfloat16, float16, float32 or "
                        f"float64, but got {_type_name(input)}.")
    if approximate == 'none':
        return input * F.mul(erfc(input / -_SQRT2), 0.5)
    inner = input * (_GELU_TANH + (_GELU_TANH * 0.044715) * (input * input))
    return input * F.sigmoid(inner)


def silu(input):
    """x * sigmoid(x).

    Example:
        >>> ops.silu(Tensor([-1., 0., 1.]))
        Tensor(shape=[3], dtype=Float32, value= [-2.68941402e-01,  0.00000000e+00,  7.31058598e-01])
    """
    input = _as_float(input)
    return input * F.sigmoid(input)


def mish(x):
    """x * tanh(softplus(x)) of a float tensor.

    Example:
        >>> ops.mish(Tensor([-1., 0., 1.]))
        Tensor(shape=[3], dtype=Float32, value= [-3.03401470e-01,  0.00000000e+00,  8.65098417e-01])
    """
    _check_type(x, 'Mish')
    return x * F.tanh(F.softplus(x))


def hardswish(input):
    """x * relu6(x + 3) / 6 (int inputs truncated to their type); its derivative (2x + 3) / 6
    holds on [-3, 3], ends included.

    Example:
        >>> ops.hardswish(Tensor([-4., -1., 0., 4.]))
        Tensor(shape=[4], dtype=Float32, value= [ 0.00000000e+00,
        -3.33333343e-01,  0.00000000e+00,  4.00000000e+00])
    """
    out = input * F.clamp(input + 3, 0, 6) / 6 + 0.0           # + 0.0: no -0 below -3
    return _to_dtype_of(out, input)


def hardsigmoid(input):
    """relu6(x + 3) / 6 (int inputs truncated to their type); its derivative is 1/6 inside
    (-3, 3) and 0 at the ends.

    Example:
        >>> ops.hardsigmoid(Tensor([-4., 0., 1.5, 4.]))
        Tensor(shape=[4], dtype=Float32, value= [ 0.00000000e+00,
        5.00000000e-01,  7.50000000e-01,  1.00000000e+00])
    """
    out = F.where(input <= -3, 0, F.where(input >= 3, 1, (input + 3) / 6))
    return _to_dtype_of(out, input)


def softsign(x):
    """x / (1 + |x|) of a float tensor.

    Example:
        >>> ops.softsign(Tensor([-1., 0., 3.]))
        Tensor(shape=[3], dtype=Float32, value= [-5.00000000e-01,  0.00000000e+00,  7.50000000e-01])
    """
    _check_type(x, 'Softsign')
    return x / (1 + F.abs(x))


def logsigmoid(x):
    """log(sigmoid(x)), computed as -softplus(-x) so that it stays finite for large -x.

    Example:
        >>> ops.logsigmoid(Tensor([0., -200.]))
        Tensor(shape=[2], dtype=Float32, value= [-6.93147182e-01, -2.00000000e+02])
    """
    return -F.softplus(-_as_float(x))
