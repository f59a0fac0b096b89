import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.RandomState(0)


def show(name, t):
    a = t.asnumpy() if hasattr(t, 'asnumpy') else np.asarray(t)
    print(name, a.shape, np.round(a.ravel()[:6].astype(np.float64), 6).tolist(),
          round(float(a.astype(np.float64).sum()), 4),
          round(float(np.abs(a).astype(np.float64).sum()), 4))


def fill(net):
    for name, p in net.parameters_and_names():
        p.set_data(Tensor(rng.uniform(-0.6, 0.6, p.shape).astype(np.float32)))
        print('param', name, p.name, p.shape)


x = Tensor(rng.randn(4, 3, 2).astype(np.float32))
seq = Tensor(np.array([4, 2, 3], np.int32))

for cls, kw in [(nn.RNN, dict()), (nn.RNN, dict(nonlinearity='relu', num_layers=2)),
                (nn.GRU, dict()), (nn.GRU, dict(num_layers=2, bidirectional=True)),
                (nn.LSTM, dict()), (nn.LSTM, dict(num_layers=2, bidirectional=True)),
                (nn.LSTM, dict(has_bias=False, batch_first=True)),
                (nn.GRU, dict(batch_first=True, bidirectional=True))]:
    net = cls(2, 3, **kw)
    fill(net)
    name = cls.__name__ + ' ' + str(kw)
    out, h = net(x)
    show(name + ' out', out)
    if isinstance(h, tuple):
        show(name + ' h', h[0])
        show(name + ' c', h[1])
    else:
        show(name + ' h', h)
    ndir = 2 if kw.get('bidirectional') else 1
    shape = (kw.get('num_layers', 1) * ndir, 4 if kw.get('batch_first') else 3, 3)
    h0 = Tensor(rng.randn(*shape).astype(np.float32))
    if cls is nn.LSTM:
        h0 = (h0, Tensor(rng.randn(*shape).astype(np.float32)))
    out, h = net(x, h0)
    show(name + ' out h0', out)
    show(name + ' h h0', h[0] if isinstance(h, tuple) else h)
    if not kw.get('batch_first'):
        out, h = net(x, h0, seq)
        show(name + ' out seq', out)
        show(name + ' h seq', h[0] if isinstance(h, tuple) else h)
        if isinstance(h, tuple):
            show(name + ' c seq', h[1])

    def loss(inp):
        o, _ = net(inp)
        return (o * o).sum()
    params = net.trainable_params()
    gx, gw = ms.value_and_grad(loss, 0, params)(x)[1]
    show(name + ' grad x', gx)
    for p, g in zip(params, gw):
        show(name + ' grad ' + p.name, g)

xc = Tensor(rng.randn(3, 2).astype(np.float32))
hc = Tensor(rng.randn(3, 4).astype(np.float32))
cc = Tensor(rng.randn(3, 4).astype(np.float32))
for cell in [nn.RNNCell(2, 4), nn.RNNCell(2, 4, nonlinearity='relu'), nn.GRUCell(2, 4),
             nn.GRUCell(2, 4, has_bias=False)]:
    fill(cell)
    show(type(cell).__name__, cell(xc, hc))
cell = nn.LSTMCell(2, 4)
fill(cell)
h, c = cell(xc, (hc, cc))
show('LSTMCell h', h)
show('LSTMCell c', c)
