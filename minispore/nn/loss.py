"""Loss Cells over the functional losses of `ops`."""
from ..common import dtype as mstype
from ..common.tensor import Tensor
from ..ops import functional as F
from ..ops import nn_func as N
from .cell import Cell


class LossBase(Cell):
    """Base of losses: stores `reduction` ('mean', 'sum' or 'none')."""

    def __init__(self, reduction='mean'):
        super().__init__()
        if reduction not in ('mean', 'sum', 'none'):
            raise ValueError(f"For '{type(self).__name__}', the 'reduction' must be in "
                             f"['mean', 'sum', 'none'], but got {reduction}.")
        self.reduction = reduction


class MSELoss(LossBase):
    """Mean squared error between logits and labels.

    Example:
        >>> nn.MSELoss()(Tensor([1., 2.]), Tensor([0., 0.]))
        Tensor(shape=[], dtype=Float32, value= 2.5)
    """

    def construct(self, logits, labels):
        return F.mse_loss(logits, labels, self.reduction)


class BCEWithLogitsLoss(LossBase):
    """Sigmoid plus binary cross entropy on logits, with optional `weight` and `pos_weight`."""

    def __init__(self, reduction='mean', weight=None, pos_weight=None):
        super().__init__(reduction)
        self.weight, self.pos_weight = weight, pos_weight

    def construct(self, logits, labels):
        return F.binary_cross_entropy_with_logits(logits, labels, self.weight, self.pos_weight,
                                                  self.reduction)


def _check_tensor(name, value, cls):
    if not isinstance(value, Tensor):
        raise TypeError(f"For '{cls}', the '{name}' should be a Tensor, but got "
                        f"{type(value).__name__}.")


class L1Loss(LossBase):
    """Mean absolute error |logits - labels|.

    Example:
        >>> nn.L1Loss()(Tensor([1., 2., 3.]), Tensor([1., 1., 1.]))
        Tensor(shape=[], dtype=Float32, value= 1)
    """

    def construct(self, logits, labels):
        return N.l1_loss(logits, labels, self.reduction)


class SmoothL1Loss(LossBase):
    """0.5 * d**2 / beta where |d| < beta, |d| - 0.5 * beta elsewhere, d = logits - labels.

    Example:
        >>> print(nn.SmoothL1Loss()(Tensor([1., 2., 3.]), Tensor([1., 2.5, 5.])))
        [0.    0.125 1.5  ]
    """

    def __init__(self, beta=1.0, reduction='none'):
        super().__init__(reduction)
        self.beta = beta

    def construct(self, logits, labels):
        return N.smooth_l1_loss(logits, labels, self.beta, self.reduction)


class HuberLoss(LossBase):
    """0.5 * d**2 where |d| < delta, delta * (|d| - 0.5 * delta) elsewhere.

    Example:
        >>> nn.HuberLoss(delta=1.0)(Tensor([1., 2., 3.]), Tensor([1., 2.5, 5.]))
        Tensor(shape=[], dtype=Float32, value= 0.541667)
    """

    def __init__(self, reduction='mean', delta=1.0):
        super().__init__(reduction)
        self.delta = delta

    def construct(self, logits, labels):
        return N.huber_loss(logits, labels, self.reduction, self.delta)


class CrossEntropyLoss(LossBase):
    """Cross entropy between logits (N, C, ...) (or (C,)) and labels: Int32 class indices
    (N, ...) or class probabilities of the logits' shape.

    Args:
        weight: per-class weights (C,), or None.
        ignore_index: class index that counts for nothing.
        reduction: 'mean' (weighted by the targets' class weights), 'sum' or 'none'.
        label_smoothing: the share of the uniform distribution mixed into the target.

    Example:
        >>> nn.CrossEntropyLoss()(Tensor([[1., 2., 3.]]), Tensor([2], mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 0.407606)
    """

    def __init__(self, weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0):
        super().__init__(reduction)
        cls = type(self).__name__
        if not isinstance(label_smoothing, float):
            raise TypeError(f"For '{cls}', the 'label_smoothing' must be float, but got "
                            f"{type(label_smoothing).__name__}.")
        if not 0.0 <= label_smoothing <= 1.0:
            raise ValueError(f"For '{cls}', the 'label_smoothing' must be in range [0.0, 1.0], "
                             f"but got {label_smoothing}.")
        if weight is not None and not isinstance(weight, Tensor):
            raise TypeError(f"For '{cls}', the 'weight' must be a Tensor or None, but got "
                            f"{type(weight).__name__}.")
        self.weight, self.ignore_index, self.label_smoothing = weight, ignore_index, \
            label_smoothing

    def construct(self, logits, labels):
        cls = type(self).__name__
        _check_tensor('logits', logits, cls)
        _check_tensor('labels', labels, cls)
        if logits.dtype not in (mstype.float16, mstype.float32):
            raise TypeError(f"For '{cls}', the 'logits' should be Float16 or Float32, but got "
                            f"{logits.dtype}.")
        if labels.ndim == logits.ndim:
            if labels.dtype not in (mstype.float16, mstype.float32):
                raise TypeError(f"For '{cls}', the 'labels' should be Float16 or Float32, but "
                                f"got {labels.dtype}.")
        elif labels.ndim == logits.ndim - 1:
            if labels.dtype != mstype.int32:
                raise TypeError(f"For '{cls}', the 'labels' should be Int32, but got "
                                f"{labels.dtype}.")
        else:
            raise ValueError(f"For '{cls}', the rank of 'logits' and 'labels' should be:\n"
                             f"1. 'logits.ndim == labels.ndim' for probabilities, \n"
                             f"2. 'logits.ndim - 1 == labels.ndim' for class indices, \n"
                             f"but get 'logits' rank: {logits.ndim} and 'labels' rank: "
                             f"{labels.ndim}.")
        return N.cross_entropy(logits, labels, self.weight, self.ignore_index, self.reduction,
                               self.label_smoothing)


class NLLLoss(LossBase):
    """Negative log-likelihood of class indices under log-probabilities (N, C, ...).

    Example:
        >>> nn.NLLLoss()(Tensor([[-0.5, -1.2], [-2., -0.1]]), Tensor([1, 0], mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 1.6)
    """

    def __init__(self, weight=None, ignore_index=-100, reduction='mean'):
        super().__init__(reduction)
        self.weight, self.ignore_index = weight, ignore_index

    def construct(self, logits, labels):
        return N.nll_loss(logits, labels, self.weight, self.ignore_index, self.reduction)


class BCELoss(LossBase):
    """Binary cross entropy between probabilities and labels, with optional `weight`.

    Example:
        >>> nn.BCELoss()(Tensor([0.5, 0.9]), Tensor([1., 1.]))
        Tensor(shape=[], dtype=Float32, value= 0.399254)
    """

    def __init__(self, weight=None, reduction='mean'):
        super().__init__(reduction)
        self.weight = weight

    def construct(self, logits, labels):
        return N.binary_cross_entropy(logits, labels, self.weight, self.reduction)


class KLDivLoss(LossBase):
    """Kullback-Leibler divergence `labels * (log(labels) - logits)` of log-probabilities
    `logits`; `reduction` may also be 'batchmean'.

    Example:
        >>> nn.KLDivLoss(reduction='sum')(Tensor([-1., -1.]), Tensor([0.5, 0.5]))
        Tensor(shape=[], dtype=Float32, value= 0.306853)
    """

    def __init__(self, reduction='mean'):
        super().__init__()
        if reduction not in ('mean', 'sum', 'none', 'batchmean'):
            raise ValueError(f"For 'KLDivLoss', the 'reduction' must be in ['mean', 'sum', "
                             f"'none', 'batchmean'], but got {reduction}.")
        self.reduction = reduction

    def construct(self, logits, labels):
        _check_tensor('logits', logits, 'KLDivLoss')
        _check_tensor('labels', labels, 'KLDivLoss')
        return N.kl_div(logits, labels, self.reduction)


class SoftmaxCrossEntropyWithLogits(LossBase):
    """Softmax cross entropy per sample of logits (N, C): with `sparse`, labels are class
    indices (N,); otherwise one-hot or probability rows (N, C). `reduction` defaults to 'none'.

    Example:
        >>> loss = nn.SoftmaxCrossEntropyWithLogits(sparse=True)
        >>> print(loss(Tensor([[1., 2., 3.], [1., 0., 1.]]), Tensor([2, 0], mindspore.int32)))
        [0.4076059  0.86199486]
    """

    def __init__(self, sparse=False, reduction='none'):
        super().__init__(reduction)
        if not isinstance(sparse, bool):
            raise TypeError(f"For '{type(self).__name__}', the 'sparse' must be a bool, but got "
                            f"{type(sparse).__name__}.")
        self.sparse = sparse

    def construct(self, logits, labels):
        cls = type(self).__name__
        _check_tensor('logits', logits, cls)
        _check_tensor('labels', labels, cls)
        if not self.sparse:
            labels = F.cast(labels, logits.dtype)
        elif labels.dtype.np_dtype.kind not in 'iu':
            raise TypeError(f"For '{cls}', the 'labels' must be int32 or int64 with "
                            f"sparse=True, but got {labels.dtype}.")
        return N.cross_entropy(logits, labels, reduction=self.reduction)
