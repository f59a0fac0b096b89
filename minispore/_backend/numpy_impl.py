"""impl rules: the NumPy kernel of every primitive; the only module that computes on raw arrays."""
import numpy as np

from ..ops import primitives as P

def _sigmoid(x):
    return np.exp(-np.logaddexp(0, -x))


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


def _sum(x, axis, keepdims):
    dtype = np.int64 if x.dtype.kind in 'bi' else np.uint64 if x.dtype.kind == 'u' else None
    return np.add.reduce(x, axis=axis, keepdims=keepdims, dtype=dtype)


def _prod(x, axis, keepdims):
    dtype = np.int64 if x.dtype.kind in 'bi' else None
    return np.multiply.reduce(x, axis=axis, keepdims=keepdims, dtype=dtype)


def _reduce(ufunc):
    def impl(x, axis, keepdims):
        return ufunc.reduce(x, axis=axis, keepdims=keepdims)
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
    P.relu_p: lambda x: np.maximum(x, 0), P.floor_p: np.floor,
    P.logical_not_p: np.logical_not,

    P.add_p: np.add, P.sub_p: _subtract, P.mul_p: np.multiply, P.div_p: np.true_divide,
    P.pow_p: np.power, P.maximum_p: np.maximum, P.minimum_p: np.minimum,
    P.floor_divide_p: _floor_divide, P.remainder_p: np.remainder,
    P.equal_p: np.equal, P.not_equal_p: np.not_equal, P.less_p: np.less,
    P.less_equal_p: np.less_equal, P.greater_p: np.greater, P.greater_equal_p: np.greater_equal,
    P.logical_and_p: np.logical_and, P.logical_or_p: np.logical_or,
    P.logical_xor_p: np.logical_xor,
    P.select_p: np.where, P.bce_with_logits_p: _bce_with_logits,
    P.bce_with_logits_grad_p: _bce_with_logits_grad,

    P.reduce_sum_p: _sum, P.reduce_max_p: _reduce(np.maximum),
    P.reduce_min_p: _reduce(np.minimum), P.reduce_prod_p: _prod,
    P.reduce_all_p: _reduce(np.logical_and), P.reduce_any_p: _reduce(np.logical_or),
    P.argmax_p: _arg(np.argmax), P.argmin_p: _arg(np.argmin),

    P.reshape_p: lambda x, shape: x.reshape(shape),
    P.transpose_p: lambda x, perm: x.transpose(perm),
    P.broadcast_to_p: _broadcast_to,
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
