"""abstract_eval rules: the output shape and dtype of every primitive, without computing it."""
import numpy as np

from .._core.primitive import _promoted
from ..ops import primitives as P


class ShapedArray:
    """An abstract value: a shape and a NumPy dtype."""
    __slots__ = ('shape', 'dtype')

    def __init__(self, shape, dtype):
        self.shape, self.dtype = tuple(shape), np.dtype(dtype)

    def __eq__(self, other):
        return isinstance(other, ShapedArray) and (self.shape, self.dtype) == (other.shape,
                                                                               other.dtype)

    def __hash__(self):
        return hash((self.shape, self.dtype))

    def __repr__(self):
        return f"{self.dtype.name}[{','.join(map(str, self.shape))}]"


def abstractify(x):
    """The ShapedArray of a Tensor or array; Python scalars stay as they are (weakly typed)."""
    data = getattr(x, '_data', x)
    if isinstance(data, (np.ndarray, np.generic)):
        return ShapedArray(np.shape(data), data.dtype)
    return x


def _probe(a):
    """A one-element stand-in for an abstract value, to let NumPy resolve result dtypes."""
    return np.zeros((), a.dtype) if isinstance(a, ShapedArray) else a


def _elementwise(prim):
    def rule(*avals):
        shape = np.broadcast_shapes(*(a.shape for a in avals if isinstance(a, ShapedArray)))
        probes = tuple(map(_probe, avals))
        out = np.asarray(prim.impl(*probes))
        if out.dtype.char in 'de' and prim.promote:   # float64, float16
            out = _promoted(out, probes)     # MindSpore's promotion, as in evaluate()
        return ShapedArray(shape, out.dtype)
    return rule


def _reduced_shape(shape, axis, keepdims):
    axes = range(len(shape)) if axis is None else axis if isinstance(axis, tuple) else (axis,)
    if keepdims:
        return tuple(1 if i in axes else s for i, s in enumerate(shape))
    return tuple(s for i, s in enumerate(shape) if i not in axes)


def _reduction(prim):
    def rule(x, axis, keepdims):
        dtype = np.asarray(prim.impl(np.zeros((1,) * len(x.shape), x.dtype), None, False)).dtype
        return ShapedArray(_reduced_shape(x.shape, axis, keepdims), dtype)
    return rule


def _matmul(x, y):
    xs, ys = x.shape, y.shape
    dtype = np.result_type(x.dtype, y.dtype)
    if len(ys) == 1:
        return ShapedArray(xs[:-1], dtype)
    if len(xs) == 1:
        return ShapedArray(ys[:-2] + ys[-1:], dtype)
    return ShapedArray(np.broadcast_shapes(xs[:-2], ys[:-2]) + (xs[-2], ys[-1]), dtype)


def _concat(*xs, axis):
    shape = list(xs[0].shape)
    shape[axis] = sum(x.shape[axis] for x in xs)
    return ShapedArray(shape, np.result_type(*(x.dtype for x in xs)))


def _getitem(x, index, basic):
    view = np.broadcast_to(np.zeros((), x.dtype), x.shape)[index]
    return ShapedArray(np.shape(view), x.dtype)


def _custom_vjp_call(*avals, fn, bprop):
    from ..common.tensor import Tensor
    outs = fn(*(Tensor(np.zeros(a.shape, a.dtype)) if isinstance(a, ShapedArray) else a
                for a in avals))
    return tuple(abstractify(o) for o in outs)


abstract_eval_rules = {
    P.reshape_p: lambda x, shape: ShapedArray(shape, x.dtype),
    P.transpose_p: lambda x, perm: ShapedArray([x.shape[p] for p in perm], x.dtype),
    P.broadcast_to_p: lambda x, shape: ShapedArray(shape, x.dtype),
    P.concat_p: _concat,
    P.getitem_p: _getitem,
    P.index_add_p: lambda ct, index, shape, basic: ShapedArray(shape, ct.dtype),
    P.matmul_p: _matmul,
    P.cast_p: lambda x, dtype: ShapedArray(x.shape, dtype),
    P.identity_p: lambda x: x,
    P.stop_gradient_p: lambda x: x,
    P.custom_vjp_call_p: _custom_vjp_call,
}
for _p in (P.neg_p, P.exp_p, P.log_p, P.sin_p, P.cos_p, P.tanh_p, P.sqrt_p, P.abs_p, P.sign_p,
           P.sigmoid_p, P.softplus_p, P.relu_p, P.floor_p, P.logical_not_p, P.add_p, P.sub_p,
           P.mul_p, P.div_p, P.pow_p, P.maximum_p, P.minimum_p, P.floor_divide_p, P.remainder_p,
           P.equal_p, P.not_equal_p, P.less_p, P.less_equal_p, P.greater_p, P.greater_equal_p,
           P.logical_and_p, P.logical_or_p, P.logical_xor_p, P.select_p, P.bce_with_logits_p,
           P.bce_with_logits_grad_p):
    abstract_eval_rules[_p] = _elementwise(_p)
for _p in (P.reduce_sum_p, P.reduce_mean_p, P.reduce_max_p, P.reduce_min_p, P.reduce_prod_p,
           P.reduce_all_p, P.reduce_any_p,
           P.argmax_p, P.argmin_p):
    abstract_eval_rules[_p] = _reduction(_p)

# ---- softmax (nn) ----
abstract_eval_rules[P.softmax_p] = lambda x, axis: x
abstract_eval_rules[P.log_softmax_p] = lambda x, axis: x
abstract_eval_rules[P.softmax_cross_entropy_p] = lambda x, labels: (
    ShapedArray(x.shape[:1], x.dtype), x, ShapedArray(x.shape[:1], x.dtype))
abstract_eval_rules[P.softmax_cross_entropy_grad_p] = lambda exps, a, b, labels: exps

# ---- sliding windows (conv, pooling, unfold/fold) ----
from .._backend.numpy_window import grid as _grid  # noqa: E402


def _windows(shape, kernel, stride, padding, dilation):
    return tuple(_grid(s, k, st, p, d)
                 for s, k, st, p, d in zip(shape[-2:], kernel, stride, padding, dilation))


def _im2col(x, kernel, stride, padding, dilation):
    ho, wo = _windows(x.shape, kernel, stride, padding, dilation)
    return ShapedArray((x.shape[1] * kernel[0] * kernel[1], x.shape[0] * ho * wo), x.dtype)


def _col2im(cols, size, kernel, stride, padding, dilation):
    ho, wo = _windows(size, kernel, stride, padding, dilation)
    return ShapedArray((cols.shape[1] // (ho * wo), cols.shape[0] // (kernel[0] * kernel[1]))
                       + tuple(size), cols.dtype)


abstract_eval_rules[P.im2col_p] = _im2col
abstract_eval_rules[P.col2im_p] = _col2im
abstract_eval_rules[P.max_pool_index_p] = lambda x, kernel, stride, padding, dilation: ShapedArray(
    x.shape[:2] + _windows(x.shape, kernel, stride, padding, dilation), np.int64)
abstract_eval_rules[P.adaptive_max_index_p] = lambda x, output_size: ShapedArray(
    x.shape[:2] + tuple(output_size), np.int64)

# ---- scans, sorting, linear algebra (reduction_func, linalg_func) ----
def _einsum(*xs, equation):
    ins, out = equation.split('->')
    sizes = {}
    for subs, x in zip(ins.split(','), xs):
        for c, n in zip(subs, x.shape):
            sizes[c] = max(sizes.get(c, 1), n)
    dtype = np.result_type(*(x.dtype for x in xs))
    if dtype == np.float64 and all(x.dtype != np.float64 for x in xs):
        dtype = np.dtype(np.float32)
    return ShapedArray([sizes[c] for c in out], dtype)


def _svd(x):
    *batch, m, n = x.shape
    k = min(m, n)
    return (ShapedArray((*batch, m, k), x.dtype), ShapedArray((*batch, k), x.dtype),
            ShapedArray((*batch, k, n), x.dtype))


abstract_eval_rules.update({
    P.cumsum_p: lambda x, axis, exclusive, reverse: x,
    P.cumprod_p: lambda x, axis, exclusive, reverse: x,
    P.cumargmax_p: lambda x, axis: ShapedArray(x.shape, np.int64),
    P.cumargmin_p: lambda x, axis: ShapedArray(x.shape, np.int64),
    P.argsort_p: lambda x, axis, descending: ShapedArray(x.shape, np.int64),
    # the number of distinct values is known only from the data: -1, as MindSpore marks it
    P.unique_p: lambda x: (ShapedArray((-1,), x.dtype), ShapedArray(
        x.shape, np.int64 if x.dtype == np.int64 else np.int32)),
    P.einsum_p: _einsum,
    P.inverse_p: lambda x: x,
    P.det_p: lambda x: ShapedArray(x.shape[:-2], x.dtype),
    P.svd_p: _svd,
})

# ---- elementwise math (math_func) ----
for _p in (P.tan_p, P.asin_p, P.acos_p, P.atan_p, P.sinh_p, P.cosh_p, P.asinh_p, P.acosh_p,
           P.atanh_p, P.expm1_p, P.log1p_p, P.erf_p, P.erfc_p, P.erfinv_p, P.ceil_p, P.round_p,
           P.trunc_p, P.isnan_p, P.isinf_p, P.isfinite_p, P.atan2_p, P.fmod_p, P.hypot_p,
           P.logaddexp_p, P.bitwise_and_p, P.bitwise_or_p, P.bitwise_xor_p):
    abstract_eval_rules[_p] = _elementwise(_p)
abstract_eval_rules[P.is_close_p] = lambda x, y, **params: ShapedArray(
    np.broadcast_shapes(*(a.shape for a in (x, y) if isinstance(a, ShapedArray))), np.bool_)
abstract_eval_rules[P.nan_to_num_p] = lambda x, **params: x

# ---- array manipulation, indexing, scattering (array_func, item assignment) ----
def _split(x, axis, indices):
    n, bounds = x.shape[axis], (0,) + tuple(indices) + (None,)
    return tuple(ShapedArray(x.shape[:axis] + (len(range(n)[a:b]),) + x.shape[axis + 1:],
                             x.dtype) for a, b in zip(bounds, bounds[1:]))


abstract_eval_rules.update({
    P.setitem_p: lambda x, value, index, basic: x,
    P.gather_p: lambda x, indices, axis: ShapedArray(
        x.shape[:axis] + indices.shape + x.shape[axis + 1:], x.dtype),
    P.scatter_add_p: lambda updates, indices, axis, shape: ShapedArray(shape, updates.dtype),
    P.split_p: _split,
})
