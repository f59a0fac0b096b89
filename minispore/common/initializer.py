"""Weight initializers: `initializer(init, shape, dtype)` and its classes."""
import math
import numbers

import numpy as np

from . import dtype as mstype
from .seed import generator
from .tensor import Tensor

_INITIALIZER_ALIAS = {}


class Initializer:
    """Base class of the initializers: a subclass fills a NumPy array in `_initialize(arr)`.

    Calling an initializer with an array fills it in place (MindSpore's protocol, also for
    user subclasses); calling it with a shape returns a new float32 array.

    Example:
        >>> class Half(mindspore.common.initializer.Initializer):
        ...     def _initialize(self, arr):
        ...         arr.fill(0.5)
        >>> mindspore.common.initializer.initializer(Half(), (2,)).asnumpy()
        array([0.5, 0.5], dtype=float32)
    """

    def __init__(self, **kwargs):
        self._kwargs = kwargs
        self._seed = None

    @property
    def seed(self):
        """The seed of this initializer (None: the global generator)."""
        return self._seed

    @seed.setter
    def seed(self, value):
        self._seed = value

    def _initialize(self, arr):
        raise NotImplementedError('Must be overridden!')

    def __call__(self, arr):
        if not isinstance(arr, np.ndarray):
            arr = np.zeros(_shape(arr), np.float32)
            self._initialize(arr)
            return arr
        return self._initialize(arr)

    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f'{type(self).__name__}({args})'


def _register(*aliases):
    def alias_reg(cls):
        for name in (cls.__name__.lower(),) + aliases:
            _INITIALIZER_ALIAS.setdefault(name, cls)
        return cls
    return alias_reg


def _assignment(arr, values):
    """Write `values` into `arr` (cast to its dtype, as NumPy assignment casts)."""
    if arr.shape == ():
        arr[()] = np.asarray(values).reshape(())
    else:
        arr[...] = values
    return arr


def _rng(init):
    return generator() if init._seed is None else np.random.default_rng(init._seed)


def _calculate_fan_in_and_fan_out(shape):
    """(fan_in, fan_out) of a weight of `shape`: (in, out) times the receptive field size."""
    dimensions = len(shape)
    if dimensions < 2:
        raise ValueError("'fan_in' and 'fan_out' can not be computed for tensor with fewer than"
                         " 2 dimensions, but got dimensions {}.".format(dimensions))
    receptive = int(np.prod(shape[2:])) if dimensions > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


def _calculate_correct_fan(shape, mode):
    mode = mode.lower()
    valid_modes = ['fan_in', 'fan_out']
    if mode not in valid_modes:
        raise ValueError("'mode' {} not supported, please use one of {}".format(mode, valid_modes))
    fan_in, fan_out = _calculate_fan_in_and_fan_out(shape)
    return fan_in if mode == 'fan_in' else fan_out


def _calculate_gain(nonlinearity, param=None):
    """The recommended gain of a nonlinearity (leaky_relu: sqrt(2 / (1 + slope²)))."""
    linear_fns = ['linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d',
                  'conv_transpose3d']
    if nonlinearity in linear_fns or nonlinearity == 'sigmoid':
        return 1
    if nonlinearity == 'tanh':
        return 5.0 / 3
    if nonlinearity == 'relu':
        return math.sqrt(2.0)
    if nonlinearity == 'leaky_relu':
        if param is None:
            negative_slope = 0.01
        elif isinstance(param, (int, float)) and not isinstance(param, bool):
            negative_slope = param
        else:
            raise ValueError("For 'HeUniform', 'negative_slope' {} is not a valid number."
                             "When 'nonlinearity' has been set to "
                             "'leaky_relu', 'negative_slope' should be int or float type, but got "
                             "{}.".format(param, type(param)))
        return math.sqrt(2.0 / (1 + negative_slope ** 2))
    raise ValueError("For 'HeUniform', the argument 'nonlinearity' should be one of "
                     "['sigmoid', 'tanh', 'relu' or 'leaky_relu'], "
                     "but got {}.".format(nonlinearity))


def _normal(init, mean, sigma, shape):
    if sigma < 0:
        raise ValueError("sigma < 0")
    return _rng(init).normal(mean, sigma, shape)


def _uniform(init, low, high, shape):
    return _rng(init).uniform(low, high, shape)


def _truncated_normal(init, a, b, mean, sigma, shape):
    if sigma < 0:
        raise ValueError("sigma < 0")
    rng = _rng(init)
    out = rng.normal(mean, sigma, shape)
    bad = (out < a) | (out > b)
    while bad.any():
        out[bad] = rng.normal(mean, sigma, int(bad.sum()))
        bad = (out < a) | (out > b)
    return out


@_register('zeros')
class Zero(Initializer):
    """All zeros (names 'zeros', 'zero').

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer(I.Zero(), (2,)).asnumpy()
        array([0., 0.], dtype=float32)
    """

    def _initialize(self, arr):
        arr.fill(0)


@_register('ones')
class One(Initializer):
    """All ones (names 'ones', 'one').

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer('ones', (2,), mindspore.int32).asnumpy()
        array([1, 1], dtype=int32)
    """

    def _initialize(self, arr):
        arr.fill(1)


class Constant(Initializer):
    """All `value` (a number passed to `initializer` means this).

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer(I.Constant(2.5), (2,)).asnumpy()
        array([2.5, 2.5], dtype=float32)
    """

    def __init__(self, value):
        super().__init__(value=value)
        self.value = value

    def _initialize(self, arr):
        arr.fill(self.value)


@_register('xavier_normal')
class XavierNormal(Initializer):
    """Glorot normal: N(0, std²) with std = gain·sqrt(2 / (fan_in + fan_out)).

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer(I.XavierNormal(), (3, 4)).shape
        (3, 4)
    """

    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        fan_in, fan_out = _calculate_fan_in_and_fan_out(arr.shape)
        std = self.gain * math.sqrt(2.0 / float(fan_in + fan_out))
        _assignment(arr, _normal(self, 0, std, arr.shape))


@_register('xavier_uniform')
class XavierUniform(Initializer):
    """Glorot uniform: U(-bound, bound) with bound = gain·sqrt(6 / (fan_in + fan_out)).

    Example:
        >>> I = mindspore.common.initializer
        >>> float(abs(I.initializer(I.XavierUniform(), (3, 5)).asnumpy()).max()) <= 1.0
        True
    """

    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        n_in, n_out = _calculate_fan_in_and_fan_out(arr.shape)
        boundary = self.gain * math.sqrt(6.0 / (n_in + n_out))
        _assignment(arr, _uniform(self, -boundary, boundary, arr.shape))


@_register('he_uniform')
class HeUniform(Initializer):
    """Kaiming uniform: U(-bound, bound) with bound = gain·sqrt(3 / fan).

    `fan` is fan_in or fan_out (`mode`); `gain` comes from `nonlinearity` and, for
    'leaky_relu', `negative_slope` (the default gives sqrt(2)).

    Example:
        >>> I = mindspore.common.initializer
        >>> float(abs(I.initializer(I.HeUniform(), (4, 6)).asnumpy()).max()) <= 1.0
        True
    """

    def __init__(self, negative_slope=0, mode='fan_in', nonlinearity='leaky_relu'):
        super().__init__(negative_slope=negative_slope, mode=mode, nonlinearity=nonlinearity)
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def _initialize(self, arr):
        fan = _calculate_correct_fan(arr.shape, self.mode)
        gain = _calculate_gain(self.nonlinearity, self.negative_slope)
        boundary = math.sqrt(3.0) * gain / math.sqrt(fan)
        _assignment(arr, _uniform(self, -boundary, boundary, arr.shape))


@_register('he_normal')
class HeNormal(Initializer):
    """Kaiming normal: N(0, std²) with std = gain / sqrt(fan) (`fan` and `gain` as HeUniform).

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer(I.HeNormal(mode='fan_out', nonlinearity='relu'), (2, 3, 3, 3)).shape
        (2, 3, 3, 3)
    """

    def __init__(self, negative_slope=0, mode='fan_in', nonlinearity='leaky_relu'):
        super().__init__(negative_slope=negative_slope, mode=mode, nonlinearity=nonlinearity)
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def _initialize(self, arr):
        fan = _calculate_correct_fan(arr.shape, self.mode)
        std = _calculate_gain(self.nonlinearity, self.negative_slope) / math.sqrt(fan)
        _assignment(arr, _normal(self, 0, std, arr.shape))


@_register()
class Identity(Initializer):
    """The identity matrix (2-D only; ones on the main diagonal of a rectangle).

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer('identity', (2, 3)).asnumpy()
        array([[1., 0., 0.],
               [0., 1., 0.]], dtype=float32)
    """

    def _initialize(self, arr):
        if len(arr.shape) != 2:
            raise ValueError('For Identity initializer, the dimension of the initialized tensor '
                             'should be 2, but got {}.'.format(len(arr.shape)))
        _assignment(arr, np.eye(arr.shape[0], arr.shape[1]))


@_register()
class Sparse(Initializer):
    """N(0, sigma²) samples with ceil(sparsity·rows) zeros in each column (2-D only).

    Example:
        >>> I = mindspore.common.initializer
        >>> [int(n) for n in (I.initializer(I.Sparse(0.5), (4, 3)).asnumpy() == 0).sum(0)]
        [2, 2, 2]
    """

    def __init__(self, sparsity, sigma=0.01):
        super().__init__()
        self.sparsity, self.sigma = sparsity, sigma

    def _initialize(self, arr):
        if len(arr.shape) != 2:
            raise ValueError('For Sparse initializer, the dimension of the initialized tensor '
                             'should be 2, but got {}.'.format(len(arr.shape)))
        rows, cols = arr.shape
        zero_num = int(np.ceil(self.sparsity * rows))
        data = _normal(self, 0, self.sigma, arr.shape)
        rng = _rng(self)
        for col_idx in range(cols):
            data[rng.permutation(rows)[:zero_num], col_idx] = 0.
        _assignment(arr, data)


@_register()
class Dirac(Initializer):
    """Dirac delta kernels (3-, 4- or 5-D): each output channel of each group copies one input
    channel at the kernel centre.

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer(I.Dirac(), (2, 2, 3)).asnumpy()[:, :, 1]
        array([[1., 0.],
               [0., 1.]], dtype=float32)
    """

    def __init__(self, groups=1):
        super().__init__()
        self.groups = groups

    def _initialize(self, arr):
        dimension = len(arr.shape)
        if dimension not in [3, 4, 5]:
            raise ValueError("For Dirac initializer, only support to initialize tensor with "
                             "dimension of 3, 4 or 5, but got {}.".format(dimension))
        shapes = arr.shape
        if shapes[0] % self.groups != 0:
            raise ValueError("For Dirac initializer, the first dimension of"
                             "the initialized tensor must be divisible by groups, "
                             "but got first dimension{}, groups{}.".format(shapes[0], self.groups))
        data = np.zeros(arr.shape)
        per_group = shapes[0] // self.groups
        centre = tuple(s // 2 for s in shapes[2:])
        for group in range(self.groups):
            for dim in range(min(per_group, shapes[1])):
                data[(group * per_group + dim, dim) + centre] = 1
        _assignment(arr, data)


@_register()
class Orthogonal(Initializer):
    """A (semi-)orthogonal matrix times `gain`, from the QR decomposition of normal samples;
    dimensions after the first are flattened.

    Example:
        >>> I = mindspore.common.initializer
        >>> w = I.initializer(I.Orthogonal(), (3, 5)).asnumpy()
        >>> bool(np.allclose(w @ w.T, np.eye(3), atol=1e-5))
        True
    """

    def __init__(self, gain=1.):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        if len(arr.shape) < 2:
            raise ValueError('For Orthogonal initializer, the dimension of the initialized tensor '
                             'should be no less than 2, but got {}.'.format(len(arr.shape)))
        rows = arr.shape[0]
        cols = int(np.prod(arr.shape)) // rows
        data = _normal(self, 0, 1, (rows, cols))
        if rows < cols:
            data = data.T
        q, r = np.linalg.qr(data)
        q *= np.sign(np.diag(r))
        if rows < cols:
            q = q.T
        _assignment(arr, (q * self.gain).reshape(arr.shape))


@_register()
class VarianceScaling(Initializer):
    """Samples with variance `scale / n`, n being fan_in, fan_out or their mean (`mode`).

    `distribution='untruncated_normal'` draws N(0, scale/n); 'uniform' draws
    U(-sqrt(3·scale/n), sqrt(3·scale/n)). As in MindSpore 2.10, the default 'truncated_normal'
    also draws from that uniform distribution.

    Example:
        >>> I = mindspore.common.initializer
        >>> w = I.initializer(I.VarianceScaling(3.0, 'fan_out', 'uniform'), (4, 9)).asnumpy()
        >>> float(abs(w).max()) <= 1.5
        True
    """

    def __init__(self, scale=1.0, mode='fan_in', distribution='truncated_normal'):
        super().__init__(scale=scale, mode=mode, distribution=distribution)
        if scale <= 0.:
            raise ValueError("For VarianceScaling initializer, the argument 'scale' must be "
                             "greater than 0, but got {}.".format(scale))
        if mode not in ['fan_in', 'fan_out', 'fan_avg']:
            raise ValueError("For VarianceScaling initializer, the argument 'mode' must be "
                             "fan_in, fan_out or fan_avg, but got {}.".format(mode))
        if distribution not in ['uniform', 'truncated_normal', 'untruncated_normal']:
            raise ValueError("For VarianceScaling initializer, the argument 'distribution' must "
                             "be uniform, truncated_norm or untruncated_norm, but got "
                             "{}.".format(distribution))
        self.scale, self.mode, self.distribution = scale, mode, distribution

    def _initialize(self, arr):
        fan_in, fan_out = _calculate_fan_in_and_fan_out(arr.shape)
        fan = {'fan_in': fan_in, 'fan_out': fan_out, 'fan_avg': (fan_in + fan_out) / 2.}
        scale = self.scale / max(1., fan[self.mode])
        if self.distribution == 'untruncated_normal':
            data = _normal(self, 0, np.sqrt(scale), arr.shape)
        else:
            limit = np.sqrt(3.0 * scale)
            data = _uniform(self, -limit, limit, arr.shape)
        _assignment(arr, data)


@_register()
class Uniform(Initializer):
    """U(-scale, scale) samples.

    Example:
        >>> I = mindspore.common.initializer
        >>> float(abs(I.initializer(I.Uniform(0.5), (10,)).asnumpy()).max()) <= 0.5
        True
    """

    def __init__(self, scale=0.07):
        super().__init__(scale=scale)
        self.scale = scale

    def _initialize(self, arr):
        _assignment(arr, _uniform(self, -self.scale, self.scale, arr.shape))


@_register()
class Normal(Initializer):
    """N(mean, sigma²) samples.

    Example:
        >>> I = mindspore.common.initializer
        >>> I.initializer(I.Normal(sigma=0.02, mean=1.0), (2, 2)).dtype
        mindspore.float32
    """

    def __init__(self, sigma=0.01, mean=0.0):
        super().__init__(sigma=sigma, mean=mean)
        self.sigma, self.mean = sigma, mean

    def _initialize(self, arr):
        _assignment(arr, _normal(self, self.mean, self.sigma, arr.shape))


@_register()
class TruncatedNormal(Initializer):
    """N(mean, sigma²) samples redrawn until inside [a, b].

    Example:
        >>> I = mindspore.common.initializer
        >>> w = I.initializer(I.TruncatedNormal(sigma=1.0, a=-0.5, b=0.5), (100,)).asnumpy()
        >>> bool(abs(w).max() <= 0.5)
        True
    """

    def __init__(self, sigma=0.01, mean=0.0, a=-2.0, b=2.0):
        super().__init__(sigma=sigma, mean=mean, a=a, b=b)
        self.sigma, self.mean, self.a, self.b = sigma, mean, a, b

    def _initialize(self, arr):
        _assignment(arr, _truncated_normal(self, self.a, self.b, self.mean, self.sigma,
                                           arr.shape))


def _shape(shape):
    if shape is None:
        return ()
    if isinstance(shape, list):
        shape = tuple(shape)
    elif isinstance(shape, numbers.Number):
        shape = (shape,)
    for value in shape:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value <= 0:
            raise ValueError(f"For 'initializer', the argument 'shape' is invalid, the value of "
                             f"'shape' must be positive integer, but got {shape}")
    return tuple(int(v) for v in shape)


def initializer(init, shape=None, dtype=mstype.float32):
    """A Tensor of `shape` and `dtype` filled by `init`.

    Args:
        init: an Initializer, its name ('ones', 'normal', 'he_uniform', ...), a number (a
            Constant), or a Tensor of the right shape (returned as it is; a NumPy array is cast
            to `dtype`).
        shape: an int, or a tuple or list of positive ints.
        dtype: a mindspore dtype.

    Example:
        >>> mindspore.common.initializer.initializer('ones', (2,), mindspore.float32)
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  1.00000000e+00])
    """
    if isinstance(init, np.ndarray):
        if shape is not None and init.shape != _shape(shape):
            raise ValueError(f"For 'initializer', the shape of the 'init' argument should be same "
                             f"as the argument 'shape', but got the 'init' shape "
                             f"{list(init.shape)} and the 'shape' {shape}.")
        return Tensor(init.astype(mstype.to_numpy(dtype)))
    if not isinstance(init, (Tensor, numbers.Number, str, Initializer)):
        raise TypeError(f"For 'initializer', the type of the 'init' argument should be 'Tensor', "
                        f"'number', 'string' or 'initializer', but got {type(init)}.")
    if isinstance(init, Tensor):
        if shape is not None and tuple(init.shape) != _shape(shape):
            raise ValueError(f"For 'initializer', the shape of the 'init' argument should be same "
                             f"as the argument 'shape', but got the 'init' shape "
                             f"{list(init.shape)} and the 'shape' {shape}.")
        return init
    shape = _shape(shape)
    if isinstance(init, str):
        cls = _INITIALIZER_ALIAS.get(init.lower())
        if cls is None:
            raise ValueError(f"For 'initializer', the class corresponding to '{init}' was not "
                             f"found.")
        init = cls()
    elif isinstance(init, numbers.Number):
        init = Constant(init)
    arr = np.zeros(shape, mstype.to_numpy(dtype))
    init(arr)
    return Tensor(arr)


__all__ = ['Initializer', 'initializer', 'TruncatedNormal', 'Normal', 'Uniform', 'HeUniform',
           'HeNormal', 'XavierUniform', 'XavierNormal', 'One', 'Zero', 'Constant', 'Identity',
           'Sparse', 'Dirac', 'Orthogonal', 'VarianceScaling']
