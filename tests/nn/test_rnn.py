"""RNN, LSTM, GRU and their cells: structure, NumPy re-implementations and derivatives
(MindSpore's own values are in the conformance case nn_rnn_forward)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore.nn.layer.rnn_cells import _gru_cell, _lstm_cell
from minispore.testing import check_grads

rng = np.random.default_rng(0)


def sig(z):
    return 1 / (1 + np.exp(-z))


def np_lstm(x, h, c, w_ih, w_hh, b_ih, b_hh):
    outs = []
    for t in range(x.shape[0]):
        g = x[t] @ w_ih.T + b_ih + h @ w_hh.T + b_hh
        i, f, gg, o = np.split(g, 4, axis=1)
        c = sig(f) * c + sig(i) * np.tanh(gg)
        h = sig(o) * np.tanh(c)
        outs.append(h)
    return np.stack(outs), h, c


def np_gru(x, h, w_ih, w_hh, b_ih, b_hh):
    outs = []
    for t in range(x.shape[0]):
        gi, gh = x[t] @ w_ih.T + b_ih, h @ w_hh.T + b_hh
        (ir, iz, inn), (hr, hz, hn) = np.split(gi, 3, axis=1), np.split(gh, 3, axis=1)
        r, z = sig(ir + hr), sig(iz + hz)
        n = np.tanh(inn + r * hn)
        h = n + z * (h - n)
        outs.append(h)
    return np.stack(outs), h


def params(net):
    return {name: p.asnumpy().astype(np.float64) for name, p in net.parameters_and_names()}


def test_parameter_names_shapes_and_init():
    net = nn.LSTM(3, 4, num_layers=2, bidirectional=True)
    names = [(n, p.name, p.shape) for n, p in net.parameters_and_names()]
    assert names[:4] == [('weight_ih_l0', 'weight_ih_l0', (16, 3)),
                         ('weight_ih_l0_reverse', 'weight_ih_l0_reverse', (16, 3)),
                         ('weight_ih_l1', 'weight_ih_l1', (16, 8)),
                         ('weight_ih_l1_reverse', 'weight_ih_l1_reverse', (16, 8))]
    assert [n for n, _, _ in names[4:]] == [
        f'{kind}_l{k}{s}' for kind in ('weight_hh', 'bias_ih', 'bias_hh') for k in (0, 1)
        for s in ('', '_reverse')]
    for p in net.get_parameters():
        assert p.dtype == ms.float32 and np.abs(p.asnumpy()).max() <= 0.5
    assert [p.name for p in nn.GRU(3, 4, has_bias=False).get_parameters()] == [
        'weight_ih_l0', 'weight_hh_l0']
    assert [p.shape for p in nn.RNN(3, 4).get_parameters()] == [(4, 3), (4, 4), (4,), (4,)]
    assert [p.name for p in nn.LSTMCell(3, 4).get_parameters()] == [
        'weight_ih', 'weight_hh', 'bias_ih', 'bias_hh']

    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.rnn = nn.GRU(2, 3)

    assert [p.name for p in Net().get_parameters()][:2] == ['rnn.weight_ih_l0',
                                                            'rnn.weight_hh_l0']


def test_lstm_matches_numpy_with_batch_first_and_state():
    net = nn.LSTM(3, 4, batch_first=True)
    p = params(net)
    x = rng.standard_normal((2, 5, 3)).astype(np.float32)
    h0 = rng.standard_normal((1, 2, 4)).astype(np.float32)
    c0 = rng.standard_normal((1, 2, 4)).astype(np.float32)
    out, (h, c) = net(Tensor(x), (Tensor(h0), Tensor(c0)))
    ref, rh, rc = np_lstm(x.transpose(1, 0, 2), h0[0], c0[0], p['weight_ih_l0'],
                          p['weight_hh_l0'], p['bias_ih_l0'], p['bias_hh_l0'])
    np.testing.assert_allclose(out.asnumpy(), ref.transpose(1, 0, 2), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(h.asnumpy()[0], rh, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(c.asnumpy()[0], rc, rtol=1e-5, atol=1e-6)


def test_bidirectional_gru_with_seq_length_matches_numpy():
    net = nn.GRU(2, 3, bidirectional=True)
    p = params(net)
    x = rng.standard_normal((4, 2, 2)).astype(np.float32)
    lengths = [4, 2]
    out, h = net(Tensor(x), seq_length=Tensor(np.array(lengths, np.int32)))
    for b, n in enumerate(lengths):
        xb = x[:n, b:b + 1]
        zero = np.zeros((1, 3))
        f, hf = np_gru(xb, zero, p['weight_ih_l0'], p['weight_hh_l0'], p['bias_ih_l0'],
                       p['bias_hh_l0'])
        r, hr = np_gru(xb[::-1], zero, p['weight_ih_l0_reverse'], p['weight_hh_l0_reverse'],
                       p['bias_ih_l0_reverse'], p['bias_hh_l0_reverse'])
        expected = np.zeros((4, 6))
        expected[:n] = np.concatenate([f[:, 0], r[::-1, 0]], axis=1)
        np.testing.assert_allclose(out.asnumpy()[:, b], expected, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(h.asnumpy()[:, b], np.concatenate([hf, hr]), rtol=1e-5,
                                   atol=1e-6)


def test_rnn_relu_two_layers_and_cells():
    net = nn.RNN(2, 3, num_layers=2, nonlinearity='relu', has_bias=False)
    p = params(net)
    x = rng.standard_normal((3, 2, 2)).astype(np.float32)
    out, h = net(Tensor(x))
    seq, hs = x.astype(np.float64), []
    for k in range(2):
        state, outs = np.zeros((2, 3)), []
        for t in range(3):
            state = np.maximum(seq[t] @ p[f'weight_ih_l{k}'].T + state @ p[f'weight_hh_l{k}'].T,
                               0)
            outs.append(state)
        seq = np.stack(outs)
        hs.append(state)
    np.testing.assert_allclose(out.asnumpy(), seq, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(h.asnumpy(), np.stack(hs), rtol=1e-5, atol=1e-6)

    cell = nn.GRUCell(2, 3)
    c = params(cell)
    hx = rng.standard_normal((2, 3)).astype(np.float32)
    _, ref = np_gru(x[:1], hx, c['weight_ih'], c['weight_hh'], c['bias_ih'], c['bias_hh'])
    np.testing.assert_allclose(cell(Tensor(x[0]), Tensor(hx)).asnumpy(), ref, rtol=1e-5,
                               atol=1e-6)
    cell = nn.RNNCell(2, 3, nonlinearity='relu')
    c = params(cell)
    ref = np.maximum(x[0] @ c['weight_ih'].T + c['bias_ih'] + hx @ c['weight_hh'].T
                     + c['bias_hh'], 0)
    np.testing.assert_allclose(cell(Tensor(x[0]), Tensor(hx)).asnumpy(), ref, rtol=1e-5,
                               atol=1e-6)


def test_dropout_between_layers_only_in_training():
    net = nn.LSTM(2, 3, num_layers=2, dropout=0.5)
    x = Tensor(rng.standard_normal((3, 2, 2)).astype(np.float32))
    a, _ = net(x)
    b, _ = net(x)
    np.testing.assert_array_equal(a.asnumpy(), b.asnumpy())
    net.set_train()
    outs = {net(x)[0].asnumpy().tobytes() for _ in range(4)}
    assert len(outs) > 1


def test_errors():
    with pytest.raises(ValueError, match="'dropout' must be a number in range"):
        nn.GRU(2, 3, dropout=1.0)
    with pytest.raises(ValueError, match="'hidden_size' must be a positive int"):
        nn.LSTM(2, 0)
    with pytest.raises(ValueError, match="'nonlinearity' must be in"):
        nn.RNN(2, 3, nonlinearity='sigmoid')
    with pytest.raises(TypeError, match="'has_bias' must be bool"):
        nn.GRUCell(2, 3, has_bias=1)
    with pytest.raises(TypeError, match="'hx' must be a tuple"):
        nn.LSTMCell(2, 3)(ops.ones((1, 2)), ops.ones((1, 3)))
    with pytest.raises(ValueError, match="'seq_length' size must be equal"):
        nn.GRU(2, 3)(ops.ones((4, 2, 2)), seq_length=Tensor(np.array([1, 2, 3], np.int32)))


def test_cell_function_derivatives():
    x = rng.standard_normal((2, 3))
    h, c = rng.standard_normal((2, 2)), rng.standard_normal((2, 2))
    w_ih, w_hh = rng.standard_normal((8, 3)) * 0.5, rng.standard_normal((8, 2)) * 0.5
    b_ih, b_hh = rng.standard_normal(8) * 0.5, rng.standard_normal(8) * 0.5
    check_grads(lambda *a: _lstm_cell(a[0], (a[1], a[2]), *a[3:]),
                tuple(Tensor(v) for v in (x, h, c, w_ih, w_hh, b_ih, b_hh)))
    check_grads(_gru_cell, tuple(Tensor(v) for v in (x, h, w_ih[:6], w_hh[:6], b_ih[:6],
                                                     b_hh[:6])))


def test_network_derivatives_float64():
    lstm = nn.LSTM(2, 2, bidirectional=True, dtype=ms.float64)
    gru = nn.GRU(2, 2, num_layers=2, batch_first=True, dtype=ms.float64)
    x = Tensor(rng.standard_normal((3, 2, 2)))
    h0 = Tensor(rng.standard_normal((2, 2, 2)))
    check_grads(lambda x, h, c: lstm(x, (h, c))[0], (x, h0, h0 * 0.5), order=1)
    check_grads(lambda x, h: gru(x, h)[1], (x, Tensor(rng.standard_normal((2, 3, 2)))), order=1)
    lengths = Tensor(np.array([3, 1], np.int32))
    check_grads(lambda x: lstm(x, seq_length=lengths)[1][1], (x,), order=1, modes=('rev',))
    grads = ms.grad(lambda x: lstm(x)[0].sum(), None, lstm.trainable_params())(x)
    assert [g.shape for g in grads] == [p.shape for p in lstm.trainable_params()]
