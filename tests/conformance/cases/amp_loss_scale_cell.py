# nn.TrainOneStepWithLossScaleCell with a Tensor scale, DynamicLossScaleUpdateCell and FixedLossScaleUpdateCell
# (an overflowing step skips the update); amp.build_train_network and Model with amp_level and a loss scale manager.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter, amp
from mindspore.train import Model


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.5, -1.0], [2.0, 0.25]], np.float32)), name='w')

    def construct(self, x):
        return ops.matmul(x, self.w)


X = Tensor(np.array([[1., 2.], [3., -1.]], np.float32))
Y = Tensor(np.array([[0., 1.], [1., 0.]], np.float32))
BIG = Tensor(np.array([[1e30, 2.], [3., -1.]], np.float32))

net = Net()
loss = nn.WithLossCell(net, nn.MSELoss())
opt = nn.SGD(net.trainable_params(), 0.1)
for sense in [Tensor(8.0), nn.DynamicLossScaleUpdateCell(2.0 ** 10, 2, 2), nn.FixedLossScaleUpdateCell(16.)]:
    step = nn.TrainOneStepWithLossScaleCell(loss, opt, sense)
    # MindSpore's CPU build has no overflow-status kernel; these select its IsFinite path.
    step.ascend_910b_target, step.enable_allfinite = True, False
    for i in range(3):
        out = step(X, Y)
        print(out, out[2].asnumpy())
    print(net.w.asnumpy())
    print(step(BIG, Y), net.w.asnumpy())
    print(step(X, Y)[2].asnumpy())
step = nn.TrainOneStepWithLossScaleCell(loss, opt, Tensor([4.0]))
step.set_sense_scale(Tensor([2.0]))
print(step.scale_sense)
for bad in [Tensor([1.0, 2.0]), 3.0]:
    try:
        nn.TrainOneStepWithLossScaleCell(loss, opt, bad)
    except Exception as e:
        print(type(e).__name__, e)


def dense_net():   # no bias: a bias gradient is a float16 sum, accumulated in float32 by MindSpore
    return nn.SequentialCell([nn.Dense(3, 4, Tensor(np.linspace(-1, 1, 12).reshape(4, 3).astype(np.float32)),
                                       has_bias=False), nn.ReLU(),
                              nn.Dense(4, 2, Tensor(np.linspace(1, -0.5, 8).reshape(2, 4).astype(np.float32)),
                                       has_bias=False)])


x = Tensor(np.array([[0.3, -0.2, 0.9], [1.2, 0.4, -0.7], [0.1, 0.1, 0.5]], np.float32))
y = Tensor(np.array([[0.2, 0.1], [-0.3, 0.8], [0.5, 0.5]], np.float32))
for level, kwargs in [('O0', {}), ('O3', {}), ('O2', {'loss_scale_manager': amp.FixedLossScaleManager(64, False)}),
                      ('O3', {'cast_model_type': mindspore.float32})]:
    n = dense_net()
    train = amp.build_train_network(n, nn.Momentum(n.trainable_params(), 0.1, 0.9), nn.MSELoss(), level, **kwargs)
    print(level, type(train).__name__, [float(train(x, y)) for _ in range(4)])
    print(np.array2string(n[0].weight.asnumpy().astype(np.float64), precision=8))
for kwargs in [{'keep_batchnorm_fp32': 1}, {'bad': 1}, {'loss_scale_manager': 3}]:
    try:
        amp.build_train_network(n, nn.SGD(n.trainable_params()), nn.MSELoss(), 'O3', **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    amp.build_train_network(n, nn.SGD(n.trainable_params()), nn.MSELoss(), 'O5')
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])

for level, kwargs in [('O3', {}), ('O2', {'loss_scale_manager': amp.FixedLossScaleManager(32, False)})]:
    data = mindspore.dataset.NumpySlicesDataset({'x': x.asnumpy(), 'y': y.asnumpy()}, shuffle=False).batch(3)
    n = dense_net()
    model = Model(n, nn.MSELoss(), nn.SGD(n.trainable_params(), 0.1), amp_level=level, **kwargs)
    model.train(3, data)
    print(level, type(model.train_network).__name__, float(model.train_network(x, y)))
