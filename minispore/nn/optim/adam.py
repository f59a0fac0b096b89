"""nn.Adam and nn.AdamWeightDecay."""
import numpy as np

from ...common.parameter import Parameter
from ...common.tensor import Tensor
from .optimizer import Optimizer


def _check_param_value(beta1, beta2, eps, owner):
    for name, value in (('beta1', beta1), ('beta2', beta2), ('eps', eps)):
        if not isinstance(value, float):
            raise TypeError(f"For '{owner}', the type of '{name}' should be 'float', but got "
                            f"type '{type(value).__name__}'.")
    for name, value in (('beta1', beta1), ('beta2', beta2)):
        if not 0.0 < value < 1.0:
            raise ValueError(f"For '{owner}', the '{name}' must be in range of (0.0, 1.0), but "
                             f"got {value} with type 'float'.")
    if eps <= 0:
        raise ValueError(f"For '{owner}', the 'eps' must be float and must > 0, but got '{eps}' "
                         f"with type 'float'.")


class Adam(Optimizer):
    """Adam with bias correction folded into the step size, as MindSpore's kernel computes it.

    `m += (1-beta1)(g-m)`, `v += (1-beta2)(g²-v)`, `lr_t = lr·sqrt(1-beta2^t)/(1-beta1^t)`,
    `param -= lr_t·m/(sqrt(v)+eps)` (`m` replaced by `beta1·m + (1-beta1)·g` with
    `use_nesterov`; `sqrt(v)` by `sqrt(max v)` with `use_amsgrad`). `weight_decay` adds
    `weight_decay·param` to the gradient.

    Example:
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> opt = nn.Adam(net.trainable_params(), learning_rate=0.1)
        >>> _ = opt((Tensor([[1., -2.]]), Tensor([3.])))
        >>> net.weight.asnumpy()
        array([[0.90000004, 1.1       ]], dtype=float32)
    """

    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
                 use_locking=False, use_nesterov=False, weight_decay=0.0, loss_scale=1.0,
                 use_amsgrad=False, **kwargs):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        invalid = set(kwargs) - {'use_lazy', 'use_offload'}
        if invalid:
            raise KeyError(f"For 'Adam', invalid keys are passed as kwargs, supported keys are "
                           f"'use_lazy' and'use_offload', but got {kwargs.keys()}.")
        _check_param_value(beta1, beta2, eps, 'Adam')
        for name, value in (('use_locking', use_locking), ('use_nesterov', use_nesterov),
                            ('use_amsgrad', use_amsgrad)):
            if not isinstance(value, bool):
                raise TypeError(f"For 'Adam', the type of '{name}' should be 'bool', but got "
                                f"type '{type(value).__name__}'.")
        self.beta1, self.beta2 = Tensor(np.float32(beta1)), Tensor(np.float32(beta2))
        self.eps = Tensor(np.float32(eps))
        self.beta1_power = Parameter(Tensor(np.float32(1)), name='beta1_power')
        self.beta2_power = Parameter(Tensor(np.float32(1)), name='beta2_power')
        self.use_locking, self.use_nesterov, self.use_amsgrad = (use_locking, use_nesterov,
                                                                 use_amsgrad)
        self.moment1 = self._parameters.clone(prefix='moment1', init='zeros')
        self.moment2 = self._parameters.clone(prefix='moment2', init='zeros')
        if use_amsgrad:
            self.vhat = self._parameters.clone(prefix='vhat', init='zeros')

    def _before_update(self):
        self.beta1_power._data = self.beta1_power._data * self.beta1._data
        self.beta2_power._data = self.beta2_power._data * self.beta2._data

    def _update(self, index, param, grad, lr):
        one = np.float32(1)
        b1, b2, eps = self.beta1._data, self.beta2._data, self.eps._data
        b1p, b2p = self.beta1_power._data, self.beta2_power._data
        m_p, v_p = self.moment1[index], self.moment2[index]
        dt = param.dtype
        if self.use_amsgrad:
            m = (m_p._data * b1 + grad * (one - b1)).astype(dt, copy=False)
            v = (v_p._data * b2 + grad * grad * (one - b2)).astype(dt, copy=False)
            vhat = np.maximum(self.vhat[index]._data, v)
            self.vhat[index]._data = vhat
            denom = np.sqrt(vhat) + eps
            step = m / denom
        else:
            m = (m_p._data + (grad - m_p._data) * (one - b1)).astype(dt, copy=False)
            v = (v_p._data + (grad * grad - v_p._data) * (one - b2)).astype(dt, copy=False)
            denom = np.sqrt(v) + eps
            step = ((m * b1 + grad * (one - b1)) if self.use_nesterov else m) / denom
        m_p._data, v_p._data = m, v
        lr_t = lr * np.sqrt(one - b2p) / (one - b1p)
        return param - lr_t * step


class AdamWeightDecay(Optimizer):
    """Adam with decoupled weight decay and no bias correction (MindSpore's AdamW).

    `m = beta1·m + (1-beta1)·g`, `v = beta2·v + (1-beta2)·g²`,
    `param -= lr·(m/(sqrt(v)+eps) + weight_decay·param)`; the decay skips Parameters named
    '*beta*'/'*gamma*' in a flat list, and groups with zero decay.

    Example:
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> opt = nn.AdamWeightDecay(net.trainable_params(), learning_rate=0.1, weight_decay=0.5)
        >>> _ = opt((Tensor([[1., -2.]]), Tensor([3.])))
        >>> net.weight.asnumpy()
        array([[0.6337801, 1.2662249]], dtype=float32)
    """

    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-6,
                 weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay)
        _check_param_value(beta1, beta2, eps, 'AdamWeightDecay')
        self.beta1, self.beta2 = Tensor(np.float32(beta1)), Tensor(np.float32(beta2))
        self.eps = Tensor(np.float32(eps))
        self.moments1 = self._parameters.clone(prefix='adam_m', init='zeros')
        self.moments2 = self._parameters.clone(prefix='adam_v', init='zeros')

    def _gradients(self, gradients):
        gradients = tuple(gradients)
        if len(gradients) != self.param_length:
            raise ValueError(f"For 'AdamWeightDecay', the number of gradients "
                             f"({len(gradients)}) must equal the number of parameters "
                             f"({self.param_length}).")
        return [np.asarray(g._data if isinstance(g, Tensor) else g) for g in gradients]

    def _update(self, index, param, grad, lr):
        one = np.float32(1)
        b1, b2, eps = self.beta1._data, self.beta2._data, self.eps._data
        m_p, v_p = self.moments1[index], self.moments2[index]
        m = (b1 * m_p._data + (one - b1) * grad).astype(param.dtype, copy=False)
        v = (b2 * v_p._data + (one - b2) * np.square(grad)).astype(param.dtype, copy=False)
        update = m / (eps + np.sqrt(v))
        if self.decay_flags[index]:
            update = np.float32(self.group_weight_decay[index]) * param + update
        m_p._data, v_p._data = m, v
        return param - lr * update


__all__ = ['Adam', 'AdamWeightDecay']
