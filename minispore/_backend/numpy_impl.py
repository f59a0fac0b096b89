"""impl rules: the NumPy kernel of every primitive; the only module that computes on raw arrays."""
import numpy as np

from ..ops import primitives as P

def _sigmoid(x):
    out = np.negative(x, dtype=None if x.dtype.kind == 'f' else np.float64)
    np.exp(out, out=out)            # inf far below zero, where 1 / (1 + inf) is the right 0
    out += 1
    return np.reciprocal(out, out=out)


def _is_bool(v):
    return isinstance(v, (bool, np.bool_)) or getattr(v, 'dtype', None) == np.bool_


def _subtract(x, y):
    if _is_bool(x) and _is_bool(y):
        return np.logical_xor(x, y)         # MindSpore keeps Bool; NumPy refuses bool - bool
    return np.subtract(x, y)


def _floor_divide(x, y):
    out = np.floor_divide(x, y)
    if getattr(x, 'dtype', None) == np.bool_ and out.dtype == np.int8:
        return out.astype(np.bool_)
    return out


def _bce_with_logits(x, y, w, pw):
    py = pw * y                          # -w * (py log(sigmoid x) + (1 - y) log(1 - sigmoid x))
    return w * (np.logaddexp(0, x) * (py - y + 1) - py * x)


def _bce_with_logits_grad(x, y, w, pw):
    py = pw * y
    return w * ((py - y + 1) * _sigmoid(x) - py)


def _int_reduce_dtype(dtype):
    """MindSpore sums and multiplies bool and integer types (but UInt64) in Int64."""
    return (np.int64 if dtype.kind in 'bi' or dtype.kind == 'u' and dtype.itemsize < 8 else
            np.uint64 if dtype.kind == 'u' else None)


# ufunc.reduce(x, axis, dtype, out, keepdims): positional, which is faster on small inputs.
# Float16 sums, means and matrix products accumulate in float32 and round once, as
# MindSpore's kernels do (NumPy would accumulate in float16, and its float16 matmul is slow).
_f16 = np.dtype(np.float16)


def _sum(x, axis, keepdims):
    if x.dtype is _f16:
        return np.add.reduce(x, axis, np.float32, None, keepdims).astype(_f16)
    if x.dtype.kind == 'f':
        return np.add.reduce(x, axis, None, None, keepdims)
    return np.add.reduce(x, axis, _int_reduce_dtype(x.dtype), None, keepdims)


def _mean(x, axis, keepdims):
    """The mean; an integer input gives its own type, the mean truncated toward zero."""
    if x.dtype.kind in 'iub':
        total = np.add.reduce(x, axis, np.float64, None, keepdims)
        return np.trunc(total / (x.size // max(total.size, 1))).astype(x.dtype)
    if x.dtype is _f16:
        return _mean(x.astype(np.float32), axis, keepdims).astype(_f16)
    total = np.add.reduce(x, axis, None, None, keepdims)
    return total / x.dtype.type(x.size // total.size if total.size else 0)


_FLOATS = (np.dtype(np.float16), np.dtype(np.float32), np.dtype(np.float64))


def _select(cond, x, y):
    """np.where; a float `x` kept where a bool mask holds, else zero (a ReLU's backward pass),
    is a multiply: np.where branches per element, several times slower on a random mask."""
    zero = y.__class__ in (int, float) or (y.__class__ is np.ndarray and y.ndim == 0
                                           and y.dtype == getattr(x, 'dtype', None))
    if (zero and not y and x.__class__ is np.ndarray and x.dtype in _FLOATS
            and cond.__class__ is np.ndarray and cond.dtype == np.bool_
            and cond.shape == x.shape):
        out = np.multiply(x, cond)
        # An inf or NaN masked out would leak through as NaN: its sum says so (as would an
        # overflow of a finite sum, which only takes the slow path).
        if np.isfinite(np.add.reduce(out, None)):
            return np.add(out, 0, out=out) if out.ndim else out + 0     # 0.0, never -0.0
    return np.where(cond, x, y)


def _matmul(a, b):
    if a.dtype is _f16 and b.dtype is _f16:
        return np.matmul(a.astype(np.float32), b.astype(np.float32)).astype(_f16)
    if a.ndim > 2 and b.ndim > 1 and a.shape[-1] == 1:
        return np.multiply(a, b)        # stacked outer products: NumPy's matmul is slow there
    return np.matmul(a, b)


def _prod(x, axis, keepdims):
    return np.multiply.reduce(x, axis, _int_reduce_dtype(x.dtype), None, keepdims)


def _reduce(ufunc):
    def impl(x, axis, keepdims):
        return ufunc.reduce(x, axis, None, None, keepdims)
    return impl


def _arg(fn):
    def impl(x, axis, keepdims):
        return fn(x, axis=axis, keepdims=keepdims)
    return impl


def _broadcast_to(x, shape):
    if x.size < 1024:                      # small: a copy is cheaper than np.broadcast_to
        out = np.empty(shape, x.dtype)
        out[...] = x
        return out
    return np.broadcast_to(x, shape)


def _index_add(ct, index, shape, basic):
    out = np.zeros(shape, ct.dtype)
    if basic:
        out[index] = ct
    else:
        np.add.at(out, index, ct)
    return out


impl_rules = {
    P.neg_p: np.negative, P.exp_p: np.exp, P.log_p: np.log, P.sin_p: np.sin, P.cos_p: np.cos,
    P.tanh_p: np.tanh, P.sqrt_p: np.sqrt, P.abs_p: np.abs, P.sign_p: np.sign,
    P.sigmoid_p: _sigmoid, P.softplus_p: lambda x: np.logaddexp(0, x),
    P.relu_p: lambda x: np.maximum(x, x.dtype.type(0)), P.floor_p: np.floor,
    P.logical_not_p: np.logical_not,

    P.add_p: np.add, P.sub_p: _subtract, P.mul_p: np.multiply, P.div_p: np.true_divide,
    P.pow_p: np.power, P.maximum_p: np.maximum, P.minimum_p: np.minimum,
    P.floor_divide_p: _floor_divide, P.remainder_p: np.remainder,
    P.equal_p: np.equal, P.not_equal_p: np.not_equal, P.less_p: np.less,
    P.less_equal_p: np.less_equal, P.greater_p: np.greater, P.greater_equal_p: np.greater_equal,
    P.logical_and_p: np.logical_and, P.logical_or_p: np.logical_or,
    P.logical_xor_p: np.logical_xor,
    P.select_p: _select, P.bce_with_logits_p: _bce_with_logits,
    P.bce_with_logits_grad_p: _bce_with_logits_grad,

    P.reduce_sum_p: _sum, P.reduce_mean_p: _mean, P.reduce_max_p: _reduce(np.maximum),
    P.reduce_min_p: _reduce(np.minimum), P.reduce_prod_p: _prod,
    P.reduce_all_p: _reduce(np.logical_and), P.reduce_any_p: _reduce(np.logical_or),
    P.argmax_p: _arg(np.argmax), P.argmin_p: _arg(np.argmin),

    P.reshape_p: lambda x, shape: x.reshape(shape),
    P.transpose_p: lambda x, perm: x.transpose(perm),
    P.broadcast_to_p: _broadcast_to,
    P.concat_p: lambda *xs, axis: np.concatenate(xs, axis),
    P.getitem_p: lambda x, index, basic: x[index],
    P.index_add_p: _index_add,

    P.matmul_p: _matmul,

    P.cast_p: lambda x, dtype: x.astype(dtype),
    P.identity_p: lambda x: x,
    P.stop_gradient_p: lambda x: x,
}

# ---- softmax (nn) ----
def _softmax(x, axis):
    out = np.exp(x - x.max(axis, keepdims=True))
    out /= out.sum(axis, keepdims=True)
    return out


def _log_softmax(x, axis):
    out = x - x.max(axis, keepdims=True)
    out -= np.log(np.exp(out).sum(axis, keepdims=True))
    return out


def _softmax_cross_entropy(x, labels):
    picked = x[np.arange(len(labels)), labels]
    if x.size and x.max() < 80.0 - np.log(x.shape[1]):
        # No sum of exps can overflow: c = 0 skips the pass subtracting each row's maximum,
        # unless some row underflows to a zero sum.
        exps = np.exp(x)
        sums = exps.sum(1)
        if sums.min() > 0:
            return np.log(sums) - picked, exps, sums
    top = x.max(1, keepdims=True)
    exps = np.subtract(x, top)
    np.exp(exps, out=exps)
    sums = exps.sum(1)
    return np.log(sums) - (picked - top[:, 0]), exps, sums


def _softmax_cross_entropy_grad(exps, a, b, labels):
    out = exps * a[:, None]
    out[np.arange(len(labels)), labels] -= b
    return out


impl_rules[P.softmax_p] = _softmax
impl_rules[P.softmax_cross_entropy_grad_p] = _softmax_cross_entropy_grad
impl_rules[P.log_softmax_p] = _log_softmax
impl_rules[P.softmax_cross_entropy_p] = _softmax_cross_entropy

# ---- sliding windows (conv, pooling, unfold/fold) ----
from . import numpy_window as _window  # noqa: E402

impl_rules[P.im2col_p] = _window.im2col
impl_rules[P.col2im_p] = _window.col2im
impl_rules[P.max_pool_index_p] = _window.max_pool_index
impl_rules[P.adaptive_max_index_p] = _window.adaptive_max_index

# ---- scans, sorting, linear algebra (reduction_func, linalg_func) ----
def _scan(ufunc, identity):
    def impl(x, axis, exclusive, reverse):
        if reverse:
            x = np.flip(x, axis)
        out = ufunc.accumulate(x, axis, dtype=x.dtype)
        if exclusive and x.shape[axis]:
            out = np.roll(out, 1, axis)
            out[(slice(None),) * axis + (0,)] = identity
        return np.flip(out, axis) if reverse else out
    return impl


def _cumarg(ufunc):
    def impl(x, axis):
        hit = x == ufunc.accumulate(x, axis)
        if x.dtype.kind == 'f':
            hit |= np.isnan(x)               # NaN propagates: its index is the running one
        pos = np.arange(x.shape[axis]).reshape((-1,) + (1,) * (x.ndim - axis - 1))
        return np.maximum.accumulate(np.where(hit, pos, 0), axis)
    return impl


def _argsort(x, axis, descending):
    if not descending:
        return np.argsort(x, axis, kind='stable')
    n = x.shape[axis]        # stable descending: sort the reversed array, map indices back
    return (n - 1) - np.flip(np.argsort(np.flip(x, axis), axis, kind='stable'), axis)


def _unique(x):
    flat = x.reshape(-1)
    _, first, inverse = np.unique(flat, return_index=True, return_inverse=True, equal_nan=False)
    order = np.argsort(first)                  # order of first appearance
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    index_dtype = np.int64 if x.dtype == np.int64 else np.int32
    return flat[first[order]], rank[inverse.reshape(-1)].reshape(x.shape).astype(index_dtype)


def _einsum(*xs, equation):
    return np.einsum(equation, *xs, optimize=len(xs) > 2 or sum(x.size for x in xs) > 4096)


def _inverse(x):
    try:
        return np.linalg.inv(x)
    except np.linalg.LinAlgError:
        raise ValueError("For 'inverse', the input matrix is singular, so it has no "
                         "inverse.") from None


def _det(x):
    if x.dtype == np.float16:                  # LAPACK has no half precision
        return np.linalg.det(x.astype(np.float32)).astype(np.float16)
    return np.linalg.det(x)


impl_rules.update({
    P.cumsum_p: _scan(np.add, 0), P.cumprod_p: _scan(np.multiply, 1),
    P.cumargmax_p: _cumarg(np.maximum), P.cumargmin_p: _cumarg(np.minimum),
    P.argsort_p: _argsort, P.unique_p: _unique, P.einsum_p: _einsum,
    P.inverse_p: _inverse, P.det_p: _det,
    P.svd_p: lambda x: tuple(np.linalg.svd(x, full_matrices=False)),
})

# ---- elementwise math (math_func) ----
from . import numpy_special as _special  # noqa: E402


def _on_floats(fn):
    """`fn` computed in Float32 for int and bool inputs (NumPy would pick Float16 for the
    narrow ones), as MindSpore types these results."""
    def impl(x):
        x = np.asarray(x)
        if x.dtype.kind in 'biu':
            x = x.astype(np.float32)
        return fn(x)
    return impl


def _round(x):
    x = np.asarray(x)
    return x if x.dtype.kind in 'biu' else np.round(x)       # halves to even


def _fmod(x, y):
    out = np.fmod(x, y)
    if out.dtype.kind in 'iu':
        return np.where(np.equal(y, 0), x, out).astype(out.dtype)   # MindSpore: x fmod 0 = x
    return out


def _is_close(x, y, rtol, atol, equal_nan):
    return np.asarray(np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan))


def _nan_to_num(x, nan, posinf, neginf):
    return np.nan_to_num(x, nan=nan, posinf=posinf, neginf=neginf)


impl_rules.update({
    P.tan_p: _on_floats(np.tan), P.asin_p: _on_floats(np.arcsin),
    P.acos_p: _on_floats(np.arccos), P.atan_p: _on_floats(np.arctan),
    P.sinh_p: _on_floats(np.sinh), P.cosh_p: _on_floats(np.cosh),
    P.asinh_p: _on_floats(np.arcsinh), P.acosh_p: _on_floats(np.arccosh),
    P.atanh_p: _on_floats(np.arctanh), P.expm1_p: _on_floats(np.expm1),
    P.log1p_p: _on_floats(np.log1p), P.erf_p: _special.erf, P.erfc_p: _special.erfc,
    P.erfinv_p: _special.erfinv, P.ceil_p: np.ceil, P.round_p: _round, P.trunc_p: np.trunc,
    P.isnan_p: np.isnan, P.isinf_p: np.isinf, P.isfinite_p: np.isfinite,
    P.atan2_p: np.arctan2, P.fmod_p: _fmod, P.hypot_p: np.hypot, P.logaddexp_p: np.logaddexp,
    P.bitwise_and_p: np.bitwise_and, P.bitwise_or_p: np.bitwise_or,
    P.bitwise_xor_p: np.bitwise_xor, P.is_close_p: _is_close, P.nan_to_num_p: _nan_to_num,
})

for _prim, _impl in impl_rules.items():
    _prim.impl = _impl

# ---- array manipulation, indexing, scattering (array_func, item assignment) ----
from . import numpy_array as _array  # noqa: E402

for _prim, _impl in ((P.setitem_p, _array.setitem), (P.gather_p, _array.gather),
                     (P.scatter_add_p, _array.scatter_add), (P.split_p, _array.split)):
    impl_rules[_prim] = _prim.impl = _impl
