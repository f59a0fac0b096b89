"""Learning-rate schedules: Cells mapping the global step to a learning rate."""
import math

import numpy as np

from ..common.tensor import Tensor
from .cell import Cell


def _step(global_step):
    """The global step as a float32 NumPy value."""
    data = global_step._data if isinstance(global_step, Tensor) else np.asarray(global_step)
    return np.asarray(data).astype(np.float32)


def _check_positive_int(value, name, owner):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"For '{owner}', the '{name}' must be int, but got "
                        f"'{type(value).__name__}'")
    if value <= 0:
        raise ValueError(f"For '{owner}', the '{name}' must be int and must > 0, but got '{value}' "
                         f"with type 'int'.")


def _check_float(value, name, owner, positive=True):
    if isinstance(value, bool) or not isinstance(value, float):
        raise TypeError(f"For '{owner}', the '{name}' must be float, but got "
                        f"'{type(value).__name__}'")
    if (value <= 0) if positive else (value < 0):
        raise ValueError(f"For '{owner}', the '{name}' must be float and must "
                         f"{'>' if positive else '>='} 0, but got '{value}' with type 'float'.")


def _check_inputs(learning_rate, decay_rate, decay_steps, is_stair, owner):
    _check_positive_int(decay_steps, 'decay_steps', owner)
    _check_float(learning_rate, 'learning_rate', owner)
    _check_float(decay_rate, 'decay_rate', owner)
    if not isinstance(is_stair, bool):
        raise TypeError(f"For '{owner}', the type of 'is_stair' should be 'bool', but got "
                        f"type '{type(is_stair).__name__}'.")


class LearningRateSchedule(Cell):
    """Base of learning-rate schedules: `construct(global_step)` returns the learning rate."""

    def construct(self, global_step):
        raise NotImplementedError(f"{type(self).__name__} must define construct(global_step).")


class _DecayLR(LearningRateSchedule):
    """The schedules built from `learning_rate`, `decay_rate`, `decay_steps` and `is_stair`."""

    def __init__(self, learning_rate, decay_rate, decay_steps, is_stair=False):
        super().__init__()
        _check_inputs(learning_rate, decay_rate, decay_steps, is_stair, type(self).__name__)
        self.learning_rate, self.decay_rate = learning_rate, decay_rate
        self.decay_steps, self.is_stair = decay_steps, is_stair

    def _periods(self, global_step):
        """`step / decay_steps` as float32, floored with `is_stair`."""
        p = _step(global_step) / np.float32(self.decay_steps)
        return np.floor(p) if self.is_stair else p


class ExponentialDecayLR(_DecayLR):
    """`learning_rate * decay_rate ** (step / decay_steps)`, floored exponent with `is_stair`.

    Example:
        >>> lr = nn.ExponentialDecayLR(0.1, 0.9, 4)
        >>> lr(Tensor(2, mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 0.0948683)
    """

    def construct(self, global_step):
        p = self._periods(global_step)
        return Tensor(np.float32(self.learning_rate) * np.power(np.float32(self.decay_rate), p))


class NaturalExpDecayLR(_DecayLR):
    """`learning_rate * e ** (-decay_rate * step)`, the step floored to a multiple of `decay_steps`
    with `is_stair`.

    Example:
        >>> lr = nn.NaturalExpDecayLR(0.1, 0.9, 2)
        >>> lr(Tensor(1, mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 0.040657)
    """

    def construct(self, global_step):
        p = _step(global_step)
        if self.is_stair:
            p = np.floor(p / np.float32(self.decay_steps)) * np.float32(self.decay_steps)
        return Tensor(np.float32(self.learning_rate) *
                      np.power(np.float32(math.e), np.float32(-self.decay_rate) * p))


class InverseDecayLR(_DecayLR):
    """`learning_rate / (1 + decay_rate * step / decay_steps)`, the ratio floored with `is_stair`.

    Example:
        >>> lr = nn.InverseDecayLR(0.1, 0.5, 2)
        >>> lr(Tensor(1, mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 0.08)
    """

    def construct(self, global_step):
        p = self._periods(global_step)
        return Tensor(np.float32(self.learning_rate) /
                      (np.float32(1) + np.float32(self.decay_rate) * p))


class CosineDecayLR(LearningRateSchedule):
    """Cosine decay from `max_lr` to `min_lr` over `decay_steps`, then constant.

    Example:
        >>> lr = nn.CosineDecayLR(0.01, 0.1, 4)
        >>> lr(Tensor(2, mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 0.055)
    """

    def __init__(self, min_lr, max_lr, decay_steps):
        super().__init__()
        _check_float(min_lr, 'min_lr', 'CosineDecayLR', positive=False)
        _check_float(max_lr, 'max_lr', 'CosineDecayLR')
        _check_positive_int(decay_steps, 'decay_steps', 'CosineDecayLR')
        if min_lr >= max_lr:
            raise ValueError(f"For 'CosineDecayLR', the 'max_lr' must be greater than the "
                             f"'min_lr', but got 'max_lr' value: {max_lr}, 'min_lr' value: "
                             f"{min_lr}.")
        self.min_lr, self.max_lr, self.decay_steps = min_lr, max_lr, decay_steps
        self.delta = 0.5 * (max_lr - min_lr)

    def construct(self, global_step):
        p = np.minimum(_step(global_step), np.float32(self.decay_steps))
        angle = np.float32(math.pi) * (p / np.float32(self.decay_steps) + np.float32(0.5))
        return Tensor(np.float32(self.min_lr) + np.float32(self.delta) *
                      (np.float32(1.0) + np.sin(angle)))


class PolynomialDecayLR(LearningRateSchedule):
    """`(lr - end_lr) * (1 - step / decay_steps) ** power + end_lr`; with `update_decay_steps`
    the decay period is extended by multiples of `decay_steps` instead of stopping.

    Example:
        >>> lr = nn.PolynomialDecayLR(0.1, 0.01, 4, 0.5)
        >>> lr(Tensor(2, mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 0.0736396)
    """

    def __init__(self, learning_rate, end_learning_rate, decay_steps, power,
                 update_decay_steps=False):
        super().__init__()
        _check_float(learning_rate, 'learning_rate', 'PolynomialDecayLR')
        _check_float(end_learning_rate, 'end_learning_rate', 'PolynomialDecayLR',
                     positive=False)
        _check_positive_int(decay_steps, 'decay_steps', 'PolynomialDecayLR')
        if not isinstance(update_decay_steps, bool):
            raise TypeError(f"For 'PolynomialDecayLR', the type of 'update_decay_steps' should be "
                            f"'bool', but got type '{type(update_decay_steps).__name__}'.")
        _check_float(power, 'power', 'PolynomialDecayLR')
        self.decay_steps, self.power = decay_steps, power
        self.start_learning_rate, self.end_learning_rate = learning_rate, end_learning_rate
        self.diff_learning_rate = learning_rate - end_learning_rate
        self.update_decay_steps = update_decay_steps

    def construct(self, global_step):
        step = _step(global_step)
        decay = np.float32(self.decay_steps)
        if self.update_decay_steps:
            decay = decay * np.maximum(np.ceil(step / decay), np.float32(1))
        else:
            step = np.minimum(step, decay)
        p = step / decay
        return Tensor(np.float32(self.diff_learning_rate) *
                      np.power(np.float32(1.0) - p, np.float32(self.power)) +
                      np.float32(self.end_learning_rate))


class WarmUpLR(LearningRateSchedule):
    """`learning_rate * min(step, warmup_steps) / warmup_steps`.

    Example:
        >>> lr = nn.WarmUpLR(0.1, 4)
        >>> lr(Tensor(2, mindspore.int32))
        Tensor(shape=[], dtype=Float32, value= 0.05)
    """

    def __init__(self, learning_rate, warmup_steps):
        super().__init__()
        _check_float(learning_rate, 'learning_rate', 'WarmUpLR', positive=False)
        _check_positive_int(warmup_steps, 'warmup_steps', 'WarmUpLR')
        self.learning_rate, self.warmup_steps = learning_rate, warmup_steps

    def construct(self, global_step):
        p = np.minimum(_step(global_step), np.float32(self.warmup_steps))
        return Tensor(np.float32(self.learning_rate) * (p / np.float32(self.warmup_steps)))


__all__ = ['LearningRateSchedule', 'ExponentialDecayLR', 'NaturalExpDecayLR', 'InverseDecayLR',
           'CosineDecayLR', 'PolynomialDecayLR', 'WarmUpLR']
