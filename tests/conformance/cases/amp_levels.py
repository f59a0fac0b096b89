# amp.auto_mixed_precision O0-O3: outputs, structure, gradient dtypes, BatchNorm kept float32 in O2, errors.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter, amp

np.random.seed(0)
X = np.random.randn(4, 3).astype(np.float32)
W1 = (np.random.randn(5, 3) / 3).astype(np.float32)
W2 = (np.random.randn(2, 5) / 3).astype(np.float32)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.d1 = nn.Dense(3, 5, Tensor(W1), 'zeros')
        self.bn = nn.BatchNorm1d(5)
        self.act = nn.ReLU()
        self.d2 = nn.Dense(5, 2, Tensor(W2), 'zeros')
        self.s = Parameter(Tensor(np.float32(1.1)), name='s')

    def construct(self, x):
        h = self.act(self.bn(self.d1(x)))
        return ops.exp(self.d2(h) * self.s / 3)


def show(t):
    return np.array2string(t.asnumpy().astype(np.float64), precision=10)


for lvl in ['O0', 'O1', 'O2', 'O3']:
    for train in [False, True]:
        net = amp.auto_mixed_precision(Net(), lvl)
        net.set_train(train)
        out = net(Tensor(X))
        print(lvl, train, type(net).__name__ if lvl != 'O1' else '', out.dtype, show(out))
        if lvl != 'O1':
            print(net)
        g = mindspore.grad(lambda x: net(x).sum(), None, net.trainable_params())(Tensor(X))
        print([(p.name, p.dtype, gg.dtype) for p, gg in zip(net.trainable_params(), g)])
        if not train or lvl in ('O0', 'O1'):
            # BatchNorm's training-mode gradient cancels: in float16 it is within a few float16 ulps
            # of MindSpore's (tests/nn/test_amp.py), not bit-identical.
            print(show(g[0]), show(g[1]))
        bn = [c for _, c in net.cells_and_names() if type(c).__name__.startswith('BatchNorm1d')][0]
        print(bn.moving_mean.dtype, show(bn.moving_mean), show(bn.moving_variance))

conv = nn.SequentialCell([nn.Conv2d(2, 3, 3, weight_init='ones'), nn.BatchNorm2d(3), nn.ReLU(), nn.Flatten(),
                          nn.Dense(48, 2, weight_init='ones', bias_init='zeros')])
conv = amp.auto_mixed_precision(conv, 'O2')
conv.set_train(False)
xc = Tensor(np.linspace(-1, 1, 2 * 2 * 4 * 4).reshape(2, 2, 4, 4).astype(np.float32))
print(conv)
print(show(conv(xc)), conv(xc).dtype)
print([p.dtype for p in conv.get_parameters()])

d = amp.auto_mixed_precision(nn.Dense(2, 1, 'ones', 'zeros'), 'O3')
print(type(d).__name__, d(Tensor([[0.1, 0.2]])))
print(amp.auto_mixed_precision(nn.Dense(2, 1, 'ones', 'zeros'), 'O1')(Tensor([[0.1, 0.2]])))
print(nn.Dense in amp.get_white_list(), nn.BatchNorm2d in amp.get_black_list(), nn.ReLU in amp.get_white_list())

for args in [(Net(), 'O4'), (Net(), 'O2', mindspore.float32), (lambda x: x, 'O2')]:
    try:
        amp.auto_mixed_precision(*args)
    except Exception as e:
        print(type(e).__name__, e)
