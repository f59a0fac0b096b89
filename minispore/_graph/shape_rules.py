"""abstract_eval rules: the output shape and dtype of every primitive, without computing it."""
import numpy as np

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
        dtype = np.asarray(prim.impl(*map(_probe, avals))).dtype
        if dtype == np.float64 and prim.promote and not any(
                isinstance(a, ShapedArray) and a.dtype == np.float64 for a in avals):
            dtype = np.dtype(np.float32)     # MindSpore's promotion, as in evaluate()
        return ShapedArray(shape, dtype)
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
for _p in (P.reduce_sum_p, P.reduce_max_p, P.reduce_min_p, P.reduce_prod_p, P.reduce_all_p,
           P.reduce_any_p,
           P.argmax_p, P.argmin_p):
    abstract_eval_rules[_p] = _reduction(_p)
