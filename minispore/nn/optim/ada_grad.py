"""nn.Adagrad: per-element step sizes from the accumulated squared gradients."""
import numpy as np

from .optimizer import Optimizer


class Adagrad(Optimizer):
    """Adagrad, as MindSpore's ApplyAdagrad kernel computes it.

    `accum += grad²`, `param -= lr·grad/sqrt(accum)`; the accumulators (`accum.<name>`) start
    at `accum`. As on MindSpore's CPU, `update_slots=False` still updates them.
    `weight_decay` adds `weight_decay·param` to the gradient, which is then divided by
    `loss_scale`.

    Example:
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> opt = nn.Adagrad(net.trainable_params(), accum=0.1, learning_rate=0.1)
        >>> _ = opt((Tensor([[1., -2.]]), Tensor([3.])))
        >>> net.weight.asnumpy()
        array([[0.9046537, 1.098773 ]], dtype=float32)
    """

    def __init__(self, params, accum=0.1, learning_rate=0.001, update_slots=True,
                 loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if not isinstance(accum, float):
            raise TypeError(f"For 'Adagrad', the type of 'accum' should be 'float', but got "
                            f"type '{type(accum).__name__}'.")
        if not isinstance(update_slots, bool):
            raise TypeError(f"For 'Adagrad', the type of 'update_slots' should be 'bool', but got "
                            f"type '{type(update_slots).__name__}'.")
        if accum < 0.0:
            raise ValueError(f"For 'Adagrad', the 'accum' must be float and must >= 0, but got "
                             f"'{accum}' with type 'float'.")
        self.update_slots = update_slots
        self.accum = self._parameters.clone(prefix='accum', init=accum)

    def _update(self, index, param, grad, lr):
        acc_p = self.accum[index]
        acc = acc_p._data
        acc = (acc + grad * grad).astype(param.dtype, copy=False)
        acc_p._data = acc
        return param - lr * grad / np.sqrt(acc)


__all__ = ['Adagrad']
