# Training steps with each optimizer, parameter groups, dynamic and scheduled learning rates,
# TrainOneStepCell(sens), reprs and argument errors, on a Conv2d/BatchNorm/Dense network.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
ms.set_seed(1)

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, pad_mode='valid', weight_init=Tensor(np.linspace(-0.5, 0.5, 18).reshape(2, 1, 3, 3).astype(np.float32)), has_bias=True, bias_init='zeros')
        self.bn = nn.BatchNorm2d(2)
        self.flat = nn.Flatten()
        self.fc = nn.Dense(8, 3, weight_init=Tensor(np.linspace(-1, 1, 24).reshape(3, 8).astype(np.float32)), bias_init=Tensor(np.array([0.1, 0.0, -0.1], np.float32)))
    def construct(self, x):
        return self.fc(self.flat(self.bn(ops.relu(self.conv(x)))))

def fmt(a):
    return ' '.join(f'{v:.7e}' for v in np.asarray(a, np.float64).ravel())


x = Tensor(np.random.RandomState(0).randn(2, 1, 4, 4).astype(np.float32))
y = Tensor(np.array([0, 2], np.int32))

def train(title, make_opt, steps=3, sens=None):
    net = Net()
    loss_fn = nn.CrossEntropyLoss()
    opt = make_opt(net)
    wl = nn.WithLossCell(net, loss_fn)
    step = nn.TrainOneStepCell(wl, opt) if sens is None else nn.TrainOneStepCell(wl, opt, sens=sens)
    step.set_train()
    for i in range(steps):
        loss = step(x, y)
        print(title, i, loss)
    print(title, 'fc.weight', fmt(net.fc.weight.asnumpy()))
    print(title, 'conv.weight', fmt(net.conv.weight.asnumpy()))
    print(title, 'bn', fmt(net.bn.gamma.asnumpy()), fmt(net.bn.beta.asnumpy()), fmt(net.bn.moving_mean.asnumpy()), fmt(net.bn.moving_variance.asnumpy()))

train('sgd', lambda n: nn.SGD(n.trainable_params(), 0.1, momentum=0.9, nesterov=True, weight_decay=0.01))
train('mom', lambda n: nn.Momentum(n.trainable_params(), 0.1, 0.9, weight_decay=0.001))
train('mom_ls', lambda n: nn.Momentum(n.trainable_params(), 0.1, 0.9, loss_scale=8.0), sens=8.0)
train('adam', lambda n: nn.Adam(n.trainable_params(), 0.01))
train('adam_nest', lambda n: nn.Adam(n.trainable_params(), 0.01, use_nesterov=True, weight_decay=0.01))
train('adam_ams', lambda n: nn.Adam(n.trainable_params(), 0.01, use_amsgrad=True))
train('adamw', lambda n: nn.AdamWeightDecay(n.trainable_params(), 0.01, weight_decay=0.1))
train('adagrad', lambda n: nn.Adagrad(n.trainable_params(), learning_rate=0.1))
train('rms', lambda n: nn.RMSProp(n.trainable_params(), learning_rate=0.01, centered=True, momentum=0.5))
train('rms_plain', lambda n: nn.RMSProp(n.trainable_params(), learning_rate=0.01))
def groups(n):
    conv = list(filter(lambda p: 'conv' in p.name, n.trainable_params()))
    no = list(filter(lambda p: 'conv' not in p.name, n.trainable_params()))
    g = [{'params': conv, 'weight_decay': 0.01, 'grad_centralization': True}, {'params': no, 'lr': 0.01}, {'order_params': n.trainable_params()}]
    return nn.Momentum(g, learning_rate=0.1, momentum=0.9, weight_decay=0.0)
train('groups', groups)
def groups_adam(n):
    decay = [p for p in n.trainable_params() if 'beta' not in p.name and 'gamma' not in p.name and 'bias' not in p.name]
    other = [p for p in n.trainable_params() if 'beta' in p.name or 'gamma' in p.name or 'bias' in p.name]
    return nn.AdamWeightDecay([{'params': decay, 'weight_decay': 0.01}, {'params': other, 'weight_decay': 0.0}], learning_rate=1e-2)
train('groups_adamw', groups_adam)
train('lr_list', lambda n: nn.SGD(n.trainable_params(), learning_rate=[0.1, 0.05, 0.01]))
train('lr_dyn', lambda n: nn.Momentum(n.trainable_params(), nn.piecewise_constant_lr([1, 2, 3], [0.1, 0.05, 0.01]), 0.9))
train('lr_exp', lambda n: nn.Adam(n.trainable_params(), nn.ExponentialDecayLR(0.1, 0.9, 1)))
train('lr_cos', lambda n: nn.SGD(n.trainable_params(), nn.CosineDecayLR(0.001, 0.1, 4)))
train('lr_poly', lambda n: nn.Momentum(n.trainable_params(), nn.PolynomialDecayLR(0.1, 0.01, 4, 0.5), 0.9))
train('lr_warm', lambda n: nn.SGD(n.trainable_params(), nn.WarmUpLR(0.1, 2)))
net = Net()
opt = nn.Adam(net.trainable_params(), 0.01)
print(opt.parameters[0])
print(net.fc.weight)
print(opt.get_lr(), opt.learning_rate)
print(net)
print(nn.TrainOneStepCell(nn.WithLossCell(net, nn.MSELoss()), opt))
train('lr_cosfn', lambda n: nn.Momentum(n.trainable_params(), nn.cosine_decay_lr(0.01, 0.1, 3, 1, 2), 0.9))
train('lr_nat', lambda n: nn.SGD(n.trainable_params(), nn.NaturalExpDecayLR(0.1, 0.5, 1, True)))
train('lr_inv', lambda n: nn.RMSProp(n.trainable_params(), nn.InverseDecayLR(0.01, 0.5, 1)))
opt = nn.Momentum(net.trainable_params(), nn.piecewise_constant_lr([1, 3], [0.1, 0.01]), 0.9)
print(opt.learning_rate, opt.get_lr(), opt.dynamic_lr, opt.is_group, opt.is_group_lr)
for e in [lambda: nn.ExponentialDecayLR(0.1, 0.9, 2, 1), lambda: nn.ExponentialDecayLR(1, 0.9, 2), lambda: nn.CosineDecayLR(0.1, 0.1, 2),
          lambda: nn.WarmUpLR(0.1, 0), lambda: nn.PolynomialDecayLR(0.1, 0.01, 2, 0.5, 1), lambda: nn.SGD(net.trainable_params(), -0.1),
          lambda: nn.Momentum(net.trainable_params(), 0.1, 1), lambda: nn.Adam(net.trainable_params(), beta1=1.0),
          lambda: nn.SGD(net.trainable_params(), 0.1, nesterov=True), lambda: nn.Adam(net.trainable_params(), loss_scale=0.0)]:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, str(ex).splitlines()[0])
