# nn.Adam: defaults, weight_decay (coupled), nesterov, amsgrad, loss_scale, groups; nn.AdamWeightDecay.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from optim_case import Net, X, Y, fmt, run  # noqa: F401  (tests/conformance/support)

run('adam', lambda n: nn.Adam(n.trainable_params(), learning_rate=0.05), steps=5)
run('adam_wd', lambda n: nn.Adam(n.trainable_params(), learning_rate=0.05, weight_decay=0.1))
run('adam_nest', lambda n: nn.Adam(n.trainable_params(), learning_rate=0.05, use_nesterov=True))
run('adam_ams', lambda n: nn.Adam(n.trainable_params(), learning_rate=0.05, use_amsgrad=True), steps=6)
run('adam_ls', lambda n: nn.Adam(n.trainable_params(), learning_rate=0.05, beta1=0.8, beta2=0.9,
                                 eps=1e-3, weight_decay=0.05, loss_scale=16.0))
run('adam_groups', lambda n: nn.Adam([{'params': [n.w], 'lr': 0.01, 'weight_decay': 0.2},
                                      {'params': [n.b, n.gamma], 'lr': 0.1}], learning_rate=0.05))
run('adamw', lambda n: nn.AdamWeightDecay(n.trainable_params(), learning_rate=0.05))
run('adamw_wd', lambda n: nn.AdamWeightDecay(n.trainable_params(), learning_rate=0.05, weight_decay=0.1,
                                             beta1=0.8, beta2=0.95, eps=1e-4))
run('adamw_groups', lambda n: nn.AdamWeightDecay([{'params': [n.w], 'weight_decay': 0.2},
                                                  {'params': [n.b, n.gamma], 'lr': 0.1}],
                                                 learning_rate=0.05, weight_decay=0.01))
opt = nn.Adam(Net().trainable_params())
print([p.name for p in opt.moment1], [p.name for p in opt.moment2])
print(opt.beta1_power, opt.beta2_power)
opt = nn.AdamWeightDecay(Net().trainable_params())
print([p.name for p in opt.moments1], [p.name for p in opt.moments2])
