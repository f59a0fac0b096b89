# Learning-rate schedules (values per step), schedules and lists in optimizers, get_lr, groups.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from optim_case import Net, X, Y, fmt, run  # noqa: F401  (tests/conformance/support)

scheds = [nn.ExponentialDecayLR(0.1, 0.9, 3), nn.ExponentialDecayLR(0.1, 0.5, 2, is_stair=True),
          nn.CosineDecayLR(0.01, 0.1, 5), nn.PolynomialDecayLR(0.1, 0.01, 5, 2.0),
          nn.PolynomialDecayLR(0.1, 0.001, 3, 0.5, update_decay_steps=True), nn.WarmUpLR(0.2, 4)]
for s in scheds:
    print(type(s).__name__, fmt([s(Tensor(i, mindspore.int32)).asnumpy() for i in range(8)]))
print(scheds[0](Tensor(np.array([3], np.int32))))

run('sgd_cos', lambda n: nn.SGD(n.trainable_params(), learning_rate=nn.CosineDecayLR(0.01, 0.1, 3),
                                 momentum=0.9), steps=5)
run('mom_warm', lambda n: nn.Momentum(n.trainable_params(), nn.WarmUpLR(0.1, 2), 0.9), steps=4)
run('adam_exp', lambda n: nn.Adam(n.trainable_params(), nn.ExponentialDecayLR(0.1, 0.5, 2)))
run('adamw_poly', lambda n: nn.AdamWeightDecay(n.trainable_params(), nn.PolynomialDecayLR(0.1, 0.01, 3, 1.0),
                                               weight_decay=0.1))
run('sgd_tensor_lr', lambda n: nn.SGD(n.trainable_params(), Tensor(np.array([0.1, 0.2, 0.05, 0.1], np.float32))))
run('sgd_group_sched', lambda n: nn.SGD([{'params': [n.w], 'lr': nn.WarmUpLR(0.1, 2)},
                                         {'params': [n.b, n.gamma], 'lr': [0.1, 0.05, 0.02, 0.01]}],
                                        learning_rate=0.3))
run('sgd_order', lambda n: nn.SGD([{'params': [n.b], 'lr': 0.2}, {'params': [n.w, n.gamma]},
                                   {'order_params': n.trainable_params()}], learning_rate=0.05))

net = Net()
opt = nn.Momentum(net.trainable_params(), nn.WarmUpLR(0.1, 4), 0.9)
for i in range(3):
    print('get_lr', opt.get_lr(), opt.global_step.asnumpy())
    opt(tuple(ops.ones_like(p) for p in opt.parameters))
opt = nn.SGD([{'params': [net.w], 'lr': 0.5}, {'params': [net.b, net.gamma], 'weight_decay': 0.1}], 0.1)
print([float(x.asnumpy()) for x in opt.get_lr()], type(opt.get_lr()).__name__)
print([x.name for x in opt.get_lr()])
print(opt.get_lr_parameter(net.w).name, [p.name for p in opt.get_lr_parameter([net.b, net.gamma])])
print(opt.weight_decay)
opt = nn.SGD(net.trainable_params(), [0.1, 0.2])
print(opt.get_lr(), opt.get_lr_parameter(net.w))
opt = nn.SGD(net.trainable_params(), 0.1, weight_decay=0.5, loss_scale=2.0)
print(opt.weight_decay, opt.decay_flags)
