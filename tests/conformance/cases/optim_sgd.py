# nn.SGD: plain, momentum, dampening, nesterov, weight_decay (skips gamma/beta), loss_scale, groups.
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
