"""MultiheadAttention and the Transformer encoder: structure, a NumPy re-implementation and
derivatives (MindSpore's own values are in the conformance case nn_rnn_attention)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore.testing import check_grads

rng = np.random.default_rng(0)


def np_mha(q, k, v, p, heads, mask=None):
    """q (L, N, E), k and v (S, N, E); mask (L, S) additive."""
    e = q.shape[-1]
    w_q, w_k, w_v = np.split(p['in_proj_weight'], 3)
    b_q, b_k, b_v = np.split(p['in_proj_bias'], 3)
    qp, kp, vp = q @ w_q.T + b_q, k @ w_k.T + b_k, v @ w_v.T + b_v
    d = e // heads
    outs, weights = [], []
    for n in range(q.shape[1]):
        heads_out, heads_w = [], []
        for h in range(heads):
            sl = slice(h * d, (h + 1) * d)
            s = qp[:, n, sl] @ kp[:, n, sl].T / np.sqrt(d)
            if mask is not None:
                s = s + mask
            a = np.exp(s - s.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            heads_out.append(a @ vp[:, n, sl])
            heads_w.append(a)
        outs.append(np.concatenate(heads_out, -1))
        weights.append(np.mean(heads_w, 0))
    out = np.stack(outs, 1) @ p['out_proj.weight'].T + p['out_proj.bias']
    return out, np.stack(weights)


def params(net):
    return {name: p.asnumpy().astype(np.float64) for name, p in net.parameters_and_names()}


def randomise(net):
    for p in net.get_parameters():
        p.set_data(Tensor(rng.uniform(-0.6, 0.6, p.shape).astype(p.asnumpy().dtype)))


def test_structure_and_init():
    mha = nn.MultiheadAttention(4, 2)
    assert [(n, p.shape) for n, p in mha.parameters_and_names()] == [
        ('in_proj_weight', (12, 4)), ('in_proj_bias', (12,)), ('out_proj.weight', (4, 4)),
        ('out_proj.bias', (4,))]
    assert not mha.in_proj_bias.asnumpy().any()
    bound = np.sqrt(6 / 16)   # Xavier uniform of (12, 4)
    assert np.abs(mha.in_proj_weight.asnumpy()).max() <= bound
    mha = nn.MultiheadAttention(4, 1, kdim=3, vdim=5, add_bias_kv=True, has_bias=False)
    assert [(n, p.shape) for n, p in mha.parameters_and_names()] == [
        ('q_proj_weight', (4, 4)), ('k_proj_weight', (4, 3)), ('v_proj_weight', (4, 5)),
        ('bias_k', (1, 1, 4)), ('bias_v', (1, 1, 4)), ('out_proj.weight', (4, 4))]
    enc = nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 8), 2, norm=nn.LayerNorm((4,)))
    names = [p.name for p in enc.get_parameters()]
    assert names[:12] == ['layers.0.self_attn.in_proj_weight', 'layers.0.self_attn.in_proj_bias',
                          'layers.0.self_attn.out_proj.weight',
                          'layers.0.self_attn.out_proj.bias', 'layers.0.dense1.weight',
                          'layers.0.dense1.bias', 'layers.0.dense2.weight',
                          'layers.0.dense2.bias', 'layers.0.norm1.gamma', 'layers.0.norm1.beta',
                          'layers.0.norm2.gamma', 'layers.0.norm2.beta']
    assert names[12].startswith('layers.1.') and names[-2:] == ['norm.gamma', 'norm.beta']
    p0, p1 = enc.layers[0].dense1.weight, enc.layers[1].dense1.weight
    assert p0 is not p1
    np.testing.assert_array_equal(p0.asnumpy(), p1.asnumpy())   # copies of one layer


def test_mha_matches_numpy_with_mask_and_batch_first():
    mha = nn.MultiheadAttention(4, 2, batch_first=True)
    randomise(mha)
    p = params(mha)
    q = rng.standard_normal((2, 3, 4)).astype(np.float32)
    kv = rng.standard_normal((2, 5, 4)).astype(np.float32)
    mask = np.triu(np.ones((3, 5), bool), 3)
    out, w = mha(Tensor(q), Tensor(kv), Tensor(kv), attn_mask=Tensor(mask))
    ref, ref_w = np_mha(q.transpose(1, 0, 2), kv.transpose(1, 0, 2), kv.transpose(1, 0, 2), p, 2,
                        np.where(mask, -np.inf, 0.0))
    np.testing.assert_allclose(out.asnumpy(), ref.transpose(1, 0, 2), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(w.asnumpy(), ref_w, rtol=1e-5, atol=1e-6)
    assert len(mha(Tensor(q), Tensor(q), Tensor(q), need_weights=False)) == 1
    w = mha(Tensor(q), Tensor(q), Tensor(q), average_attn_weights=False)[1]
    assert w.shape == (2, 2, 3, 3)


def test_encoder_layer_matches_numpy():
    layer = nn.TransformerEncoderLayer(4, 2, dim_feedforward=6, dropout=0.0)
    randomise(layer)
    p = params(layer)
    x = rng.standard_normal((3, 2, 4)).astype(np.float32)

    def ln(z, g, b):
        return (z - z.mean(-1, keepdims=True)) / np.sqrt(z.var(-1, keepdims=True) + 1e-5) * g + b

    attn = np_mha(x, x, x, {k[len('self_attn.'):]: v for k, v in p.items()
                            if k.startswith('self_attn.')}, 2)[0]
    h = ln(x + attn, p['norm1.gamma'], p['norm1.beta'])
    ff = np.maximum(h @ p['dense1.weight'].T + p['dense1.bias'], 0) @ p['dense2.weight'].T \
        + p['dense2.bias']
    ref = ln(h + ff, p['norm2.gamma'], p['norm2.beta'])
    np.testing.assert_allclose(layer(Tensor(x)).asnumpy(), ref, rtol=1e-4, atol=1e-5)


def test_activation_and_errors():
    assert nn.TransformerEncoderLayer(4, 2, 8, activation='gelu').activation is ops.gelu
    assert nn.TransformerEncoderLayer(4, 2, 8, activation=ops.relu).activation is ops.relu
    with pytest.raises(ValueError, match='must be ops.relu or ops.gelu instance'):
        nn.TransformerEncoderLayer(4, 2, 8, activation=nn.ReLU())
    with pytest.raises(ValueError, match='must be nn.ReLU or nn.GELU instance'):
        nn.TransformerEncoderLayer(4, 2, 8, activation=nn.Tanh())
    with pytest.raises(ValueError, match='The activation must be relu/gelu, but get tanh'):
        nn.TransformerEncoderLayer(4, 2, 8, activation='tanh')
    with pytest.raises(ValueError, match="'embed_dim' must be divisible by 'num_heads'"):
        nn.MultiheadAttention(5, 2)
    mha = nn.MultiheadAttention(4, 2)
    x = ops.ones((3, 2, 4))
    with pytest.raises(ValueError, match=r'attn_mask` should be \(3, 3\)'):
        mha(x, x, x, attn_mask=ops.ones((2, 2)))
    with pytest.raises(ValueError, match='only bool and floating types'):
        mha(x, x, x, key_padding_mask=Tensor(np.zeros((2, 3), np.int32)))


def test_dropout_only_in_training():
    layer = nn.TransformerEncoderLayer(4, 2, 8, dropout=0.5)
    x = Tensor(rng.standard_normal((3, 2, 4)).astype(np.float32))
    np.testing.assert_array_equal(layer(x).asnumpy(), layer(x).asnumpy())
    layer.set_train()
    assert layer(x).asnumpy().tobytes() != layer(x).asnumpy().tobytes()


def test_derivatives_float64():
    mha = nn.MultiheadAttention(4, 2, add_zero_attn=True, dtype=ms.float64)
    randomise(mha)
    q = Tensor(rng.standard_normal((2, 2, 4)))
    kv = Tensor(rng.standard_normal((3, 2, 4)))
    kpm = Tensor(np.array([[False, False, True], [False, False, False]]))
    check_grads(lambda q, k: mha(q, k, k, key_padding_mask=kpm)[0], (q, kv), order=1)
    enc = nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 6, dropout=0.0, norm_first=True,
                                                           activation='gelu', dtype=ms.float64),
                                1)
    check_grads(enc, (q,), order=1, modes=('rev',))
    grads = ms.grad(lambda x: enc(x).sum(), None, enc.trainable_params())(q)
    assert [g.shape for g in grads] == [p.shape for p in enc.trainable_params()]
