"""Parameter (a named, trainable Tensor) and ParameterTuple."""
import itertools

import numpy as np

from . import dtype as mstype
from .initializer import initializer
from .tensor import Tensor

_counter = itertools.count(1)


class Parameter(Tensor):
    """A Tensor that a Cell trains: it has a `name` and a `requires_grad` flag.

    Args:
        default_input: the initial value (Tensor, numpy array, number or list).
        name: the name; unnamed Parameters are called `Parameter#N` until a Cell names them
            after the attribute they are assigned to.
        requires_grad: whether `trainable_params()` and gradients include it.

    Example:
        >>> Parameter(Tensor([1., 2.]), name='w')
        Parameter (name=w, shape=(2,), dtype=Float32, requires_grad=True)
    """
    __slots__ = ('_name', 'requires_grad', 'auto_named', 'layerwise_parallel',
                 'parallel_optimizer', '__dict__')

    def __init__(self, default_input, name=None, requires_grad=True, layerwise_parallel=False,
                 parallel_optimizer=True, storage_format='', device=None):
        if isinstance(default_input, Tensor):
            self._data = np.array(default_input._data)
        elif isinstance(default_input, int) and not isinstance(default_input, bool):
            self._data = np.array(default_input, np.int32)      # as MindSpore: Int32
        else:
            Tensor.__init__(self, default_input)
        if name is not None and not isinstance(name, str):
            raise ValueError(f"The type of the Parameter's name should be 'string' or 'None', "
                             f"but got {type(name)}.")
        self.auto_named = name is None
        self._name = f'Parameter#{next(_counter)}' if name is None else name
        self.requires_grad = requires_grad
        self.layerwise_parallel, self.parallel_optimizer = layerwise_parallel, parallel_optimizer

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        if not isinstance(value, str):
            raise TypeError(f"The name of a Parameter must be a str, but got "
                            f"{type(value).__name__}.")
        self._name, self.auto_named = value, False

    @property
    def data(self):
        return self

    def value(self):
        """The current value as a plain Tensor."""
        return Tensor(self)

    def set_data(self, data, slice_shape=False):
        """Replace the value with `data` (cast to this Parameter's dtype); returns self."""
        new = np.asarray(data._data if isinstance(data, Tensor) else data)
        if new.shape != self._data.shape and not slice_shape and self._data.size:
            raise ValueError(f"For 'Parameter.set_data', the shape of the new data "
                             f"{new.shape} must equal the Parameter's shape {self._data.shape}; "
                             f"pass slice_shape=True to change it.")
        self._data = new.astype(self._data.dtype, copy=True)
        return self

    def clone(self, init='same'):
        """A new Parameter with the same name and flags: a copy of the value, or `init`."""
        value = Tensor(self) if init == 'same' else initializer(init, self.shape, self.dtype)
        return Parameter(value, self._name, self.requires_grad)

    def __repr__(self):
        return (f'Parameter (name={self._name}, shape={self._data.shape}, dtype={self.dtype}, '
                f'requires_grad={self.requires_grad})')

    __str__ = __repr__

    def __reduce__(self):
        return (Parameter, (Tensor(self), self._name, self.requires_grad))


class ParameterTuple(tuple):
    """A tuple of Parameters, as `Cell.trainable_params()` users pass to optimizers.

    Example:
        >>> net = nn.Dense(2, 1)
        >>> [p.name for p in mindspore.ParameterTuple(net.trainable_params())]
        ['weight', 'bias']
    """

    def __new__(cls, iterable=()):
        params = tuple(iterable)
        for p in params:
            if not isinstance(p, Parameter):
                raise TypeError(f"ParameterTuple input should be Parameter, but got "
                                f"{type(p).__name__}.")
        return super().__new__(cls, params)

    def clone(self, prefix, init='same'):
        """Copies of the Parameters (or new values from `init`), named `prefix.<name>`."""
        clones = []
        for p in self:
            c = p.clone(init)
            c.name = f'{prefix}.{p.name}'
            clones.append(c)
        return ParameterTuple(clones)
