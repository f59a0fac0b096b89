import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.RandomState(1)


def show(name, t):
    a = t.asnumpy() if hasattr(t, 'asnumpy') else np.asarray(t)
    print(name, a.shape, np.round(a.ravel()[:6].astype(np.float64), 6).tolist(),
          round(float(a.astype(np.float64).sum()), 4),
          round(float(np.abs(a).astype(np.float64).sum()), 4))


def fill(net):
    for name, p in net.parameters_and_names():
        p.set_data(Tensor(rng.uniform(-0.6, 0.6, p.shape).astype(np.float32)))
        print('param', name, p.name, p.shape)


q = Tensor(rng.randn(3, 2, 4).astype(np.float32))
kv = Tensor(rng.randn(5, 2, 4).astype(np.float32))
k3 = Tensor(rng.randn(5, 2, 3).astype(np.float32))
v5 = Tensor(rng.randn(5, 2, 6).astype(np.float32))
bool_mask = Tensor(np.triu(np.ones((3, 5), bool), 3))
float_mask = Tensor(rng.randn(3, 5).astype(np.float32))
kpm = Tensor(np.array([[False] * 4 + [True], [False] * 5]))

mha = nn.MultiheadAttention(4, 2)
fill(mha)
out, w = mha(q, kv, kv)
show('mha out', out)
show('mha w', w)
out, w = mha(q, q, q, average_attn_weights=False)
show('self out', out)
show('self w', w)
show('bool mask', mha(q, kv, kv, attn_mask=bool_mask)[0])
show('float mask', mha(q, kv, kv, attn_mask=float_mask)[1])
out, w = mha(q, kv, kv, key_padding_mask=kpm, attn_mask=bool_mask)
show('kpm out', out)
show('kpm w', w)
print(len(mha(q, kv, kv, need_weights=False)))
out, w = mha(q[:, 0], kv[:, 0], kv[:, 0])
show('unbatched', out)
show('unbatched w', w)

mha2 = nn.MultiheadAttention(4, 1, kdim=3, vdim=6, add_bias_kv=True, add_zero_attn=True,
                             batch_first=True)
fill(mha2)
out, w = mha2(q.swapaxes(0, 1), k3.swapaxes(0, 1), v5.swapaxes(0, 1), key_padding_mask=kpm)
show('mha2 out', out)
show('mha2 w', w)
mha3 = nn.MultiheadAttention(4, 2, has_bias=False)
fill(mha3)
show('nobias', mha3(q, kv, kv)[0])


def loss(x):
    return (mha(x, kv, kv)[0] ** 2).sum()
gx, gw = ms.value_and_grad(loss, 0, mha.trainable_params())(q)[1]
show('mha grad x', gx)
for p, g in zip(mha.trainable_params(), gw):
    show('mha grad ' + p.name, g)

for kw in [dict(), dict(norm_first=True, activation='gelu'), dict(batch_first=True)]:
    layer = nn.TransformerEncoderLayer(4, 2, dim_feedforward=6, dropout=0.0, **kw)
    fill(layer)
    show('enc layer ' + str(kw), layer(q))
    n = 2 if kw.get('batch_first') else 3
    causal = Tensor(np.triu(np.ones((n, n), bool), 1))
    show('enc layer mask ' + str(kw), layer(q, src_mask=causal))

enc = nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 6, dropout=0.0), 2,
                            norm=nn.LayerNorm((4,)))
fill(enc)
show('encoder', enc(q))
show('encoder kpm', enc(q, src_key_padding_mask=Tensor(np.array([[False, False, True], [False] * 3]))))


def loss2(x):
    return (enc(x) ** 3).sum()
gx, gw = ms.value_and_grad(loss2, 0, enc.trainable_params())(q)[1]
show('enc grad x', gx)
for p, g in zip(enc.trainable_params(), gw):
    show('enc grad ' + p.name, g)
