"""impl rules: the NumPy kernel of every primitive; the only module that computes on raw arrays."""
import numpy as np

from ..ops import primitives as P

_f64, _f32 = np.dtype(np.float64), np.dtype(np.float32)


def _binary(ufunc):
    """A binary kernel with MindSpore's promotion: ints mixed with floats give Float32
    unless an input is Float64 (NumPy would give float64)."""
    def impl(x, y):
        out = ufunc(x, y)
        if out.dtype is _f64 and getattr(x, 'dtype', None) is not _f64 \
                and getattr(y, 'dtype', None) is not _f64:
            return out.astype(_f32)
        return out
    return impl


def _float_result(ufunc):
    """A unary float kernel: int inputs give Float32 (NumPy would give float64)."""
    def impl(x):
        out = ufunc(x)
        return out.astype(_f32) if out.dtype is _f64 and x.dtype is not _f64 else out
    return impl


def _sigmoid(x):
    return np.exp(-np.logaddexp(0, -x))


def _select(cond, x, y):
    out = np.where(cond, x, y)
    if out.dtype is _f64 and getattr(x, 'dtype', None) is not _f64 \
            and getattr(y, 'dtype', None) is not _f64:
        return out.astype(_f32)
    return out


def _reduce(fn):
    def impl(x, axis, keepdims):
        return fn(x, axis=axis, keepdims=keepdims)
    return impl


def _index_add(ct, index, shape, basic):
    out = np.zeros(shape, ct.dtype)
    if basic:
        out[index] = ct
    else:
        np.add.at(out, index, ct)
    return out


impl_rules = {
    P.neg_p: np.negative, P.exp_p: _float_result(np.exp), P.log_p: _float_result(np.log),
    P.sin_p: _float_result(np.sin), P.cos_p: _float_result(np.cos),
    P.tanh_p: _float_result(np.tanh), P.sqrt_p: _float_result(np.sqrt), P.abs_p: np.abs,
    P.sign_p: np.sign, P.sigmoid_p: _float_result(_sigmoid),
    P.softplus_p: _float_result(lambda x: np.logaddexp(0, x)),
    P.relu_p: lambda x: np.maximum(x, 0), P.floor_p: np.floor,
    P.logical_not_p: np.logical_not,

    P.add_p: _binary(np.add), P.sub_p: _binary(np.subtract), P.mul_p: _binary(np.multiply),
    P.div_p: _binary(np.true_divide), P.pow_p: _binary(np.power),
    P.maximum_p: _binary(np.maximum), P.minimum_p: _binary(np.minimum),
    P.floor_divide_p: _binary(np.floor_divide), P.remainder_p: _binary(np.remainder),
    P.equal_p: np.equal, P.not_equal_p: np.not_equal, P.less_p: np.less,
    P.less_equal_p: np.less_equal, P.greater_p: np.greater, P.greater_equal_p: np.greater_equal,
    P.logical_and_p: np.logical_and, P.logical_or_p: np.logical_or,
    P.logical_xor_p: np.logical_xor,
    P.select_p: _select,

    P.reduce_sum_p: _reduce(np.sum), P.reduce_max_p: _reduce(np.max),
    P.reduce_min_p: _reduce(np.min), P.reduce_all_p: _reduce(np.all),
    P.reduce_any_p: _reduce(np.any), P.argmax_p: _reduce(np.argmax),
    P.argmin_p: _reduce(np.argmin),

    P.reshape_p: lambda x, shape: np.reshape(x, shape),
    P.transpose_p: lambda x, perm: np.transpose(x, perm),
    P.broadcast_to_p: lambda x, shape: np.broadcast_to(x, shape),
    P.concat_p: lambda *xs, axis: np.concatenate(xs, axis),
    P.getitem_p: lambda x, index, basic: x[index],
    P.index_add_p: _index_add,

    P.matmul_p: np.matmul,

    P.cast_p: lambda x, dtype: x.astype(dtype),
    P.identity_p: lambda x: x,
    P.stop_gradient_p: lambda x: x,
}

for _prim, _impl in impl_rules.items():
    _prim.impl = _impl
