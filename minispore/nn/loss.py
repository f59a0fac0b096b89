"""Loss Cells over the functional losses of `ops`."""
from ..ops import functional as F
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
