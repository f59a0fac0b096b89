import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, has_bias=True)
        self.conv1 = nn.Conv1d(2, 3, 5)
        self.convt = nn.Conv2dTranspose(4, 2, 2, stride=2)
        self.bn = nn.BatchNorm2d(4)
        self.bn1 = nn.BatchNorm1d(3, affine=False)
        self.ln = nn.LayerNorm((8,))
        self.gn = nn.GroupNorm(2, 4)
        self.emb = nn.Embedding(10, 8, padding_idx=1)
        self.prelu = nn.PReLU(4)
        self.heads = nn.CellDict({'a': nn.Dense(8, 2), 'b': nn.Dense(8, 3)})
        self.pool = nn.MaxPool2d(2, 2)
        self.drop = nn.Dropout(p=0.2)

    def construct(self, x):
        return x


net = Net()
for p in net.get_parameters():
    print(p.name, p.shape, p.dtype, p.requires_grad)
print(len(net.trainable_params()), len(net.untrainable_params()))
print(net.emb.embedding_table.asnumpy()[1].tolist())
print(float(np.abs(net.emb.embedding_table.asnumpy()).max()) < 0.1)
b = net.conv.bias.asnumpy()
print(float(np.abs(b).max()) <= 1 / 3)
print(list(net.heads.keys()), len(net.heads), 'a' in net.heads)
print(net.heads.pop('a').weight.name, list(net.heads.keys()))

for cell in [nn.MaxPool2d(2, 2), nn.AvgPool2d(3, 1, 'same'), nn.MaxPool1d(2), nn.AvgPool1d(),
             nn.Dropout(), nn.Dropout(p=0.1), nn.Dropout2d(), nn.GroupNorm(2, 4), nn.ReLU6(), nn.GELU(),
             nn.LeakyReLU(), nn.Softmax(), nn.HSwish(), nn.AdaptiveAvgPool2d(2),
             nn.Conv2d(1, 2, 3, weight_init='ones'), nn.Conv2d(2, 4, (2, 3), 2, 'pad', 1, group=2,
                                                              weight_init='zeros', has_bias=True,
                                                              bias_init='ones'),
             nn.Conv1d(1, 2, 3, weight_init='ones'),
             nn.Conv2dTranspose(2, 2, 2, weight_init='ones')]:
    print(repr(cell))
print(repr(nn.BatchNorm2d(2)))
print(repr(nn.LayerNorm((3,))))
print(repr(nn.Embedding(3, 2, embedding_table='ones')))
print(repr(nn.SequentialCell([nn.Conv2d(1, 2, 3, weight_init='ones'), nn.BatchNorm2d(2), nn.ReLU(),
                              nn.MaxPool2d(2, 2)])))

# BatchNorm gradients: gamma and beta only; moving statistics unchanged by grad
bn = nn.BatchNorm2d(2).set_train()
x = Tensor(np.arange(16, dtype=np.float32).reshape(2, 2, 2, 2) ** 1.5)
wts = ms.ParameterTuple(bn.trainable_params())
g = ms.grad(lambda x: (bn(x) * x).sum(), 0, wts)(x)
print([np.round(t.asnumpy(), 4).tolist() for t in g[1]])
print(np.round(g[0].asnumpy().ravel(), 4).tolist())
print(np.round(bn.moving_mean.asnumpy(), 4).tolist(), np.round(bn.moving_variance.asnumpy(), 4).tolist())

# conv gradients in weights
conv = nn.Conv2d(2, 3, 2, pad_mode='valid', has_bias=True, weight_init='ones', bias_init='zeros')
g = ms.grad(lambda x: (conv(x) ** 2).sum(), 0, conv.trainable_params())(x)
print(np.round(g[1][0].asnumpy().ravel(), 3).tolist(), np.round(g[1][1].asnumpy(), 3).tolist())
emb = nn.Embedding(4, 2, embedding_table='ones')
g = ms.grad(lambda i: (emb(i) * 2).sum(), None, emb.trainable_params())(Tensor(np.array([1, 1, 3], np.int32)))
print(g[0].asnumpy().tolist())

# Dropout: identity in inference, mask-and-scale in training
d = nn.Dropout(p=0.5)
x = ops.ones((200, 50))
print(bool((d(x) == x).all()))
d.set_train()
y = d(x).asnumpy()
print(sorted(set(np.round(y.ravel(), 4).tolist())), abs(float((y == 0).mean()) - 0.5) < 0.05)
d2 = nn.Dropout2d(p=0.5).set_train()
y = d2(ops.ones((20, 30, 2, 2))).asnumpy()
print(bool((y.reshape(600, 4).std(axis=1) == 0).all()), sorted(set(y.ravel().tolist())))
