# Model with FixedLossScaleManager and a scaled Momentum, TrainOneStepWithLossScaleCell sense, and the
# printed forms of losses and Parameters.
import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn, ops, Tensor, Parameter
from mindspore.train import Model, LossMonitor, FixedLossScaleManager, DynamicLossScaleManager

def make():
    return nn.SequentialCell([nn.Dense(3, 4, weight_init=Tensor(np.linspace(-0.6, 0.6, 12).reshape(4, 3).astype(np.float32)), bias_init='zeros'),
                              nn.ReLU(), nn.Dense(4, 2, weight_init=Tensor(np.linspace(0.3, -0.3, 8).reshape(2, 4).astype(np.float32)), bias_init='zeros')])
X = np.array([[1., 2., 3.], [-1., 0.5, 2.], [0.3, -0.7, 1.], [2., 1., -1.]], np.float32)
Y = np.array([0, 1, 1, 0], np.int32)
def data():
    return ds.NumpySlicesDataset({'x': X, 'y': Y}, shuffle=False).batch(2)

net = make()
model = Model(net, nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean'), nn.Momentum(net.trainable_params(), 0.1, 0.9, loss_scale=128.0),
              loss_scale_manager=FixedLossScaleManager(128.0, drop_overflow_update=False))
model.train(2, data(), callbacks=[LossMonitor()])
print(net[2].weight.asnumpy())
net = make()
wl = nn.WithLossCell(net, nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean'))
opt = nn.Adam(net.trainable_params(), 0.01)
tc2 = nn.TrainOneStepWithLossScaleCell(nn.WithLossCell(make(), nn.MSELoss()), nn.SGD(make().trainable_params(), 0.1), scale_sense=Tensor(np.full((1,), 16.0, np.float32)))
print(tc2.scale_sense)
tc2.set_sense_scale(Tensor(np.full((1,), 8.0, np.float32)))
print(tc2.scale_sense.asnumpy())
loss = wl(Tensor(X), Tensor(Y))
print(loss)
print(f"{loss}", repr(loss), str(loss), loss.asnumpy(), float(loss), loss.item(), loss.shape, loss.dtype)
print(f"loss: {loss.asnumpy():>7f}")
print(net[0].bias)
print(repr(net[0].bias), net[0].bias.value())
print(net[0].bias.asnumpy().tolist(), net[0].bias.name, net[0].bias.data.shape)
print(ms.Parameter(Tensor(np.array([1.5, 2.5], np.float32)), name='p'))
print([ms.Parameter(Tensor(np.array([1], np.int32)), name='q')])
