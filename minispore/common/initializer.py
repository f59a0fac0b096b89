"""Weight initializers (`initializer(init, shape, dtype)` and the classes) with MindSpore's formulas."""
import math
import numbers

import numpy as np

from . import dtype as mstype
from .seed import generator
from .tensor import Tensor


def _fans(shape):
    if len(shape) < 2:
        fan = shape[0] if shape else 1
        return fan, fan
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


def _gain(nonlinearity, param=None):
    if nonlinearity in ('linear', 'sigmoid', 'conv1d', 'conv2d', 'conv3d'):
        return 1.0
    if nonlinearity == 'tanh':
        return 5.0 / 3
    if nonlinearity == 'relu':
        return math.sqrt(2.0)
    if nonlinearity == 'leaky_relu':
        slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1 + slope ** 2))
    if nonlinearity == 'selu':
        return 3.0 / 4
    raise ValueError(f"Unsupported nonlinearity {nonlinearity!r}.")


class Initializer:
    """Base class: `init(shape)` returns a NumPy array of values (float64, cast later)."""

    def __call__(self, shape):
        raise NotImplementedError

    def __repr__(self):
        return type(self).__name__ + '()'


class Zero(Initializer):
    """All zeros."""

    def __call__(self, shape):
        return np.zeros(shape)


class One(Initializer):
    """All ones."""

    def __call__(self, shape):
        return np.ones(shape)


class Constant(Initializer):
    """All `value`."""

    def __init__(self, value):
        self.value = value

    def __call__(self, shape):
        return np.full(shape, self.value)


class Normal(Initializer):
    """Normal(mean, sigma) samples."""

    def __init__(self, sigma=0.01, mean=0.0):
        self.sigma, self.mean = sigma, mean

    def __call__(self, shape):
        return generator().normal(self.mean, self.sigma, shape)


class TruncatedNormal(Initializer):
    """Normal(mean, sigma) samples redrawn until inside [a, b]."""

    def __init__(self, sigma=0.01, mean=0.0, a=-2.0, b=2.0):
        self.sigma, self.mean, self.a, self.b = sigma, mean, a, b

    def __call__(self, shape):
        out = generator().normal(self.mean, self.sigma, shape)
        bad = (out < self.a) | (out > self.b)
        while bad.any():
            out[bad] = generator().normal(self.mean, self.sigma, int(bad.sum()))
            bad = (out < self.a) | (out > self.b)
        return out


class Uniform(Initializer):
    """Uniform samples in [-scale, scale]."""

    def __init__(self, scale=0.07):
        self.scale = scale

    def __call__(self, shape):
        return generator().uniform(-self.scale, self.scale, shape)


class HeUniform(Initializer):
    """Kaiming uniform: bound = gain * sqrt(3 / fan), fan from `mode`."""

    def __init__(self, negative_slope=0, mode='fan_in', nonlinearity='leaky_relu'):
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def __call__(self, shape):
        fan_in, fan_out = _fans(shape)
        fan = fan_in if self.mode == 'fan_in' else fan_out
        bound = _gain(self.nonlinearity, self.negative_slope) * math.sqrt(3.0 / fan)
        return generator().uniform(-bound, bound, shape)


class HeNormal(Initializer):
    """Kaiming normal: std = gain / sqrt(fan)."""

    def __init__(self, negative_slope=0, mode='fan_in', nonlinearity='leaky_relu'):
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def __call__(self, shape):
        fan_in, fan_out = _fans(shape)
        fan = fan_in if self.mode == 'fan_in' else fan_out
        std = _gain(self.nonlinearity, self.negative_slope) / math.sqrt(fan)
        return generator().normal(0.0, std, shape)


class XavierUniform(Initializer):
    """Glorot uniform: bound = gain * sqrt(6 / (fan_in + fan_out))."""

    def __init__(self, gain=1):
        self.gain = gain

    def __call__(self, shape):
        fan_in, fan_out = _fans(shape)
        bound = self.gain * math.sqrt(6.0 / (fan_in + fan_out))
        return generator().uniform(-bound, bound, shape)


class XavierNormal(Initializer):
    """Glorot normal: std = gain * sqrt(2 / (fan_in + fan_out))."""

    def __init__(self, gain=1):
        self.gain = gain

    def __call__(self, shape):
        fan_in, fan_out = _fans(shape)
        return generator().normal(0.0, self.gain * math.sqrt(2.0 / (fan_in + fan_out)), shape)


_BY_NAME = {'zeros': Zero, 'zero': Zero, 'ones': One, 'one': One, 'normal': Normal,
            'truncatednormal': TruncatedNormal, 'uniform': Uniform, 'heuniform': HeUniform,
            'he_uniform': HeUniform, 'henormal': HeNormal, 'he_normal': HeNormal,
            'xavieruniform': XavierUniform, 'xavier_uniform': XavierUniform,
            'xaviernormal': XavierNormal, 'xavier_normal': XavierNormal}


def initializer(init, shape=None, dtype=mstype.float32):
    """A Tensor of `shape` and `dtype` filled by `init`.

    Args:
        init: an Initializer, its name ('ones', 'normal', 'he_uniform', ...), a number, or a
            Tensor/ndarray of the right shape.
        shape: an int or tuple of ints.
        dtype: a mindspore dtype.

    Example:
        >>> mindspore.common.initializer.initializer('ones', (2,), mindspore.float32)
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  1.00000000e+00])
    """
    shape = (shape,) if isinstance(shape, numbers.Integral) else tuple(shape or ())
    np_dtype = mstype.to_numpy(dtype)
    if isinstance(init, (Tensor, np.ndarray)):
        values = np.asarray(init)
        if shape and values.shape != shape:
            raise ValueError(f"For 'initializer', the shape of the init Tensor {values.shape} "
                             f"does not match the requested shape {shape}.")
        return Tensor(values.astype(np_dtype))
    if isinstance(init, numbers.Number) and not isinstance(init, bool):
        init = Constant(init)
    elif isinstance(init, str):
        if init.lower() not in _BY_NAME:
            raise ValueError(f"For 'initializer', the init name {init!r} is unknown; known: "
                             f"{sorted(_BY_NAME)}.")
        init = _BY_NAME[init.lower()]()
    if not isinstance(init, Initializer):
        raise TypeError(f"For 'initializer', 'init' must be an Initializer, a str, a number or "
                        f"a Tensor, but got {type(init).__name__}.")
    return Tensor(np.asarray(init(shape)).astype(np_dtype))
