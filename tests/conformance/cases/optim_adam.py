# nn.Adam: defaults, weight_decay (coupled), nesterov, amsgrad, loss_scale, groups; nn.AdamWeightDecay.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.5, -0.3], [0.2, 0.8], [-0.6, 0.1]], np.float32)), name='w')
        self.b = Parameter(Tensor(np.array([0.1, -0.2], np.float32)), name='b')
        self.gamma = Parameter(Tensor(np.array([1.0, 0.5], np.float32)), name='gamma')

    def construct(self, x):
        return ops.matmul(x, self.w) * self.gamma + self.b


X = Tensor(np.array([[1., 2., 3.], [-1., 0.5, 2.], [0.3, -0.7, 1.]], np.float32))
Y = Tensor(np.array([[1., 0.], [0., 1.], [0.5, -0.5]], np.float32))


def fmt(a):
    return ' '.join(f'{v:.6e}' for v in np.asarray(a, np.float64).ravel())


def run(title, make_opt, steps=4):
    net = Net()
    opt = make_opt(net)
    loss_fn = nn.MSELoss()

    def forward(x, y):
        return loss_fn(net(x), y)

    grad_fn = mindspore.value_and_grad(forward, None, opt.parameters)
    losses = []
    for _ in range(steps):
        loss, grads = grad_fn(X, Y)
        opt(grads)
        losses.append(float(loss.asnumpy()))
    print(title, 'losses', fmt(losses))
    for p in net.trainable_params():
        print(title, p.name, fmt(p.asnumpy()))


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
