"""Training with loss scaling: TrainOneStepWithLossScaleCell and its loss-scale update Cells."""
import numpy as np

from ..._ad.grad import value_and_grad
from ...common import dtype as mstype
from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ...ops import functional as F
from ...ops import math_func as M
from ..cell import Cell
from .cell_wrapper import TrainOneStepCell


def _flag(value):
    """A bool scalar Tensor's (or a Python bool's) truth value."""
    return bool(value._data) if isinstance(value, Tensor) else bool(value)


class DynamicLossScaleUpdateCell(Cell):
    """Updates a loss scale in place: divided by `scale_factor` (to at least 1) when a step
    overflows, multiplied by it after `scale_window` steps without overflow.

    `construct(loss_scale, overflow)` updates the Parameter `loss_scale` and returns `overflow`.

    Args:
        loss_scale_value (float): the initial loss scale.
        scale_factor (int): the factor.
        scale_window (int): steps without overflow before the scale grows.

    Example:
        >>> cell = nn.DynamicLossScaleUpdateCell(loss_scale_value=2**12, scale_factor=2,
        ...                                      scale_window=1000)
        >>> scale = Parameter(Tensor(4096.0), name='scale')
        >>> cell(scale, Tensor(True))
        Tensor(shape=[], dtype=Bool, value= True)
        >>> print(scale.asnumpy())
        2048.0
    """

    def __init__(self, loss_scale_value, scale_factor, scale_window):
        super().__init__()
        self.scale_window = Tensor(scale_window, dtype=mstype.int32)
        self.scale_factor = Tensor(scale_factor, dtype=mstype.float32)
        self.loss_scale_value = loss_scale_value
        self.cur_iter = Parameter(Tensor(1, dtype=mstype.int32), name='current_iterator_step')
        self.last_overflow_iter = Parameter(Tensor(0, dtype=mstype.int32),
                                            name='last_overflow_iterator_step')

    def get_loss_scale(self):
        """The initial loss scale."""
        return self.loss_scale_value

    def construct(self, loss_scale, overflow):
        overflowed = _flag(overflow)
        factor = self.scale_factor._data
        scale = loss_scale._data
        if overflowed:
            scale = np.maximum(scale * (np.float32(1) / factor), np.float32(1))
        cur, last = int(self.cur_iter._data), int(self.last_overflow_iter._data)
        should_grow = int(self.scale_window._data) <= cur - last
        if overflowed or should_grow:
            self.last_overflow_iter._data = np.asarray(cur, np.int32)
        if should_grow and not overflowed:
            scale = scale * factor
        loss_scale._data = np.asarray(scale, loss_scale._data.dtype)
        self.cur_iter._data = np.asarray(cur + 1, np.int32)
        return overflow


class FixedLossScaleUpdateCell(Cell):
    """The update Cell of a fixed loss scale: `construct(loss_scale, overflow)` returns
    `overflow` and changes nothing.

    Args:
        loss_scale_value (float): the loss scale.

    Example:
        >>> nn.FixedLossScaleUpdateCell(1024.0)(Tensor(1024.0), Tensor(False))
        Tensor(shape=[], dtype=Bool, value= False)
    """

    def __init__(self, loss_scale_value):
        super().__init__()
        self.loss_scale_value = loss_scale_value

    def get_loss_scale(self):
        """The loss scale."""
        return self.loss_scale_value

    def construct(self, _, overflow):
        return overflow


class TrainOneStepWithLossScaleCell(TrainOneStepCell):
    """One training step with loss scaling: gradients of `loss * scale`, divided by the scale;
    when one is not finite the step overflows and the optimizer is not applied.

    `construct(*inputs)` returns `(loss, overflow, scale)`: the loss, a bool Tensor, and the
    scale Parameter (before this step's update).

    Args:
        network (Cell): the network returning the loss.
        optimizer (Cell): the optimizer.
        scale_sense (Union[Tensor, Cell]): a scale Tensor of shape () or (1,) (change it with
            `set_sense_scale`), or an update Cell (`DynamicLossScaleUpdateCell`,
            `FixedLossScaleUpdateCell`) called at each step.

    Example:
        >>> net = nn.WithLossCell(nn.Dense(2, 1, 'ones', 'zeros'), nn.MSELoss())
        >>> step = nn.TrainOneStepWithLossScaleCell(net, nn.SGD(net.trainable_params(), 0.1),
        ...                                         Tensor(1024.0))
        >>> loss, overflow, scale = step(Tensor([[1., 2.]]), Tensor([[0.]]))
        >>> loss, overflow
        (Tensor(shape=[], dtype=Float32, value= 9), Tensor(shape=[], dtype=Bool, value= False))
        >>> step(Tensor([[1e30, 2.]]), Tensor([[0.]]))[1]
        Tensor(shape=[], dtype=Bool, value= True)
    """

    def __init__(self, network, optimizer, scale_sense):
        super().__init__(network, optimizer, sens=None)
        self.loss_scaling_manager = None
        if isinstance(scale_sense, Cell):
            self.loss_scaling_manager = scale_sense
            self.scale_sense = Parameter(Tensor(scale_sense.get_loss_scale(), dtype=mstype.float32),
                                         name='scale_sense')
        elif isinstance(scale_sense, Tensor):
            if scale_sense.shape not in ((1,), ()):
                raise ValueError("For 'TrainOneStepWithLossScaleCell', the shape of 'scale_sense' "
                                 f"must be (1,) or (), but got {scale_sense.shape}.")
            self.scale_sense = Parameter(scale_sense, name='scale_sense')
        else:
            raise TypeError("For 'TrainOneStepWithLossScaleCell', the 'scale_sense' must be Cell "
                            f"or Tensor, but got 'scale_sense' type: {type(scale_sense)}.")
        self._scaled_grad_fn = value_and_grad(self._scaled_loss, None, self.weights, has_aux=True)

    def _scaled_loss(self, *inputs):
        loss = self.network(*inputs)
        return loss * F.cast(self.scale_sense, loss.dtype), loss

    def construct(self, *inputs):
        scaling_sens = self.scale_sense
        (_, loss), grads = self._scaled_grad_fn(*inputs)
        inv = M.reciprocal(scaling_sens)
        grads = tuple(g * F.cast(inv, g.dtype) for g in grads)
        cond = self.get_overflow_status(None, grads)
        overflow = self.process_loss_scale(cond)
        if not _flag(overflow):
            self.optimizer(grads)
        return loss, cond, scaling_sens

    def set_sense_scale(self, sens):
        """Set the scale Tensor (same shape and dtype as the current one)."""
        if not isinstance(sens, Tensor):
            raise TypeError("For 'TrainOneStepWithLossScaleCell', the type of 'sens' must be "
                            f"Tensor, but got {type(sens)}")
        self.scale_sense.set_data(sens)

    def start_overflow_check(self, pre_cond, compute_input):
        """Start overflow detection before computing `compute_input`: returns
        `(status, compute_input)`, `status` to pass to `get_overflow_status`."""
        return Tensor(np.zeros(8, np.int32)), compute_input

    def get_overflow_status(self, status, compute_output):
        """Whether any Tensor of `compute_output` has a non-finite element: a bool Tensor."""
        finite = all(bool(np.isfinite(g._data).all()) for g in compute_output
                     if g._data.dtype.kind in 'fc')
        return Tensor(np.bool_(not finite))

    def process_loss_scale(self, overflow):
        """Update the loss scale with the update Cell, if any; returns `overflow`."""
        if self.loss_scaling_manager is not None:
            return self.loss_scaling_manager(self.scale_sense, overflow)
        return overflow


__all__ = ['TrainOneStepWithLossScaleCell', 'DynamicLossScaleUpdateCell',
           'FixedLossScaleUpdateCell']
