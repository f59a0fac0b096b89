import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

np.random.seed(0)
x4 = Tensor(np.random.randn(2, 3, 5, 5).astype(np.float32))
x3 = Tensor(np.random.randn(2, 3, 7).astype(np.float32))


def show(name, t):
    a = t.asnumpy() if hasattr(t, 'asnumpy') else np.asarray(t)
    print(name, a.shape, np.round(a.ravel()[:6].astype(np.float64), 6).tolist(),
          round(float(a.astype(np.float64).sum()), 4))


w = Tensor(np.random.randn(4, 3, 3, 3).astype(np.float32))
b = Tensor(np.random.randn(4).astype(np.float32))
for kw in [dict(), dict(pad_mode='valid'), dict(pad_mode='pad', padding=1), dict(stride=2),
           dict(pad_mode='pad', padding=(0, 1, 2, 1)), dict(stride=2, dilation=2, pad_mode='valid'),
           dict(stride=2, pad_mode='same')]:
    net = nn.Conv2d(3, 4, 3, weight_init=w, has_bias=True, bias_init=b, **kw)
    show('conv2d ' + str(kw), net(x4))
wg = Tensor(np.random.randn(3, 1, 2, 2).astype(np.float32))
show('conv2d group', nn.Conv2d(3, 3, 2, group=3, weight_init=wg)(x4))

w1 = Tensor(np.random.randn(4, 3, 3).astype(np.float32))
for kw in [dict(), dict(pad_mode='valid'), dict(pad_mode='pad', padding=2, stride=2)]:
    show('conv1d ' + str(kw), nn.Conv1d(3, 4, 3, weight_init=w1, **kw)(x3))

wt = Tensor(np.random.randn(3, 2, 3, 3).astype(np.float32))
for kw in [dict(), dict(stride=2), dict(pad_mode='valid', stride=2), dict(pad_mode='pad', padding=1, stride=2),
           dict(pad_mode='same', stride=3), dict(stride=2, dilation=2, pad_mode='valid')]:
    net = nn.Conv2dTranspose(3, 2, 3, weight_init=wt, has_bias=True, bias_init='ones', **kw)
    show('convT ' + str(kw), net(x4))

for kw in [dict(kernel_size=2, stride=2), dict(kernel_size=3, stride=2, pad_mode='same'),
           dict(kernel_size=3, stride=1, pad_mode='pad', padding=1), dict(kernel_size=3, stride=2)]:
    show('maxpool2d ' + str(kw), nn.MaxPool2d(**kw)(x4))
    show('avgpool2d ' + str(kw), nn.AvgPool2d(**kw)(x4))
for kw in [dict(kernel_size=2, stride=2), dict(kernel_size=3, stride=2, pad_mode='same')]:
    show('maxpool1d ' + str(kw), nn.MaxPool1d(**kw)(x3))
    show('avgpool1d ' + str(kw), nn.AvgPool1d(**kw)(x3))
show('adaptive', nn.AdaptiveAvgPool2d((2, 3))(x4))

bn = nn.BatchNorm2d(3, gamma_init=Tensor(np.array([1., 2., 3.], np.float32)), beta_init='ones')
show('bn infer', bn(x4))
bn.set_train()
show('bn train', bn(x4))
show('bn mean', bn.moving_mean)
show('bn var', bn.moving_variance)
show('bn train2', bn(x4 * 2))
show('bn mean2', bn.moving_mean)
show('bn var2', bn.moving_variance)
bn.set_train(False)
show('bn infer2', bn(x4))
bn1 = nn.BatchNorm1d(3, momentum=0.5).set_train()
show('bn1d', bn1(x3[:, :, 0]))
show('bn1d mean', bn1.moving_mean)
show('bn1d 3d', bn1(x3))
show('bn1d var', bn1.moving_variance)
show('layernorm', nn.LayerNorm((7,))(x3))
show('layernorm2', nn.LayerNorm((5, 5), begin_norm_axis=2, begin_params_axis=2,
                                 gamma_init=Tensor(np.random.randn(5, 5).astype(np.float32)))(x4))
show('groupnorm', nn.GroupNorm(1, 3, gamma_init=Tensor(np.array([1., 2., 3.], np.float32)))(x4))
show('groupnorm3', nn.GroupNorm(3, 3)(x4))

ids = Tensor(np.array([[0, 2], [3, 1]], np.int32))
table = Tensor(np.arange(12, dtype=np.float32).reshape(4, 3))
show('embedding', nn.Embedding(4, 3, embedding_table=table)(ids))
show('embedding onehot', nn.Embedding(4, 3, True, embedding_table=table)(ids))
show('embedding pad', nn.Embedding(4, 3, embedding_table=table, padding_idx=2)(ids))

xa = Tensor(np.linspace(-5, 5, 11).astype(np.float32))
for cell in [nn.ReLU6(), nn.LeakyReLU(), nn.LeakyReLU(0.1), nn.GELU(), nn.GELU(False), nn.SiLU(),
             nn.Softmax(), nn.LogSoftmax(), nn.ELU(), nn.PReLU(), nn.Mish(), nn.HSwish(),
             nn.HSigmoid()]:
    show(type(cell).__name__, cell(xa))
show('prelu3', nn.PReLU(3, [0.1, 0.2, 0.3])(x4))
dp = nn.Dropout(p=0.3)
show('dropout infer', dp(x4))
print(dp, nn.Dropout(0.8), nn.Dropout2d(0.3))
