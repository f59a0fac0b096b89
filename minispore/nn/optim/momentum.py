"""nn.Momentum: gradient descent with momentum."""
import numpy as np

from ...common.parameter import Parameter
from ...common.tensor import Tensor
from .optimizer import Optimizer


class Momentum(Optimizer):
    """Momentum: `moment = momentum * moment + grad`, `param -= lr * moment`.

    As MindSpore's CPU kernel does, `use_nesterov=True` gives the same steps as plain momentum.

    Example:
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> opt = nn.Momentum(net.trainable_params(), learning_rate=0.1, momentum=0.9)
        >>> for _ in range(2):
        ...     _ = opt((Tensor([[1., 1.]]), Tensor([1.])))
        >>> net.bias.asnumpy()
        array([-0.29], dtype=float32)
    """

    def __init__(self, params, learning_rate, momentum, weight_decay=0.0, loss_scale=1.0,
                 use_nesterov=False):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if not isinstance(momentum, float):
            raise TypeError(f"For 'Momentum', the type of 'momentum' should be 'float', but got "
                            f"type '{type(momentum).__name__}'.")
        if momentum < 0.0:
            raise ValueError(f"For 'Momentum', the argument 'momentum' must be at least 0.0, but "
                             f"got {momentum}")
        if not isinstance(use_nesterov, bool):
            raise TypeError("The input value must be a bool, but got "
                            f"{type(use_nesterov).__name__}.")
        self.momentum = Parameter(Tensor(np.float32(momentum)), name='momentum')
        self.params = self._parameters
        self.use_nesterov = use_nesterov
        self.moments = self.params.clone(prefix='moments', init='zeros')

    def _update(self, index, param, grad, lr):
        moment = self.moments[index]
        acc = (moment._data * self.momentum._data + grad).astype(param.dtype, copy=False)
        moment._data = acc
        return param - lr * acc


__all__ = ['Momentum']
