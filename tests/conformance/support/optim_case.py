"""The small network, data and step loop the optimizer conformance cases (cases/optim_*.py) share."""
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
