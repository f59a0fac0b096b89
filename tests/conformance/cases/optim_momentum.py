# nn.Momentum: plain, weight_decay, loss_scale, use_nesterov (ignored on CPU), groups, list lr.
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
