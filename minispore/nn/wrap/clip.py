"""nn.ClipByNorm: rescale a tensor so that its L2 norm is at most `clip_norm`."""
from ...ops import functional as F
from ..cell import Cell


class ClipByNorm(Cell):
    """`x * clip_norm / max(||x||_2, clip_norm)`, the norm taken over `axis` (all axes for None).

    Example:
        >>> nn.ClipByNorm()(Tensor([3., 4.]), Tensor(1.0))
        Tensor(shape=[2], dtype=Float32, value= [ 6.00000024e-01,  8.00000012e-01])
    """

    def __init__(self, axis=None):
        super().__init__()
        self.axis = axis

    def construct(self, x, clip_norm):
        axis = self.axis
        if axis is None:
            axis = tuple(range(x.ndim))
        elif isinstance(axis, int):
            axis = (axis,)
        norm = F.sqrt(F.sum(F.square(x), tuple(axis), keepdim=True))
        return x * clip_norm / F.maximum(norm, clip_norm)


__all__ = ['ClipByNorm']
