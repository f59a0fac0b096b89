# Nested SequentialCell(OrderedDict)/CellList structure, parameter and cell names, frozen parameters,
# grouped Momentum with get_lr/get_lr_parameter, BatchNorm statistics, Adam state names, renaming.
from collections import OrderedDict
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

def W(*shape, scale=0.1):
    return Tensor((np.arange(np.prod(shape)).reshape(shape) % 7 - 3).astype(np.float32) * scale)

class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seq = nn.SequentialCell(OrderedDict([
            ('conv', nn.Conv2d(2, 3, 3, stride=1, pad_mode='pad', padding=1, weight_init=W(3, 2, 3, 3), has_bias=False)),
            ('bn', nn.BatchNorm2d(3, momentum=0.8)),
            ('act', nn.ReLU()),
            ('pool', nn.MaxPool2d(kernel_size=2, stride=2))]))
        self.heads = nn.CellList([nn.Dense(12, 2, weight_init=W(2, 12), bias_init='zeros', activation='tanh'),
                                  nn.Dense(12, 2, weight_init=W(2, 12, scale=-0.05), has_bias=False)])
        self.bn1 = nn.BatchNorm1d(12)
        self.scale = Parameter(Tensor(np.array([2.0], np.float32)), name='scale')
        self.frozen = Parameter(Tensor(np.array([1.0], np.float32)), name='frozen', requires_grad=False)
    def construct(self, x):
        h = self.seq(x).reshape(x.shape[0], -1)
        h = self.bn1(h)
        out = self.heads[0](h) + self.heads[1](h)
        return out * self.scale * self.frozen

net = Block()
print([n for n, _ in net.parameters_and_names()])
print([p.name for p in net.trainable_params()], [p.name for p in net.untrainable_params()])
print(list(net.parameters_dict().keys()))
print([n for n, _ in net.cells_and_names()])
print([n for n, _ in net.name_cells().items()])
print(net)
x = Tensor((np.sin(np.arange(128)) * np.arange(128) / 40).reshape(4, 2, 4, 4).astype(np.float32))
y = Tensor(np.array([[1.0, -1.0], [0.5, 0.0], [0.2, 0.3], [-1.0, 1.0]], np.float32))
net.seq[0].weight.requires_grad = False
print([p.name for p in net.trainable_params()])
opt = nn.Momentum([{'params': [net.scale], 'lr': 0.01}, {'params': [p for p in net.trainable_params() if p.name != 'scale'], 'weight_decay': 0.05}], learning_rate=0.1, momentum=0.9)
print(opt.is_group, opt.is_group_lr, [p.name for p in opt.parameters])
print(opt.get_lr())
print(opt.get_lr_parameter(net.scale), opt.get_lr_parameter([net.heads[0].weight]))
print([p.name for p in opt.moments])
loss_net = nn.WithLossCell(net, nn.MSELoss())
train = nn.TrainOneStepCell(loss_net, opt)
train.set_train()
for i in range(4):
    print(i, train(x, y))
print(net.seq[1].moving_mean.asnumpy(), net.seq[1].moving_variance.asnumpy())
print(net.bn1.moving_mean.asnumpy(), net.bn1.moving_variance.asnumpy())
print(net.scale.asnumpy(), net.frozen.asnumpy(), net.heads[0].bias.asnumpy())
net.set_train(False)
print(np.round(net(x).asnumpy(), 4))
print(net.training, net.seq.training, net.seq[1].training)
# Adam states names and a step with weight decay by group
net2 = nn.SequentialCell([nn.Dense(3, 2, weight_init=W(2, 3), bias_init='zeros'), nn.Sigmoid(), nn.Dense(2, 1, weight_init=W(1, 2), bias_init='zeros')])
print([p.name for p in net2.get_parameters()])
adam = nn.Adam(net2.trainable_params(), learning_rate=0.1)
print([p.name for p in adam.moment1], [p.name for p in adam.moment2], adam.beta1_power, adam.beta2_power)
gf = ms.value_and_grad(lambda a, b: nn.MSELoss()(net2(a), b), None, adam.parameters)
xa, ya = Tensor(np.array([[1., 2., 3.], [0., -1., 1.]], np.float32)), Tensor(np.array([[1.], [0.]], np.float32))
for i in range(3):
    loss, grads = gf(xa, ya)
    print(i, loss, adam(grads))
print(adam.beta1_power, adam.global_step)
print(net2[0].weight.asnumpy(), net2[2].bias.asnumpy())
print(adam.moment1[0].asnumpy())
net2.update_parameters_name('pre.')
print([p.name for p in net2.get_parameters()])
net2.insert_child_to_cell('extra', nn.Dense(1, 1, weight_init='ones', bias_init='zeros'))
print([n for n, _ in net2.parameters_and_names()])
