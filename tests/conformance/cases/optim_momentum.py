# nn.Momentum: plain, weight_decay, loss_scale, use_nesterov (ignored on CPU), groups, list lr.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from optim_case import Net, X, Y, fmt, run  # noqa: F401  (tests/conformance/support)

run('mom', lambda n: nn.Momentum(n.trainable_params(), 0.05, 0.9))
run('mom_wd', lambda n: nn.Momentum(n.trainable_params(), 0.05, 0.9, weight_decay=0.1))
run('mom_ls', lambda n: nn.Momentum(n.trainable_params(), 0.05, 0.9, weight_decay=0.1, loss_scale=8.0))
run('mom_nest', lambda n: nn.Momentum(n.trainable_params(), 0.05, 0.9, use_nesterov=True))
run('mom_list', lambda n: nn.Momentum(n.trainable_params(), [0.1, 0.05, 0.02, 0.01], 0.5))
run('mom_groups', lambda n: nn.Momentum([{'params': [n.w, n.gamma], 'lr': 0.02, 'weight_decay': 0.3},
                                         {'params': [n.b], 'lr': 0.1}], 0.05, 0.7))
opt = nn.Momentum(Net().trainable_params(), 0.05, 0.9)
print([p.name for p in opt.moments])
r = opt(tuple(ops.ones_like(p) for p in opt.parameters))
print(r)
print(opt.get_lr(), opt.global_step)
