"""nn.Lamb: Adam moments with a layer-wise trust ratio."""
import numpy as np

from ...common.tensor import Tensor
from .adam import _check_param_value
from .optimizer import Optimizer


class Lamb(Optimizer):
    """LAMB, as MindSpore's Lamb kernel computes it.

    With `t` the step (counting from 1): `m = beta1·m + (1-beta1)·g`,
    `v = beta2·v + (1-beta2)·g²` (`lamb_m.<name>`, `lamb_v.<name>`), `m̂ = m/(1-beta1^t)`,
    `v̂ = v/(1-beta2^t)`, `update = m̂/(sqrt(v̂)+eps) + weight_decay·param`. The trust ratio is
    `‖param‖ / ‖m̂/sqrt(v̂+eps) + weight_decay·param‖` (1 when either norm is zero, clipped to
    [0, 10]), and `param -= ratio·lr·update`. The decay skips Parameters named
    '*beta*'/'*gamma*' in a flat list, and groups with zero decay; there is no loss scale.

    Example:
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> opt = nn.Lamb(net.trainable_params(), learning_rate=0.1)
        >>> _ = opt((Tensor([[1., -2.]]), Tensor([3.])))
        >>> net.weight.asnumpy()
        array([[0.9000001, 1.1      ]], dtype=float32)
    """

    def __init__(self, params, learning_rate, beta1=0.9, beta2=0.999, eps=1e-6, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay)
        _check_param_value(beta1, beta2, eps, 'Lamb')
        self.beta1 = Tensor(np.array([beta1], np.float32))
        self.beta2 = Tensor(np.array([beta2], np.float32))
        self.eps = Tensor(np.array([eps], np.float32))
        self.params = self._parameters
        self.moments1 = self.params.clone(prefix='lamb_m', init='zeros')
        self.moments2 = self.params.clone(prefix='lamb_v', init='zeros')

    def _gradients(self, gradients):
        gradients = tuple(gradients)
        if len(gradients) != self.param_length:
            raise ValueError(f"For 'Lamb', the number of gradients ({len(gradients)}) must equal "
                             f"the number of parameters ({self.param_length}).")
        return [np.asarray(g._data if isinstance(g, Tensor) else g) for g in gradients]

    @staticmethod
    def _norm(x):
        if all(d == 1 for d in x.shape):       # the kernel takes a one-element tensor as is
            return np.float32(x.reshape(-1)[0]) if x.size else np.float32(0)
        return np.float32(np.sqrt(np.sum(np.square(x, dtype=np.float32), dtype=np.float32)))

    def _update(self, index, param, grad, lr):
        f32 = np.float32
        one = f32(1)
        b1, b2, eps = self.beta1._data[0], self.beta2._data[0], self.eps._data[0]
        t = f32(self.global_step._data.reshape(-1)[0])
        wd = f32(self.group_weight_decay[index]) if self.decay_flags[index] else f32(0)
        m_p, v_p = self.moments1[index], self.moments2[index]
        w, g = param.astype(f32, copy=False), grad.astype(f32, copy=False)
        m = b1 * m_p._data.astype(f32, copy=False) + (one - b1) * g
        v = b2 * v_p._data.astype(f32, copy=False) + (one - b2) * g * g
        mm = m / (one - b1 ** t)
        vv = v / (one - b2 ** t)
        g_hat = mm / np.sqrt(vv + eps) + wd * w
        update = mm / (np.sqrt(vv) + eps) + wd * w
        w_norm, g_hat_norm = self._norm(w), self._norm(g_hat)
        ratio = (w_norm / g_hat_norm if g_hat_norm > 0 else one) if w_norm > 0 else one
        ratio = f32(0) if (ratio < 0 or np.isnan(ratio)) else min(ratio, f32(10))
        m_p._data = m.astype(param.dtype, copy=False)
        v_p._data = v.astype(param.dtype, copy=False)
        return w - ratio * lr * update


__all__ = ['Lamb']
