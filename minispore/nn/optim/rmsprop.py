"""nn.RMSProp: steps scaled by a running mean of squared gradients, optionally centered."""
import numpy as np

from .optimizer import Optimizer


def _check_float(value, name, positive=False):
    if not isinstance(value, float):
        raise TypeError(f"For 'RMSProp', the type of '{name}' should be 'float', but got "
                        f"type '{type(value).__name__}'.")
    if positive and value <= 0.0:
        raise ValueError(f"For 'RMSProp', the '{name}' must be float and must > 0, but got "
                         f"'{value}' with type 'float'.")
    if not positive and value < 0.0:
        raise ValueError(f"For 'RMSProp', the '{name}' must be float and must >= 0, but got "
                         f"'{value}' with type 'float'.")


class RMSProp(Optimizer):
    """RMSProp, as MindSpore's ApplyRMSProp and ApplyCenteredRMSProp kernels compute it.

    `ms = decay·ms + (1-decay)·g²` (`mean_square.<name>`, starting at ones),
    `mom = momentum·mom + lr·g/sqrt(ms + epsilon)` (`moment.<name>`), `param -= mom`. With
    `centered=True`, `mg = decay·mg + (1-decay)·g` (`mean_grad.<name>`) and the denominator is
    `sqrt(ms - mg² + epsilon)`.

    Example:
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> opt = nn.RMSProp(net.trainable_params(), learning_rate=0.1)
        >>> _ = opt((Tensor([[1., -2.]]), Tensor([3.])))
        >>> net.weight.asnumpy()
        array([[0.9      , 1.1754116]], dtype=float32)
    """

    def __init__(self, params, learning_rate=0.1, decay=0.9, momentum=0.0, epsilon=1e-10,
                 use_locking=False, centered=False, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        _check_float(decay, 'decay')
        _check_float(momentum, 'momentum')
        _check_float(epsilon, 'epsilon', positive=True)
        for name, value in (('use_locking', use_locking), ('centered', centered)):
            if not isinstance(value, bool):
                raise TypeError(f"For 'RMSProp', the type of '{name}' should be 'bool', but got "
                                f"type '{type(value).__name__}'.")
        self.centered = centered
        if centered:
            self.mg = self._parameters.clone(prefix='mean_grad', init='zeros')
        self.momentum = momentum
        self.ms = self._parameters.clone(prefix='mean_square', init='ones')
        self.moment = self._parameters.clone(prefix='moment', init='zeros')
        self.epsilon = epsilon
        self.decay = decay
        self.use_locking = use_locking

    def _update(self, index, param, grad, lr):
        dt = param.dtype
        one = dt.type(1)
        decay, momentum, eps = dt.type(self.decay), dt.type(self.momentum), dt.type(self.epsilon)
        ms_p, mom_p = self.ms[index], self.moment[index]
        ms = (ms_p._data + (grad * grad - ms_p._data) * (one - decay)).astype(dt, copy=False)
        if self.centered:
            mg_p = self.mg[index]
            mg = (mg_p._data + (grad - mg_p._data) * (one - decay)).astype(dt, copy=False)
            mg_p._data = mg
            denom = ms - mg * mg + eps
        else:
            denom = ms + eps
        mom = (mom_p._data * momentum + lr * grad / np.sqrt(denom)).astype(dt, copy=False)
        ms_p._data, mom_p._data = ms, mom
        return param - mom


__all__ = ['RMSProp']
