"""mindspore.ops neural-network functions: softmax, normalisation, embedding, losses, distances."""
import math
import numbers

import numpy as np

from .._core.primitive import bind
from ..common import dtype as mstype
from ..common.tensor import Tensor, _wrap
from . import functional as F
from . import primitives as P
from .array_func import gather

__all__ = ['softmax', 'log_softmax', 'softmin', 'batch_norm', 'layer_norm', 'group_norm',
           'embedding', 'cross_entropy', 'nll_loss', 'binary_cross_entropy', 'l1_loss',
           'smooth_l1_loss', 'huber_loss', 'kl_div', 'cosine_similarity', 'cdist']

_REDUCTIONS = ('mean', 'sum', 'none')


def _check_float(x, op, name='input'):
    if not isinstance(x, Tensor):
        raise TypeError(f"For '{op}', the '{name}' must be a Tensor, but got "
                        f"{type(x).__name__}.")
    if x._data.dtype.kind != 'f':
        raise TypeError(f"For '{op}', the '{name}' must be a type of {{Float16, Float32, "
                        f"Float64}}, but got {x.dtype}.")


def _check_axis(axis, ndim, op, name='axis'):
    """`axis` as a non-negative int, checked against `ndim` as MindSpore words it."""
    if not isinstance(axis, numbers.Integral) or isinstance(axis, bool):
        raise TypeError(f"For '{op}', the type of '{name}' must be 'int', but got {axis!r} "
                        f"with type '{type(axis).__name__}'.")
    if not -ndim <= axis < ndim:
        raise ValueError(f"For '{op}', the '{name}' must be in [{-ndim}, {ndim}), but got "
                         f"{axis}.")
    return axis % ndim


def _check_reduction(reduction, op, allowed=_REDUCTIONS):
    if reduction not in allowed:
        raise ValueError(f"For '{op}', the 'reduction' must be in {list(allowed)}, but got "
                         f"{reduction!r}.")


def _reduce(loss, reduction):
    if reduction == 'mean':
        return F.mean(loss)
    return F.sum(loss) if reduction == 'sum' else loss


def _check_same_shape(x, y, op, names=('input', 'target')):
    if x.shape != np.shape(y):
        raise ValueError(f"For '{op}', the '{names[0]}' and '{names[1]}' must have the same "
                         f"shape, but got {x.shape} and {np.shape(y)}.")


# ---- softmax ----
def softmax(input, axis=-1, *, dtype=None):
    """exp(x) / sum(exp(x)) along `axis`, computed stably (the maximum is subtracted first).

    Args:
        input: a float Tensor.
        axis: the axis summed over.
        dtype: cast `input` to this type first.

    Example:
        >>> ops.softmax(Tensor([1., 2., 3.]))
        Tensor(shape=[3], dtype=Float32, value= [ 9.00305733e-02,  2.44728461e-01,  6.65240943e-01])
    """
    if dtype is not None and isinstance(input, Tensor):
        input = F.cast(input, dtype)
    _check_float(input, 'softmax')
    return bind(P.softmax_p, input, axis=_check_axis(axis, input.ndim, 'softmax'))


def log_softmax(logits, axis=-1):
    """log(softmax(x)) along `axis`, computed stably as x - max - log(sum(exp(x - max))).

    Example:
        >>> ops.log_softmax(Tensor([1., 2., 3.]))
        Tensor(shape=[3], dtype=Float32, value= [-2.40760612e+00, -1.40760601e+00, -4.07606006e-01])
    """
    _check_float(logits, 'log_softmax', 'logits')
    return bind(P.log_softmax_p, logits, axis=_check_axis(axis, logits.ndim, 'log_softmax'))


def softmin(x, axis=-1, *, dtype=None):
    """softmax(-x) along `axis`.

    Example:
        >>> ops.softmin(Tensor([1., 2., 3.]))
        Tensor(shape=[3], dtype=Float32, value= [ 6.65240943e-01,  2.44728461e-01,  9.00305733e-02])
    """
    if dtype is not None and isinstance(x, Tensor):
        x = F.cast(x, dtype)
    _check_float(x, 'softmin', 'x')
    return bind(P.softmax_p, F.neg(x), axis=_check_axis(axis, x.ndim, 'softmin'))


# ---- normalisation ----
def _param_shape(x, op, values, shape):
    for name, v in values.items():
        if v is not None and tuple(v.shape) != shape:
            raise ValueError(f"For '{op}', the shape of '{name}' must be {shape} to match the "
                             f"input of shape {x.shape}, but got {tuple(v.shape)}.")


def batch_norm(input_x, running_mean, running_var, weight, bias, training=False, momentum=0.1,
               eps=1e-05):
    """Batch normalisation over every axis but the channel axis 1 of `input_x` (N, C, ...).

    In training the batch statistics normalise (biased variance) and the running statistics
    are updated in place: `running = (1 - momentum) * running + momentum * batch`, with the
    unbiased batch variance. Otherwise the running statistics normalise.

    Args:
        input_x: a float Tensor (N, C, ...).
        running_mean, running_var: Tensors or Parameters of shape (C,).
        weight, bias: (C,) scale and shift, or None for none.

    Example:
        >>> x = Tensor([[1., 2.], [3., 6.]])
        >>> rm, rv = Tensor([0., 0.]), Tensor([1., 1.])
        >>> ops.batch_norm(x, rm, rv, Tensor([1., 1.]), Tensor([0., 0.]), training=True)
        Tensor(shape=[2, 2], dtype=Float32, value=
        [[-9.99994993e-01, -9.99998808e-01],
         [ 9.99994993e-01,  9.99998808e-01]])
        >>> rm
        Tensor(shape=[2], dtype=Float32, value= [ 2.00000003e-01,  4.00000006e-01])
    """
    _check_float(input_x, 'batch_norm', 'input_x')
    ndim = input_x.ndim
    if ndim < 2:
        raise ValueError(f"For 'batch_norm', the 'input_x' must have at least 2 dimensions "
                         f"(N, C, ...), but got shape {input_x.shape}.")
    c = input_x.shape[1]
    _param_shape(input_x, 'batch_norm', {'running_mean': running_mean, 'running_var': running_var,
                                         'weight': weight, 'bias': bias}, (c,))
    pshape = (1, c) + (1,) * (ndim - 2)
    if training:
        axes = (0,) + tuple(range(2, ndim))
        mean = F.mean(input_x, axes, True)
        centred = input_x - mean
        var = F.mean(centred * centred, axes, True)
        n = input_x.size // max(c, 1)
        unbiased = var._data * (n / max(n - 1, 1))
        for stat, batch in ((running_mean, mean._data), (running_var, unbiased)):
            if stat is not None:
                old = stat._data
                stat._data = ((1 - momentum) * old + momentum * batch.reshape(c)).astype(old.dtype)
        out = centred / F.sqrt(var + eps)
    else:
        out = ((input_x - F.reshape(running_mean, pshape))
               / F.sqrt(F.reshape(running_var, pshape) + eps))
    if weight is not None:
        out = out * F.reshape(weight, pshape)
    if bias is not None:
        out = out + F.reshape(bias, pshape)
    return out


def _normalise(x, axes, eps):
    mean = F.mean(x, axes, True)
    centred = x - mean
    return centred / F.sqrt(F.mean(centred * centred, axes, True) + eps)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    """Normalise over the trailing axes `normalized_shape` (biased variance), then scale by
    `weight` and shift by `bias` (both of shape `normalized_shape`).

    Example:
        >>> ops.layer_norm(Tensor([[1., 2., 3.]]), (3,))
        Tensor(shape=[1, 3], dtype=Float32, value=
        [[-1.22473562e+00,  0.00000000e+00,  1.22473562e+00]])
    """
    _check_float(input, 'layer_norm')
    shape = F._shape_arg(normalized_shape, 'normalized_shape')
    k = len(shape)
    if k > input.ndim or input.shape[input.ndim - k:] != shape:
        raise ValueError(f"For 'layer_norm', the 'normalized_shape' {shape} must be the trailing "
                         f"dimensions of the input of shape {input.shape}.")
    _param_shape(input, 'layer_norm', {'weight': weight, 'bias': bias}, shape)
    out = _normalise(input, tuple(range(input.ndim - k, input.ndim)), eps)
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    """Split the channels (axis 1) of `input` (N, C, ...) into `num_groups` groups and normalise
    each group of each sample (biased variance), then apply the per-channel `weight`, `bias`.

    Example:
        >>> ops.group_norm(Tensor([[1., 3., 2., 6.]]), 2)
        Tensor(shape=[1, 4], dtype=Float32, value=
        [[-9.99994993e-01,  9.99994993e-01, -9.99998808e-01,  9.99998808e-01]])
    """
    _check_float(input, 'group_norm')
    if input.ndim < 2:
        raise ValueError(f"For 'group_norm', the 'input' must have at least 2 dimensions "
                         f"(N, C, ...), but got shape {input.shape}.")
    n, c = input.shape[:2]
    if not isinstance(num_groups, numbers.Integral) or num_groups <= 0 or c % num_groups:
        raise ValueError(f"For 'group_norm', the number of channels must be divisible by "
                         f"'num_groups', but got channels {c} and 'num_groups' {num_groups}.")
    _param_shape(input, 'group_norm', {'weight': weight, 'bias': bias}, (c,))
    out = F.reshape(_normalise(F.reshape(input, (n, num_groups, -1)), (2,), eps), input.shape)
    pshape = (1, c) + (1,) * (input.ndim - 2)
    if weight is not None:
        out = out * F.reshape(weight, pshape)
    if bias is not None:
        out = out + F.reshape(bias, pshape)
    return out


# ---- embedding ----
def _check_indices(indices, op, name):
    if not isinstance(indices, Tensor) or indices._data.dtype not in (np.int32, np.int64):
        got = indices.dtype if isinstance(indices, Tensor) else type(indices).__name__
        raise TypeError(f"For '{op}', the '{name}' must be an Int32 or Int64 Tensor, but got "
                        f"{got}.")
    return indices._data


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,
              scale_grad_by_freq=False):
    """The rows of `weight` (V, D) at the indices `input`: shape `input.shape + (D,)`.

    Args:
        input: Int32 or Int64 indices in [0, V).
        weight: the (V, D) table, a Parameter or Tensor.
        padding_idx: the row at this index gets no gradient.
        max_norm: rows looked up whose `norm_type`-norm exceeds it are rescaled in place to
            norm `max_norm` (by `max_norm / (norm + 1e-7)`) before the lookup.
        scale_grad_by_freq: divide the gradient of each row by how often `input` names it.

    Example:
        >>> w = Tensor([[0., 1.], [2., 3.], [4., 5.]])
        >>> ops.embedding(Tensor([[2, 0]]), w)
        Tensor(shape=[1, 2, 2], dtype=Float32, value=
        [[[ 4.00000000e+00,  5.00000000e+00],
          [ 0.00000000e+00,  1.00000000e+00]]])
    """
    idx = _check_indices(input, 'embedding', 'input')
    if not isinstance(weight, Tensor) or weight.ndim != 2:
        raise ValueError(f"For 'embedding', the 'weight' must be a 2-D Tensor, but got "
                         f"{getattr(weight, 'shape', type(weight).__name__)}.")
    v = weight.shape[0]
    if padding_idx is not None:
        if not -v <= padding_idx < v:
            raise ValueError(f"For 'embedding', the 'padding_idx' must be in [{-v}, {v}), but "
                             f"got {padding_idx}.")
        padding_idx %= v
    if not F._is_batched(input) and idx.size and (idx.min() < 0 or idx.max() >= v):
        bad = idx.min() if idx.min() < 0 else idx.max()
        raise IndexError(f"For 'embedding', the 'input' values must be in [0, {v}), but got "
                         f"{bad}.")
    if max_norm is not None:
        _renorm_rows(weight, np.unique(idx), max_norm, norm_type)
    out = gather(weight, input, 0)
    if padding_idx is None and not scale_grad_by_freq:
        return out
    scale = np.ones(idx.shape, weight._data.dtype)
    if scale_grad_by_freq:
        scale /= np.bincount(idx.ravel(), minlength=v)[idx]
    if padding_idx is not None:
        scale[idx == padding_idx] = 0
    # The value of `out` with the gradient of `out * scale`.
    scaled = out * _wrap(scale[..., None])
    return F.stop_gradient(out) + (scaled - F.stop_gradient(scaled))


def _renorm_rows(weight, rows, max_norm, norm_type):
    data = weight._data
    norms = np.linalg.norm(data[rows], ord=norm_type, axis=1)
    big = norms > max_norm
    if big.any():
        data = data.copy()
        data[rows[big]] *= (max_norm / (norms[big] + 1e-7))[:, None].astype(data.dtype)
        weight._data = data


# ---- classification losses ----
def _class_axis(x):
    return 1 if x.ndim > 1 else 0


class _ClassTargets:
    """Class-index targets checked against an input (classes on axis 1, or 0 for 1-D):
    `safe` (ignored entries replaced by 0), `mask` of the counted ones (None when all count),
    `weight` cast to the input's type, and `coef`, the weight of each target (None when every
    target counts with weight 1; a Tensor when `weight` is given, so it is differentiable).

    `safe` and `mask` are NumPy arrays, or Tensors computed by ops when the target is batched
    inside vmap (its values unchecked there)."""
    __slots__ = ('axis', 'classes', 'safe', 'mask', 'weight', 'coef')

    def __init__(self, x, target, weight, ignore_index, op):
        t = _check_indices(target, op, 'target')
        self.axis = axis = _class_axis(x)
        self.classes = c = x.shape[axis]
        shape = x.shape[:axis] + x.shape[axis + 1:]
        if t.shape != shape:
            raise ValueError(f"For '{op}', class-index targets must have shape {shape} for the "
                             f"input of shape {x.shape}, but got {t.shape}.")
        if F._is_batched(target):
            self._batched(x, target, weight, ignore_index, op)
            return
        dtype = x._data.dtype
        valid = t != ignore_index
        self.mask = None if valid.all() else valid.astype(dtype)
        self.safe = safe = t if self.mask is None else np.where(valid, t, 0)
        if safe.size and (safe.min() < -c or safe.max() >= c):
            bad = safe.min() if safe.min() < -c else safe.max()
            raise RuntimeError(f"For '{op}', the 'target' values must be in [{-c}, {c}) or equal "
                               f"'ignore_index' ({ignore_index}), but got {bad}.")
        self.weight = self.coef = None
        if weight is not None:
            if tuple(weight.shape) != (c,):
                raise ValueError(f"For '{op}', the 'weight' must have shape ({c},), but got "
                                 f"{tuple(weight.shape)}.")
            self.weight = F.cast(weight, x.dtype)
            self.coef = F.getitem(self.weight, safe)
        if self.mask is not None:
            self.coef = _wrap(self.mask) if self.coef is None else self.coef * _wrap(self.mask)

    def _batched(self, x, target, weight, ignore_index, op):
        valid = F.not_equal(target, ignore_index)
        self.mask = F.cast(valid, x.dtype)
        self.safe = F.where(valid, target, F.zeros_like(target))
        self.weight = None
        self.coef = self.mask
        if weight is not None:
            c = self.classes
            if tuple(weight.shape) != (c,):
                raise ValueError(f"For '{op}', the 'weight' must have shape ({c},), but got "
                                 f"{tuple(weight.shape)}.")
            self.weight = F.cast(weight, x.dtype)
            self.coef = gather(self.weight, F.remainder(self.safe, c), 0) * self.mask

    def reduce(self, loss, reduction):
        """`loss` (already weighted) reduced: 'mean' divides by the summed target weights."""
        if reduction == 'none':
            return loss
        total = F.sum(loss)
        if reduction == 'sum':
            return total
        if self.weight is not None:
            return total / F.sum(self.coef)
        if isinstance(self.mask, Tensor):
            return total / F.sum(self.mask)
        count = loss.size if self.mask is None else float(self.mask.sum())
        return total * (1.0 / count if count else math.nan)


def _nll(logp, targets, reduction, label_smoothing):
    """The negative log-likelihood of class-index targets under the log-probabilities `logp`,
    with MindSpore's (and torch's) weighting, ignoring and label smoothing."""
    axis, c, coef, safe = targets.axis, targets.classes, targets.coef, targets.safe
    if isinstance(safe, Tensor):
        index = F.expand_dims(F.remainder(safe, c), axis)
        picked = F.reshape(F._take_along(logp, index, axis), safe.shape)
    else:
        grid = np.indices(safe.shape, sparse=True)
        picked = F.getitem(logp, tuple(grid[:axis]) + (safe,) + tuple(grid[axis:]))
    loss = F.neg(picked if coef is None else picked * coef)
    if label_smoothing:
        w = targets.weight
        rows = logp if w is None else logp * F.reshape(w, (c,) + (1,) * (logp.ndim - axis - 1))
        smooth = F.sum(rows, axis)
        if targets.mask is not None:
            mask = targets.mask
            smooth = smooth * (mask if isinstance(mask, Tensor) else _wrap(mask))
        loss = loss * (1.0 - label_smoothing) - smooth * (label_smoothing / c)
    return targets.reduce(loss, reduction)


def _softmax_nll(input, targets, reduction):
    """cross_entropy with class indices through the fused softmax_cross_entropy primitive,
    on the input brought to (samples, classes)."""
    x, c, shape = input, targets.classes, targets.safe.shape
    if x.ndim > 2:
        x = F.transpose(x, (0,) + tuple(range(2, x.ndim)) + (1,))
    if x.ndim != 2:
        x = F.reshape(x, (-1, c))
    safe = targets.safe
    labels = F.reshape(safe, (-1,)) if isinstance(safe, Tensor) else _wrap(safe.reshape(-1))
    loss = bind(P.softmax_cross_entropy_p, x, labels)[0]
    if loss.shape != shape:
        loss = F.reshape(loss, shape)
    if targets.coef is not None:
        loss = loss * targets.coef
    return targets.reduce(loss, reduction)


def _check_smoothing(label_smoothing, op):
    if not isinstance(label_smoothing, numbers.Real) or label_smoothing < 0:
        raise ValueError(f"For '{op}', the 'label_smoothing' must be a float >= 0, but got "
                         f"{label_smoothing!r}.")


def cross_entropy(input, target, weight=None, ignore_index=-100, reduction='mean',
                  label_smoothing=0.0):
    """Cross entropy between the logits `input` and `target`, with the classes on axis 1 of
    `input` (N, C, ...) (axis 0 for a 1-D input).

    `target` holds either class indices (Int32 or Int64, shape of `input` without the class
    axis; those equal to `ignore_index` count for nothing) or class probabilities (floats, the
    shape of `input`). `weight` (C,) weights the classes; 'mean' then divides by the summed
    weights of the targets (class indices) or by the number of samples (probabilities).
    `label_smoothing` mixes the target with the uniform distribution over the classes.

    Example:
        >>> ops.cross_entropy(Tensor([[1., 2., 3.], [1., 0., 1.]]), Tensor([2, 0]))
        Tensor(shape=[], dtype=Float32, value= 0.6348)
    """
    _check_float(input, 'cross_entropy')
    _check_reduction(reduction, 'cross_entropy')
    _check_smoothing(label_smoothing, 'cross_entropy')
    if not isinstance(target, Tensor):
        raise TypeError(f"For 'cross_entropy', the 'target' must be a Tensor, but got "
                        f"{type(target).__name__}.")
    axis = _class_axis(input)
    if target._data.dtype.kind != 'f':
        targets = _ClassTargets(input, target, weight, ignore_index, 'cross_entropy')
        if not label_smoothing:
            return _softmax_nll(input, targets, reduction)
        return _nll(bind(P.log_softmax_p, input, axis=axis), targets, reduction, label_smoothing)
    _check_same_shape(input, target, 'cross_entropy')
    c = input.shape[axis]
    if label_smoothing:
        target = target * (1.0 - label_smoothing) + label_smoothing / c
    if weight is not None:
        target = target * F.reshape(weight, (c,) + (1,) * (input.ndim - axis - 1))
    logp = bind(P.log_softmax_p, input, axis=axis)
    return _reduce(F.neg(F.sum(logp * target, axis)), reduction)


def nll_loss(inputs, target, weight=None, ignore_index=-100, reduction='mean',
             label_smoothing=0.0):
    """Negative log-likelihood of class-index targets under the log-probabilities `inputs`
    (N, C, ...) (classes on axis 1, or axis 0 for a 1-D input): `-weight[t] * inputs[..., t, ...]`,
    with `ignore_index`, weighted 'mean' and label smoothing as in `cross_entropy`.

    Example:
        >>> ops.nll_loss(Tensor([[-0.5, -1.2], [-2., -0.1]]), Tensor([1, 0]))
        Tensor(shape=[], dtype=Float32, value= 1.6)
    """
    _check_float(inputs, 'nll_loss', 'inputs')
    _check_reduction(reduction, 'nll_loss')
    _check_smoothing(label_smoothing, 'nll_loss')
    targets = _ClassTargets(inputs, target, weight, ignore_index, 'nll_loss')
    return _nll(inputs, targets, reduction, label_smoothing)


_BCE_EPS = 1e-12
_LOG_BCE_EPS = math.log(_BCE_EPS)


def _clamped_log(p):
    """log(max(p, 1e-12)), with slope 1e12 where clamped (as MindSpore's gradient has it)."""
    inside = p > _BCE_EPS
    return F.where(inside, F.log(F.where(inside, p, 1.0)),
                   (p - F.stop_gradient(p)) / _BCE_EPS + _LOG_BCE_EPS)


def binary_cross_entropy(logits, labels, weight=None, reduction='mean'):
    """Binary cross entropy of probabilities `logits` in [0, 1] against `labels`:
    `-weight * (y * log(p) + (1 - y) * log(1 - p))`, each log clamped below at log(1e-12).

    Example:
        >>> ops.binary_cross_entropy(Tensor([0.2, 0.9]), Tensor([0., 1.]))
        Tensor(shape=[], dtype=Float32, value= 0.164252)
    """
    _check_float(logits, 'binary_cross_entropy', 'logits')
    _check_reduction(reduction, 'binary_cross_entropy')
    _check_float(labels, 'binary_cross_entropy', 'labels')
    _check_same_shape(logits, labels, 'binary_cross_entropy', ('logits', 'labels'))
    data = logits._data
    if data.size and not (data.min() >= 0 and data.max() <= 1):
        bad = data.min() if not data.min() >= 0 else data.max()
        raise RuntimeError(f"For 'binary_cross_entropy', the 'logits' values must be between "
                           f"0 and 1, but got {bad}.")
    loss = F.neg(labels * _clamped_log(logits) + (1 - labels) * _clamped_log(1 - logits))
    if weight is not None:
        loss = loss * weight
    return _reduce(loss, reduction)


def kl_div(logits, labels, reduction='mean', log_target=False):
    """Kullback-Leibler divergence of `labels` from the log-probabilities `logits`, elementwise
    `labels * (log(labels) - logits)` (0 where `labels` <= 0), or
    `exp(labels) * (labels - logits)` with `log_target`. 'batchmean' divides the sum by the
    size of the first axis.

    Example:
        >>> ops.kl_div(ops.log(Tensor([[0.25, 0.75]])), Tensor([[0.5, 0.5]]), 'sum')
        Tensor(shape=[], dtype=Float32, value= 0.143841)
    """
    _check_float(logits, 'kl_div', 'logits')
    _check_float(labels, 'kl_div', 'labels')
    _check_reduction(reduction, 'kl_div', ('none', 'mean', 'batchmean', 'sum'))
    _check_same_shape(logits, labels, 'kl_div', ('logits', 'labels'))
    if log_target:
        loss = F.exp(labels) * (labels - logits)
    else:
        positive = labels > 0
        loss = F.where(positive, labels * (F.log(F.where(positive, labels, 1.0)) - logits), 0.0)
    if reduction == 'batchmean':
        if logits.ndim == 0:
            raise ValueError("For 'kl_div', 'batchmean' needs inputs with a batch axis, but got "
                             "0-D inputs.")
        return F.sum(loss) / max(logits.shape[0], 1)
    return _reduce(loss, reduction)


# ---- regression losses ----
def l1_loss(input, target, reduction='mean'):
    """Mean absolute error: `|input - target|` (broadcasting), reduced by `reduction`.

    Example:
        >>> ops.l1_loss(Tensor([1., 2., 3.]), Tensor([1.5, 2., 1.]))
        Tensor(shape=[], dtype=Float32, value= 0.833333)
    """
    _check_reduction(reduction, 'l1_loss')
    return _reduce(F.abs(input - target), reduction)


def smooth_l1_loss(input, target, beta=1.0, reduction='none'):
    """Smooth L1 loss: `0.5 * d**2 / beta` where `|d| < beta`, else `|d| - 0.5 * beta`, with
    `d = input - target` (same shapes); `beta=0` gives the L1 loss.

    Example:
        >>> ops.smooth_l1_loss(Tensor([1., 2., 3.]), Tensor([1.5, 2., 1.]))
        Tensor(shape=[3], dtype=Float32, value= [ 1.25000000e-01,  0.00000000e+00,  1.50000000e+00])
    """
    _check_float(input, 'smooth_l1_loss')
    _check_reduction(reduction, 'smooth_l1_loss')
    _check_same_shape(input, target, 'smooth_l1_loss')
    if beta < 0:
        raise RuntimeError(f"For 'smooth_l1_loss', the 'beta' must be >= 0, but got {beta}.")
    diff = input - target
    size = F.abs(diff)
    if beta == 0:
        return _reduce(size, reduction)
    loss = F.where(size < beta, diff * diff * (0.5 / beta), size - 0.5 * beta)
    return _reduce(loss, reduction)


def huber_loss(input, target, reduction='mean', delta=1.0):
    """Huber loss: `0.5 * d**2` where `|d| <= delta`, else `delta * (|d| - 0.5 * delta)`, with
    `d = input - target` (broadcasting); int inputs give Float32.

    Example:
        >>> ops.huber_loss(Tensor([1., 2., 3.]), Tensor([1.5, 2., 1.]), 'none')
        Tensor(shape=[3], dtype=Float32, value= [ 1.25000000e-01,  0.00000000e+00,  1.50000000e+00])
    """
    _check_reduction(reduction, 'huber_loss')
    if not delta > 0:
        raise ValueError(f"For 'huber_loss', the 'delta' must be > 0, but got {delta}.")
    diff = input - target
    if diff._data.dtype.kind != 'f':
        diff = F.cast(diff, mstype.float32)
    size = F.abs(diff)
    loss = F.where(size <= delta, diff * diff * 0.5, (size - 0.5 * delta) * delta)
    return _reduce(loss, reduction)


# ---- distances ----
def _safe_sqrt(x):
    """sqrt(x) for x >= 0, with a zero (not infinite) gradient at 0."""
    positive = x > 0
    return F.where(positive, F.sqrt(F.where(positive, x, 1.0)), 0.0)


def _safe_pow(x, exponent):
    """x ** exponent for x >= 0, 0 at 0 with a zero (not infinite) gradient there."""
    positive = x > 0
    return F.where(positive, F.pow(F.where(positive, x, 1.0), exponent), 0.0)


def cosine_similarity(x1, x2, dim=1, eps=1e-08):
    """Cosine of the angle between `x1` and `x2` along `dim` (broadcasting):
    `sum(x1 * x2) / max(|x1| * |x2|, eps)`.

    Example:
        >>> ops.cosine_similarity(Tensor([[1., 0.], [1., 1.]]), Tensor([[1., 1.], [2., 2.]]))
        Tensor(shape=[2], dtype=Float32, value= [ 7.07106769e-01,  1.00000000e+00])
    """
    _check_float(x1, 'cosine_similarity', 'x1')
    _check_float(x2, 'cosine_similarity', 'x2')
    if x1.shape != x2.shape:
        try:
            shape = np.broadcast_shapes(x1.shape, x2.shape)
        except ValueError:
            raise ValueError(f"For 'cosine_similarity', the shapes of 'x1' {x1.shape} and 'x2' "
                             f"{x2.shape} must broadcast.") from None
        x1, x2 = F.broadcast_to(x1, shape), F.broadcast_to(x2, shape)
    axis = _check_axis(dim, x1.ndim, 'cosine_similarity', 'dim')
    dot = F.sum(x1 * x2, axis)
    norms = F.sum(x1 * x1, axis) * F.sum(x2 * x2, axis)
    return dot / F.sqrt(F.maximum(norms, eps * eps))


def cdist(x1, x2, p=2.0):
    """The p-norm distances between the rows of `x1` (..., P, M) and of `x2` (..., R, M):
    shape (..., P, R), batch axes broadcasting; `p` >= 0 (0 counts differing coordinates,
    inf takes the largest difference).

    Example:
        >>> ops.cdist(Tensor([[0., 0.], [1., 1.]]), Tensor([[3., 4.]]))
        Tensor(shape=[2, 1], dtype=Float32, value=
        [[ 5.00000000e+00],
         [ 3.60555124e+00]])
    """
    _check_float(x1, 'cdist', 'x1')
    _check_float(x2, 'cdist', 'x2')
    if x1.ndim < 2 or x2.ndim < 2:
        raise ValueError(f"For 'cdist', 'x1' and 'x2' must have at least 2 dimensions, but got "
                         f"shapes {x1.shape} and {x2.shape}.")
    if x1.shape[-1] != x2.shape[-1]:
        raise ValueError(f"For 'cdist', 'x1' and 'x2' must have the same number of columns, "
                         f"but got shapes {x1.shape} and {x2.shape}.")
    if not p >= 0:
        raise ValueError(f"For 'cdist', 'p' must be a non-negative number, but got {p}.")
    diff = F.expand_dims(x1, -2) - F.expand_dims(x2, -3)
    if p == 2:
        return _safe_sqrt(F.sum(diff * diff, -1))
    if p == 1:
        return F.sum(F.abs(diff), -1)
    if p == math.inf:
        return F.amax(F.abs(diff), -1)
    if p == 0:
        return F.sum(F.cast(F.not_equal(diff, 0), diff.dtype), -1)
    return _safe_pow(F.sum(_safe_pow(F.abs(diff), p), -1), 1.0 / p)


# ---- pixel shuffle ----
def _check_shuffle_args(input, factor, op, name):
    if isinstance(factor, bool) or not isinstance(factor, int):
        raise TypeError(f"The '{name}' must be int, but got '{type(factor).__name__}'")
    if factor <= 0:
        raise ValueError(f"The '{name}' must be int and must > 0, but got '{factor}' with type "
                         "'int'.")
    if not isinstance(input, Tensor):
        raise TypeError(f"For '{op}', the 'input' must be a Tensor, but got "
                        f"{type(input).__name__}.")
    if input.ndim < 3:
        raise ValueError(f"For {op}, the dimension of `input` should be larger than 2, but got "
                         f"{input.ndim}.")


def pixel_shuffle(input, upscale_factor):
    """Rearrange (*, C * r * r, H, W) into (*, C, H * r, W * r), r = `upscale_factor`: the
    r * r channels of each output channel become an r x r block of pixels.

    Example:
        >>> ops.pixel_shuffle(Tensor(np.arange(4, dtype=np.float32).reshape(4, 1, 1)), 2)
        Tensor(shape=[1, 2, 2], dtype=Float32, value=
        [[[ 0.00000000e+00,  1.00000000e+00],
          [ 2.00000000e+00,  3.00000000e+00]]])
    """
    _check_shuffle_args(input, upscale_factor, 'pixel_shuffle', 'upscale_factor')
    r = upscale_factor
    *pre, c, h, w = input.shape
    if c % (r * r):
        raise ValueError("For 'pixel_shuffle', the length of third to last dimension is not "
                         "divisibleby `upscale_factor` squared.")
    n = len(pre)
    x = F.reshape(input, tuple(pre) + (c // (r * r), r, r, h, w))
    x = F.transpose(x, tuple(range(n + 1)) + (n + 3, n + 1, n + 4, n + 2))
    return F.reshape(x, tuple(pre) + (c // (r * r), h * r, w * r))


def pixel_unshuffle(input, downscale_factor):
    """The inverse of `pixel_shuffle`: (*, C, H * r, W * r) into (*, C * r * r, H, W),
    r = `downscale_factor`.

    Example:
        >>> ops.pixel_unshuffle(Tensor(np.arange(4, dtype=np.float32).reshape(1, 2, 2)), 2).shape
        (4, 1, 1)
    """
    _check_shuffle_args(input, downscale_factor, 'pixel_unshuffle', 'downscale_factor')
    r = downscale_factor
    *pre, c, h, w = input.shape
    if h % r or w % r:
        raise ValueError("For 'pixel_unshuffle', the length of second to last 2 dimension should "
                         "be divisible by downscale_factor.")
    n = len(pre)
    x = F.reshape(input, tuple(pre) + (c, h // r, r, w // r, r))
    x = F.transpose(x, tuple(range(n + 1)) + (n + 2, n + 4, n + 1, n + 3))
    return F.reshape(x, tuple(pre) + (c * r * r, h // r, w // r))


from .conv_func import interpolate as _interpolate  # noqa: E402


def upsample(input, size=None, scale_factor=None, mode='nearest', align_corners=None,
             recompute_scale_factor=None):
    """`ops.interpolate` under its other name.

    Example:
        >>> ops.upsample(Tensor(np.ones((1, 1, 2), np.float32)), size=4).shape
        (1, 1, 4)
    """
    return _interpolate(input, size, scale_factor, mode, align_corners, recompute_scale_factor)


__all__ += ['pixel_shuffle', 'pixel_unshuffle', 'upsample']
