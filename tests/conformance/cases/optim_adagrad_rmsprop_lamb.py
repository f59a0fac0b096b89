# nn.Adagrad and nn.RMSProp (plain, momentum, centered): weight_decay, loss_scale, groups, state names; nn.Lamb state names (its kernel has no CPU version).
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from optim_case import Net, X, Y, fmt, run  # noqa: F401  (tests/conformance/support)

run('adagrad', lambda n: nn.Adagrad(n.trainable_params(), learning_rate=0.1), steps=5)
run('adagrad_acc', lambda n: nn.Adagrad(n.trainable_params(), accum=0.5, learning_rate=0.05, weight_decay=0.1))
run('adagrad_noslots', lambda n: nn.Adagrad(n.trainable_params(), learning_rate=0.05, update_slots=False))
run('adagrad_ls', lambda n: nn.Adagrad(n.trainable_params(), learning_rate=0.1, loss_scale=8.0, weight_decay=0.05))
run('adagrad_groups', lambda n: nn.Adagrad([{'params': [n.w], 'lr': 0.01, 'weight_decay': 0.2},
                                            {'params': [n.b, n.gamma], 'lr': 0.1}], learning_rate=0.05))
run('rms', lambda n: nn.RMSProp(n.trainable_params(), learning_rate=0.01), steps=5)
run('rms_mom', lambda n: nn.RMSProp(n.trainable_params(), learning_rate=0.01, decay=0.8, momentum=0.9,
                                    epsilon=1e-6))
run('rms_centered', lambda n: nn.RMSProp(n.trainable_params(), learning_rate=0.01, centered=True), steps=5)
run('rms_centered_mom', lambda n: nn.RMSProp(n.trainable_params(), learning_rate=0.01, momentum=0.5,
                                             centered=True, weight_decay=0.1, loss_scale=4.0))
run('rms_groups', lambda n: nn.RMSProp([{'params': [n.w], 'lr': 0.02, 'weight_decay': 0.2},
                                        {'params': [n.b, n.gamma]}], learning_rate=0.005, momentum=0.3))
run('rms_dynlr', lambda n: nn.RMSProp(n.trainable_params(), learning_rate=[0.02, 0.01, 0.005, 0.001]))
opt = nn.Adagrad(Net().trainable_params(), accum=0.25)
print([p.name for p in opt.accum], opt.accum[0].asnumpy().ravel()[0])
opt = nn.RMSProp(Net().trainable_params())
print([p.name for p in opt.ms], [p.name for p in opt.moment], opt.ms[0].asnumpy().ravel()[0])
opt = nn.RMSProp(Net().trainable_params(), centered=True)
print([p.name for p in opt.mg])
opt = nn.Lamb(Net().trainable_params(), learning_rate=0.1)
print([p.name for p in opt.moments1], [p.name for p in opt.moments2])
