# Dynamic learning-rate lists (nn.*_lr), NaturalExp/InverseDecayLR, and optimizer argument errors.
from mindspore import nn
for f in [lambda: nn.exponential_decay_lr(0.1, 0.9, 0, 1, 1), lambda: nn.exponential_decay_lr(1, 0.9, 3, 1, 1),
          lambda: nn.exponential_decay_lr(0.1, 0.9, 3, 1, 1, is_stair=1), lambda: nn.piecewise_constant_lr([2, 1], [0.1, 0.2]),
          lambda: nn.piecewise_constant_lr([2], [0.1, 0.2]), lambda: nn.piecewise_constant_lr(3, [0.1]), lambda: nn.piecewise_constant_lr([0], [0.1]),
          lambda: nn.piecewise_constant_lr([1], [1]), lambda: nn.cosine_decay_lr(0.1, 0.01, 3, 1, 1), lambda: nn.cosine_decay_lr(0, 0.1, 3, 1, 1),
          lambda: nn.warmup_lr(-0.1, 3, 1, 1), lambda: nn.exponential_decay_lr(-0.1, 0.9, 3, 1, 1), lambda: nn.exponential_decay_lr(0.1, 0.9, 3.0, 1, 1),
          lambda: nn.exponential_decay_lr(0.1, 0.9, True, 1, 1), lambda: nn.polynomial_decay_lr(0.1, 0.01, 3, 1, 1, 0.0),
          lambda: nn.NaturalExpDecayLR(0.1, 0.9, 0), lambda: nn.InverseDecayLR(1, 0.9, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
print(nn.piecewise_constant_lr([2, 5, 10], [0.1, 0.05, 0.01]))
print(nn.exponential_decay_lr(0.1, 0.9, 6, 2, 1))
print(nn.exponential_decay_lr(0.1, 0.9, 6, 2, 2, True))
print(nn.natural_exp_decay_lr(0.1, 0.9, 6, 2, 2, True))
print(nn.natural_exp_decay_lr(0.1, 0.9, 6, 2, 2))
print(nn.inverse_decay_lr(0.1, 0.5, 6, 1, 1, True))
print(nn.inverse_decay_lr(0.1, 0.5, 6, 2, 3))
print(nn.cosine_decay_lr(0.01, 0.1, 6, 2, 2))
print(nn.polynomial_decay_lr(0.1, 0.01, 6, 2, 2, 0.5))
print(nn.polynomial_decay_lr(0.1, 0.01, 8, 1, 3, 2.0, True))
print(nn.warmup_lr(0.1, 6, 2, 2))
from mindspore import Tensor
import mindspore as ms
for s in [nn.NaturalExpDecayLR(0.1, 0.9, 2), nn.NaturalExpDecayLR(0.1, 0.9, 2, True), nn.InverseDecayLR(0.1, 0.5, 2), nn.InverseDecayLR(0.1, 0.5, 2, True)]:
    print([s(Tensor(i, ms.int32)) for i in range(4)])

net = nn.Dense(2, 1)
P = net.trainable_params
cases = [
 lambda: nn.SGD(P(), -0.1), lambda: nn.SGD(P(), 0.1, momentum=-1.0), lambda: nn.SGD(P(), 0.1, momentum=1), lambda: nn.SGD(P(), 0.1, dampening=-0.1),
 lambda: nn.SGD(P(), 0.1, weight_decay=-0.1), lambda: nn.SGD(P(), 0.1, nesterov=1), lambda: nn.SGD(P(), 0.1, loss_scale=0.0), lambda: nn.SGD(P(), 0.1, loss_scale=2),
 lambda: nn.SGD(P(), 0.1, momentum=0.9, dampening=0.1, nesterov=True), lambda: nn.SGD([], 0.1), lambda: nn.SGD(P(), Tensor(np.ones((2, 2), np.float32))),
 lambda: nn.Momentum(P(), 0.1, -0.9), lambda: nn.Momentum(P(), 0.1, 0.9, use_nesterov=1), lambda: nn.Momentum(P(), 0.1, 1),
 lambda: nn.Adam(P(), beta1=1.0), lambda: nn.Adam(P(), beta2=0.0), lambda: nn.Adam(P(), eps=0.0), lambda: nn.Adam(P(), beta1=1), lambda: nn.Adam(P(), use_locking=1),
 lambda: nn.Adam(P(), use_nesterov=1), lambda: nn.Adam(P(), use_amsgrad=1), lambda: nn.Adam(P(), use_amsgrad=True, use_nesterov=True), lambda: nn.Adam(P(), loss_scale=0.0),
 lambda: nn.AdamWeightDecay(P(), beta1=0.0), lambda: nn.AdamWeightDecay(P(), eps=-1.0),
 lambda: nn.Adagrad(P(), accum=-0.1), lambda: nn.Adagrad(P(), accum=1), lambda: nn.Adagrad(P(), update_slots=1),
 lambda: nn.RMSProp(P(), decay=-0.1), lambda: nn.RMSProp(P(), momentum=-0.1), lambda: nn.RMSProp(P(), epsilon=0.0), lambda: nn.RMSProp(P(), centered=1), lambda: nn.RMSProp(P(), decay=1),
 lambda: nn.Lamb(P(), 0.1, beta1=1.0), lambda: nn.Lamb(P(), 0.1, eps=0.0), lambda: nn.Lamb(P(), 0.1, beta2=1),
 lambda: nn.SGD([{'params': P(), 'lr': -1.0}], 0.1), lambda: nn.SGD([{'params': P(), 'foo': 1}], 0.1), lambda: nn.SGD([{'params': P()}, {'params': P()}], 0.1),
 lambda: nn.SGD([{'params': P(), 'weight_decay': -1.0}], 0.1), lambda: nn.SGD([{'params': P()}, {'order_params': [Parameter(Tensor(1.0), name='zz')]}], 0.1),
 lambda: nn.SGD(P(), (0.1, 0.2)), lambda: nn.SGD(P(), 1), lambda: nn.SGD(P(), True),
 lambda: nn.SGD([1, 2], 0.1), lambda: nn.SGD(P()[0], 0.1), lambda: nn.Momentum(P(), 0.1, 0.9, weight_decay=1),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'ok', type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, str(e).splitlines()[0] if str(e) else '')
