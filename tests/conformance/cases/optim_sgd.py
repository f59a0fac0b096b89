# nn.SGD: plain, momentum, dampening, nesterov, weight_decay (skips gamma/beta), loss_scale, groups.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from optim_case import Net, X, Y, fmt, run  # noqa: F401  (tests/conformance/support)

run('sgd', lambda n: nn.SGD(n.trainable_params()))
run('sgd_lr', lambda n: nn.SGD(n.trainable_params(), learning_rate=0.05))
run('sgd_mom', lambda n: nn.SGD(n.trainable_params(), learning_rate=0.05, momentum=0.9))
run('sgd_damp', lambda n: nn.SGD(n.trainable_params(), learning_rate=0.05, momentum=0.9, dampening=0.3))
run('sgd_nest', lambda n: nn.SGD(n.trainable_params(), learning_rate=0.05, momentum=0.9, nesterov=True))
run('sgd_wd', lambda n: nn.SGD(n.trainable_params(), learning_rate=0.05, momentum=0.5, weight_decay=0.1))
run('sgd_ls', lambda n: nn.SGD(n.trainable_params(), learning_rate=0.05, weight_decay=0.1, loss_scale=4.0))
run('sgd_list_lr', lambda n: nn.SGD(n.trainable_params(), learning_rate=[0.1, 0.05, 0.02, 0.01]))
run('sgd_groups', lambda n: nn.SGD([{'params': [n.w], 'lr': 0.02, 'weight_decay': 0.2},
                                    {'params': [n.b, n.gamma]}], learning_rate=0.1, momentum=0.8))
opt = nn.SGD(Net().trainable_params(), learning_rate=0.05, momentum=0.9)
print([p.name for p in opt.parameters], type(opt.parameters).__name__)
print(opt.get_lr())
print([p.name for p in opt.accum], [p.name for p in opt.stat])
print(opt.momentum, opt.global_step)
