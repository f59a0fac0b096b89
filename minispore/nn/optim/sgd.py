"""nn.SGD: stochastic gradient descent with momentum, dampening and Nesterov."""
import numpy as np

from ...common.parameter import Parameter
from ...common.tensor import Tensor
from .optimizer import Optimizer


class SGD(Optimizer):
    """Stochastic gradient descent, as MindSpore's SGD kernel computes it.

    With `momentum > 0` the first step sets the accumulation to the gradient; later steps use
    `accum = momentum * accum + (1 - dampening) * grad`. The step is `lr * accum`, or
    `lr * (grad + momentum * accum)` with `nesterov`. Weight decay adds `weight_decay * param`
    to the gradient first.

    Example:
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> opt = nn.SGD(net.trainable_params(), learning_rate=0.5)
        >>> opt((Tensor([[1., 2.]]), Tensor([1.])))
        (True, True)
        >>> net.weight.asnumpy()
        array([[0.5, 0. ]], dtype=float32)
    """

    def __init__(self, params, learning_rate=0.1, momentum=0.0, dampening=0.0, weight_decay=0.0,
                 nesterov=False, loss_scale=1.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if isinstance(momentum, int) and not isinstance(momentum, bool):
            momentum = float(momentum)
        if not isinstance(momentum, float):
            raise TypeError(f"For 'SGD', the argument 'momentum' must be float type, but got "
                            f"{type(momentum)}.")
        if momentum < 0.0:
            raise ValueError(f"For 'SGD', the argument 'momentum' must be at least 0.0, but got "
                             f"{momentum}.")
        if isinstance(dampening, int) and not isinstance(dampening, bool):
            dampening = float(dampening)
        if not isinstance(dampening, float):
            raise TypeError(f"For 'SGD', the argument 'dampening' must be float type, but got "
                            f"{type(dampening)}.")
        if dampening < 0.0:
            raise ValueError(f"For 'SGD', the argument 'dampening' must be at least 0.0, but got "
                             f"'dampening' {dampening}")
        if not isinstance(nesterov, bool):
            raise TypeError(f"For 'SGD', the type of 'nesterov' should be 'bool', but got "
                            f"type '{type(nesterov).__name__}'.")
        if nesterov and (momentum <= 0.0 or dampening != 0.0):
            raise ValueError(f"For 'SGD', if 'nesterov' is true, 'momentum' must be > 0.0 and "
                             f"'dampening' must equal to 0.0, but got 'momentum' {momentum}, "
                             f"'dampening' {dampening}.")
        self.dampening, self.nesterov = dampening, nesterov
        self.momentum = Parameter(Tensor(np.float32(momentum)), name='momentum')
        self.accum = self._parameters.clone(prefix='accum', init='zeros')
        self.stat = self._parameters.clone(prefix='stat', init='ones')

    def _update(self, index, param, grad, lr):
        m = self.momentum._data
        if m > 0:
            accum, stat = self.accum[index], self.stat[index]
            if np.all(stat._data > 0):
                acc = np.array(grad, dtype=param.dtype)
            else:
                acc = accum._data * m + (np.float32(1) - np.float32(self.dampening)) * grad
            acc = acc.astype(param.dtype, copy=False)
            accum._data = acc
            stat._data = np.zeros_like(stat._data)
            grad = grad + acc * m if self.nesterov else acc
        if grad.dtype != param.dtype:
            return param - lr * grad
        step = np.multiply(grad, lr, order='C')
        if param.base is None and param.flags.writeable:
            return np.subtract(param, step, out=param)      # in place, see optimizer._assign
        return np.subtract(param, step, out=step)


__all__ = ['SGD']
