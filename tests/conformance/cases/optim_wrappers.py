# WithLossCell, WithEvalCell, TrainOneStepCell (sens, return_grad), ClipByNorm.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from optim_case import Net, X, Y, fmt, run  # noqa: F401  (tests/conformance/support)

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
