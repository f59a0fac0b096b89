# WithLossCell, WithEvalCell, TrainOneStepCell (sens, return_grad), ClipByNorm.
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


net = Net()
with_loss = nn.WithLossCell(net, nn.MSELoss())
print(with_loss(X, Y), with_loss.backbone_network is net)
print([p.name for p in with_loss.trainable_params()])
train = nn.TrainOneStepCell(with_loss, nn.Momentum(with_loss.trainable_params(), 0.05, 0.9))
train.set_train()
for _ in range(4):
    print('step', train(X, Y))
for p in net.trainable_params():
    print(p.name, fmt(p.asnumpy()))

net = Net()
with_loss = nn.WithLossCell(net, nn.MSELoss())
train = nn.TrainOneStepCell(with_loss, nn.SGD(with_loss.trainable_params(), 0.05), sens=2.0)
for _ in range(3):
    print('sens', train(X, Y))
print([p.name for p in train.trainable_params()])

net = Net()
train = nn.TrainOneStepCell(nn.WithLossCell(net, nn.MSELoss()),
                            nn.Adam(net.trainable_params(), 0.01), return_grad=True)
loss, grads = train(X, Y)
print(loss, sorted(grads))
for k in sorted(grads):
    print(k, fmt(grads[k].asnumpy()))

ev = nn.WithEvalCell(Net(), nn.MSELoss())
loss, out, label = ev(X, Y)
print(loss, fmt(out.asnumpy()), label is Y)
ev = nn.WithEvalCell(Net(), nn.MSELoss(), add_cast_fp32=True)
loss, out, label = ev(X, Y)
print(loss, out.dtype, label.dtype)

clip = nn.ClipByNorm()
x = Tensor(np.array([[3., 4.], [1., -2.]], np.float32))
print(clip(x, Tensor(1.0)))
print(clip(x, Tensor(10.0)))
