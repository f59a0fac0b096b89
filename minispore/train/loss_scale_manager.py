"""Loss scale managers: the loss scale of mixed-precision training and its update Cell."""
from ..nn.wrap.loss_scale import DynamicLossScaleUpdateCell, FixedLossScaleUpdateCell


class LossScaleManager:
    """Base class of loss scale managers: `get_loss_scale`, `update_loss_scale(overflow)` and
    `get_update_cell` (the Cell `TrainOneStepWithLossScaleCell` calls).

    Example:
        >>> from minispore import amp
        >>> isinstance(amp.FixedLossScaleManager(), amp.LossScaleManager)
        True
    """

    def get_loss_scale(self):
        """The current loss scale."""

    def update_loss_scale(self, overflow):
        """Update the loss scale from whether the step overflowed."""

    def get_update_cell(self):
        """The Cell that updates the loss scale during training."""


class FixedLossScaleManager(LossScaleManager):
    """A constant loss scale. With `drop_overflow_update`, steps whose gradients overflow do
    not update the weights; otherwise set the optimizer's `loss_scale` to the same value.

    Args:
        loss_scale (float): the scale, at least 1. Default 128.0.
        drop_overflow_update (bool): skip the update of overflowing steps. Default True.

    Example:
        >>> from minispore import amp
        >>> manager = amp.FixedLossScaleManager(1024.0, drop_overflow_update=False)
        >>> manager.get_loss_scale(), manager.get_update_cell()
        (1024.0, None)
    """

    def __init__(self, loss_scale=128.0, drop_overflow_update=True):
        if loss_scale < 1:
            raise ValueError(f"The argument 'loss_scale' must be >= 1, but got {loss_scale}")
        self._loss_scale = loss_scale
        self._drop_overflow_update = drop_overflow_update

    def get_loss_scale(self):
        """The loss scale."""
        return self._loss_scale

    def get_drop_overflow_update(self):
        """Whether overflowing steps skip the update."""
        return self._drop_overflow_update

    def update_loss_scale(self, overflow):
        """Does nothing: the scale is fixed."""

    def get_update_cell(self):
        """A `FixedLossScaleUpdateCell`, or None without `drop_overflow_update`."""
        if not self._drop_overflow_update:
            return None
        return FixedLossScaleUpdateCell(self._loss_scale)


class DynamicLossScaleManager(LossScaleManager):
    """A loss scale divided by `scale_factor` (to at least 1) when a step overflows and
    multiplied by it after `scale_window` steps without overflow.

    Args:
        init_loss_scale (float): the initial scale. Default 2**24.
        scale_factor (int): the factor. Default 2.
        scale_window (int): steps without overflow before the scale grows. Default 2000.

    Example:
        >>> from minispore import amp
        >>> manager = amp.DynamicLossScaleManager(16, 2, scale_window=2)
        >>> for overflow in (False, False, True):
        ...     manager.update_loss_scale(overflow)
        >>> manager.get_loss_scale()
        16.0
    """

    def __init__(self, init_loss_scale=2 ** 24, scale_factor=2, scale_window=2000):
        if init_loss_scale < 1.0:
            raise ValueError("The argument 'init_loss_scale' must be > 1, but got "
                             f"{init_loss_scale}")
        self.loss_scale = init_loss_scale
        if isinstance(scale_window, bool) or not isinstance(scale_window, int) or scale_window <= 0:
            raise ValueError("For 'DynamicLossScaleManager', the 'scale_window' must be int and "
                             f"must > 0, but got '{scale_window}' with type "
                             f"'{type(scale_window).__name__}'.")
        self.scale_window = scale_window
        if scale_factor <= 0:
            raise ValueError(f"The argument 'scale_factor' must be > 0, but got {scale_factor}")
        self.scale_factor = scale_factor
        self.increase_ratio = scale_factor
        self.decrease_ratio = 1 / scale_factor
        self.cur_iter = 1
        self.last_overflow_iter = 0
        self.bad_step_max = 1000
        self.bad_step = 0

    def get_loss_scale(self):
        """The current loss scale."""
        return self.loss_scale

    def update_loss_scale(self, overflow):
        """Shrink the scale after an overflow, grow it every `scale_window` steps without one."""
        if overflow:
            self.loss_scale = max(self.loss_scale * self.decrease_ratio, 1)
            self.last_overflow_iter = self.cur_iter
            self.bad_step += 1
        else:
            if (self.cur_iter - self.last_overflow_iter) % self.scale_window == 0:
                self.loss_scale *= self.increase_ratio
            self.bad_step = 0
        if self.bad_step > self.bad_step_max:
            raise RuntimeError(f"Dynamic loss scale Continuous overflow {self.bad_step} times, has "
                               "exceeded maximum threshold.")
        self.cur_iter += 1

    def get_drop_overflow_update(self):
        """Always True: overflowing steps skip the update."""
        return True

    def get_update_cell(self):
        """A `DynamicLossScaleUpdateCell` starting from the current scale."""
        return DynamicLossScaleUpdateCell(self.loss_scale, self.scale_factor, self.scale_window)


__all__ = ['LossScaleManager', 'FixedLossScaleManager', 'DynamicLossScaleManager']
