"""ops.vmap: every primitive's batching rule against a per-example loop, composition, errors."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore._ad.rules.batching import batch_rules
from minispore._core.primitive import bind
from minispore.ops import primitives as P
from minispore.testing import check_grads

RNG = np.random.default_rng(0)
B = 3


def arr(t):
    return np.asarray(t)


def u(*shape, lo=0.1, hi=0.9):
    return Tensor(RNG.uniform(lo, hi, shape))


def n(*shape):
    return Tensor(RNG.standard_normal(shape))


def ints(*shape, high=4):
    return Tensor(RNG.integers(0, high, shape))


def bools(*shape):
    return Tensor(RNG.random(shape) > 0.5)


def prim(p, **params):
    return lambda *xs: bind(p, *xs, **params)


def _example(x, axis, b):
    if axis is None:
        return x
    if isinstance(x, (tuple, list)):
        axes = axis if isinstance(axis, (tuple, list)) else [axis] * len(x)
        return type(x)(_example(t, a, b) for t, a in zip(x, axes))
    return Tensor(np.take(arr(x), b, axis))


def loop(fn, args, in_axes):
    """The per-example results of `fn` (plain eager ops), stacked on axis 0."""
    axes = in_axes if isinstance(in_axes, (tuple, list)) else [in_axes] * len(args)
    size = next(np.shape(arr(a))[x] for a, x in zip(args, axes) if isinstance(x, int))
    outs = [fn(*[_example(a, x, b) for a, x in zip(args, axes)]) for b in range(size)]
    if isinstance(outs[0], (tuple, list)):
        return [np.stack([arr(o[i]) for o in outs]) for i in range(len(outs[0]))]
    return np.stack([arr(o) for o in outs])


def assert_matches_loop(fn, args, in_axes=0, atol=1e-12):
    got = ops.vmap(fn, in_axes=in_axes)(*args)
    want = loop(fn, args, in_axes)
    if isinstance(got, (tuple, list)):
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert arr(g).dtype == w.dtype
            np.testing.assert_allclose(arr(g), w, atol=atol)
    else:
        assert arr(got).dtype == want.dtype and arr(got).shape == want.shape
        np.testing.assert_allclose(arr(got), want, atol=atol)


# ---- one case per primitive at least: (fn, args, in_axes) ----
UNARY = {P.neg_p: n, P.exp_p: n, P.log_p: u, P.sin_p: n, P.cos_p: n, P.tanh_p: n, P.sqrt_p: u,
         P.abs_p: n, P.sign_p: n, P.sigmoid_p: n, P.softplus_p: n, P.relu_p: n, P.floor_p: n,
         P.logical_not_p: bools, P.tan_p: u, P.asin_p: u, P.acos_p: u, P.atan_p: n,
         P.sinh_p: n, P.cosh_p: n, P.asinh_p: n, P.acosh_p: lambda *s: u(*s, lo=1.1, hi=3),
         P.atanh_p: u, P.expm1_p: n, P.log1p_p: u, P.erf_p: n, P.erfc_p: n, P.erfinv_p: u,
         P.ceil_p: n, P.round_p: n, P.trunc_p: n, P.isnan_p: n, P.isinf_p: n, P.isfinite_p: n,
         P.identity_p: n, P.stop_gradient_p: n}
BINARY = {P.add_p: n, P.sub_p: n, P.mul_p: n, P.div_p: u, P.pow_p: u, P.maximum_p: n,
          P.minimum_p: n, P.floor_divide_p: u, P.remainder_p: u, P.equal_p: ints,
          P.not_equal_p: ints, P.less_p: n, P.less_equal_p: ints, P.greater_p: n,
          P.greater_equal_p: ints, P.logical_and_p: bools, P.logical_or_p: bools,
          P.logical_xor_p: bools, P.atan2_p: n, P.fmod_p: u, P.hypot_p: n, P.logaddexp_p: n,
          P.bitwise_and_p: ints, P.bitwise_or_p: ints, P.bitwise_xor_p: ints}
# (shape of x, shape of y, in_axes): batch axes anywhere, unbatched operands of lower rank,
# batched operands of different ranks
BINARY_LAYOUTS = [((B, 2, 4), (4,), (0, None)), ((2, B, 4), (4, B), (1, -1)),
                  ((4,), (2, 4, B), (None, 2)), ((B, 4), (2, 1, B), (0, -1))]

CASES = []
for _i, (_p, _make) in enumerate(UNARY.items()):
    _shape, _axis = [((B, 2, 3), 0), ((2, B), 1), ((2, 3, B), -1)][_i % 3]
    CASES.append((str(_p), prim(_p), (_make(*_shape),), _axis))
for _i, (_p, _make) in enumerate(BINARY.items()):
    _sx, _sy, _axes = BINARY_LAYOUTS[_i % len(BINARY_LAYOUTS)]
    CASES.append((str(_p), prim(_p), (_make(*_sx), _make(*_sy)), _axes))

CASES += [
    ('cast', prim(P.cast_p, dtype=np.dtype(np.int32)), (n(B, 2) * 3,), 0),
    ('nan_to_num', prim(P.nan_to_num_p, nan=1., posinf=2., neginf=-2.),
     (Tensor(np.array([[np.nan, np.inf], [-np.inf, 1.], [2., np.nan]])),), 0),
    ('is_close', prim(P.is_close_p, rtol=1e-5, atol=0.1, equal_nan=False), (n(B, 4), n(4)),
     (0, None)),
    ('select', prim(P.select_p), (bools(4), n(B, 2, 4), n(2, B, 4)), (None, 0, 1)),
    ('select_scalar', lambda c, x: bind(P.select_p, c, x, 0.), (bools(B, 3), n(3)), (0, None)),
    ('bce_with_logits', prim(P.bce_with_logits_p), (n(B, 4), u(4), u(B, 4), 1.),
     (0, None, 0, None)),
    ('bce_with_logits_grad', prim(P.bce_with_logits_grad_p), (n(4, B), u(B, 4), u(4), u(4)),
     (1, 0, None, None)),
]
for _p in (P.reduce_sum_p, P.reduce_mean_p, P.reduce_max_p, P.reduce_min_p, P.reduce_prod_p):
    CASES += [(f'{_p}_all', prim(_p, axis=None, keepdims=False), (n(2, B, 3),), 1),
              (f'{_p}_axis', prim(_p, axis=(0, -1), keepdims=True), (n(2, 3, B, 2),), 2),
              (f'{_p}_int', prim(_p, axis=1, keepdims=False), (n(2, 4, B),), -1)]
CASES += [
    ('reduce_sum_ints', prim(P.reduce_sum_p, axis=(1,), keepdims=False), (ints(B, 2, 3),), 0),
    ('reduce_mean_ints', prim(P.reduce_mean_p, axis=None, keepdims=False), (ints(2, B, 3),), 1),
    ('reduce_all', prim(P.reduce_all_p, axis=(0,), keepdims=False), (bools(3, B, 2),), 1),
    ('reduce_any', prim(P.reduce_any_p, axis=None, keepdims=True), (bools(B, 2, 3),), 0),
    ('argmax', prim(P.argmax_p, axis=None, keepdims=True), (n(2, B, 3),), 1),
    ('argmax_axis', prim(P.argmax_p, axis=0, keepdims=False), (n(4, 2, B),), 2),
    ('argmin', prim(P.argmin_p, axis=-1, keepdims=False), (n(4, B, 3),), 1),
    ('argmin_keep', prim(P.argmin_p, axis=1, keepdims=True), (n(B, 4, 3),), 0),
    ('cumsum', prim(P.cumsum_p, axis=1, exclusive=True, reverse=False), (n(2, 4, B),), -1),
    ('cumprod', prim(P.cumprod_p, axis=0, exclusive=False, reverse=True), (n(3, B, 2),), 1),
    ('cumargmax', prim(P.cumargmax_p, axis=1), (n(B, 2, 5),), 0),
    ('cumargmin', prim(P.cumargmin_p, axis=0), (n(5, B),), 1),
    ('argsort', prim(P.argsort_p, axis=0, descending=True), (ints(5, B, 2),), 1),
    ('softmax', prim(P.softmax_p, axis=0), (n(3, B, 4),), 1),
    ('log_softmax', prim(P.log_softmax_p, axis=1), (n(B, 3, 4),), 0),
    ('reshape', prim(P.reshape_p, shape=(3, -1)), (n(2, B, 3),), 1),
    ('transpose', prim(P.transpose_p, perm=(2, 0, 1)), (n(2, 3, B, 4),), 2),
    ('broadcast_to', prim(P.broadcast_to_p, shape=(2, 3, 4)), (n(3, 1, B),), -1),
    ('concat', prim(P.concat_p, axis=1), (n(2, B, 3), n(2, 1), n(B, 2, 2)), (1, None, 0)),
    ('split', prim(P.split_p, axis=1, indices=(1, 3)), (n(2, 5, B),), 2),
    ('getitem_basic', prim(P.getitem_p, index=(Ellipsis, None, 1, slice(0, 3, 2)), basic=True),
     (n(2, B, 4, 5),), 1),
    ('getitem_adjacent', prim(P.getitem_p, index=(slice(None), np.array([2, 0, 2]), 1),
                              basic=False), (n(2, 4, 3, B),), 3),
    ('getitem_apart', prim(P.getitem_p, index=(np.array([[1], [0]]), slice(1, 3), 2),
                           basic=False), (n(B, 2, 4, 3),), 0),
    ('getitem_mask', prim(P.getitem_p, index=(np.array([True, False, True]),), basic=False),
     (n(3, B, 2),), 1),
    ('index_add', prim(P.index_add_p, index=(np.array([1, 1, 0]), slice(None), 0),
                       shape=(2, 3, 2), basic=False), (n(3, B, 3),), 1),
    ('index_add_apart', prim(P.index_add_p, index=(np.array([1, 0]), slice(None), 0),
                             shape=(3, 2, 4), basic=False), (n(2, 2, B),), 2),
    ('setitem_value', prim(P.setitem_p, index=(slice(0, 2), 1), basic=True), (n(3, 4), n(B, 2)),
     (None, 0)),
    ('setitem_x', prim(P.setitem_p, index=(np.array([0, 2]), slice(None), 1), basic=False),
     (n(3, 2, B, 3), n(2, 1)), (2, None)),
    ('setitem_both', prim(P.setitem_p, index=(np.array([0, 2]), 0, np.array([1, 1])),
                          basic=False), (n(3, B, 2, 4), n(2, B)), (1, 1)),
    ('gather_x', prim(P.gather_p, axis=1), (n(2, B, 4), ints(3, 2)), (1, None)),
    ('gather_indices', prim(P.gather_p, axis=1), (n(2, 4, 3), ints(2, B)), (None, 1)),
    ('gather_both', prim(P.gather_p, axis=1), (n(2, 4, B, 3), Tensor(RNG.integers(-4, 4, (2, B)))),
     (2, 1)),
    ('scatter_add_updates', prim(P.scatter_add_p, axis=0, shape=(4, 3)),
     (n(2, 2, 3, B), ints(2, 2)), (-1, None)),
    ('scatter_add_indices', prim(P.scatter_add_p, axis=1, shape=(2, 4)), (n(2, 3), ints(B, 3)),
     (None, 0)),
    ('scatter_add_both', prim(P.scatter_add_p, axis=1, shape=(2, 4, 3)),
     (n(2, 5, B, 3), ints(B, 5)), (2, 0)),
    ('matmul', prim(P.matmul_p), (n(B, 2, 3), n(3, 4)), (0, None)),
    ('matmul_vec_mat', prim(P.matmul_p), (n(3, B), n(2, 3, 4)), (1, None)),
    ('matmul_mat_vec', prim(P.matmul_p), (n(5, 2, 3), n(3, B)), (None, 1)),
    ('matmul_vec_vec', prim(P.matmul_p), (n(B, 3), n(3, B)), (0, 1)),
    ('matmul_stacks', prim(P.matmul_p), (n(2, 3, B), n(4, 1, 3, 2, B)), (-1, -1)),
    ('einsum', prim(P.einsum_p, equation='ij,jk,k->i'), (n(2, B, 3), n(3, 4), n(B, 4)),
     (1, None, 0)),
    ('inverse', prim(P.inverse_p), (n(3, 3, B) + Tensor(3 * np.eye(3)[..., None]),), 2),
    ('det', prim(P.det_p), (n(2, B, 3, 3),), 1),
    ('svd_singular_values', lambda x: bind(P.svd_p, x)[1], (n(3, B, 2),), 1),
    ('unique', prim(P.unique_p), (Tensor([[3, 1, 3, 2], [1, 1, 5, 2], [4, 0, 6, 4]]),), 0),
    ('softmax_cross_entropy', prim(P.softmax_cross_entropy_p), (n(B, 4, 5), ints(4, high=5)),
     (0, None)),
    ('softmax_cross_entropy_grad', prim(P.softmax_cross_entropy_grad_p),
     (u(4, 5, B), u(4), u(B, 4), ints(B, 4, high=5)), (2, None, 0, 0)),
    ('im2col', prim(P.im2col_p, kernel=(2, 2), stride=(1, 2), padding=((1, 0), (0, 1)),
                    dilation=(1, 1)), (n(2, B, 3, 4, 5),), 1),
    ('col2im', prim(P.col2im_p, size=(4, 5), kernel=(2, 2), stride=(1, 2),
                    padding=((1, 0), (0, 1)), dilation=(1, 1)), (n(12, B, 2 * 4 * 3),), 1),
    ('max_pool_index', prim(P.max_pool_index_p, kernel=(2, 2), stride=(2, 1),
                            padding=((0, 0), (1, 0)), dilation=(1, 1)), (n(B, 2, 1, 4, 4),), 0),
    ('adaptive_max_index', prim(P.adaptive_max_index_p, output_size=(2, 3)),
     (n(1, 2, 5, 5, B),), -1),
]


class _Scaled(nn.Cell):
    """sin, with a bprop that scales the true derivative by 10."""
    def construct(self, x, y):
        return ops.sin(x) * y

    def bprop(self, x, y, out, dout):
        return 10 * dout * ops.cos(x) * y, dout * ops.sin(x)


CASES.append(('custom_vjp_call', lambda x, y: ms.grad(_Scaled())(x, y) + _Scaled()(x, y),
              (n(B, 3), n(3)), (0, None)))


@pytest.mark.parametrize('fn,args,in_axes', [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_batching_rule_matches_the_loop(fn, args, in_axes):
    assert_matches_loop(fn, args, in_axes)


def test_every_primitive_is_batched_by_some_case(monkeypatch):
    seen = set()
    for p, rule in list(batch_rules.items()):
        def recording(vals, bdims, _p=p, _rule=rule, **params):
            seen.add(_p)
            return _rule(vals, bdims, **params)
        monkeypatch.setitem(batch_rules, p, recording)
    for _, fn, args, in_axes in CASES:
        ops.vmap(fn, in_axes=in_axes)(*args)
    assert set(P.ALL) - seen == set()


def test_svd_factors_are_those_of_each_example():
    x = n(B, 4, 3)
    us, s, vh = ops.vmap(lambda a: bind(P.svd_p, a))(x)
    for b in range(B):
        np.testing.assert_allclose(arr(us[b]) * arr(s[b]) @ arr(vh[b]), arr(x[b]), atol=1e-12)


def test_unique_with_different_lengths_per_example_is_an_error():
    with pytest.raises(ValueError, match="'unique' here: its result has a different shape"):
        ops.vmap(prim(P.unique_p))(Tensor(np.array([[1, 1], [1, 2]])))


# ---- ops and nn layers, through their ops functions ----
def test_ops_functions_and_layers():
    x, w = n(B, 2, 3, 6, 6), Tensor(RNG.standard_normal((4, 3, 3, 3)))
    assert_matches_loop(lambda a: ops.conv2d(a, w, padding=1, pad_mode='pad'), (x,), atol=1e-10)
    net = nn.SequentialCell([nn.Dense(6, 5), nn.ReLU(), nn.Dense(5, 2)])
    assert_matches_loop(net, (Tensor(RNG.standard_normal((B, 4, 6)), ms.float32),), atol=1e-6)
    assert_matches_loop(lambda a, i: ops.gather(a, i, 0), (n(B, 5, 2), ints(B, 3, high=5)),
                        atol=1e-12)
    assert_matches_loop(lambda a: ops.cross_entropy(a, Tensor([1, 0, 3])), (n(B, 3, 4),))
    assert_matches_loop(lambda a: ops.softmax(a, 0) + ops.cumsum(a, 1), (n(B, 4, 3),))


def test_item_assignment_of_a_batched_value_into_a_buffer():
    def fill(a):
        buf = ops.zeros(5, ms.float64)
        buf[1:3] = a
        buf[0] = a.sum()
        return buf * 2
    assert_matches_loop(fill, (n(B, 2),))
    def update(a):
        a[0] = 0.
        return a
    np.testing.assert_array_equal(arr(ops.vmap(update, in_axes=1)(Tensor(np.ones((2, B)))))[:, 0],
                                  np.zeros(B))


# ---- composition ----
def loss(w, b, x, y):
    h = ops.tanh(ops.matmul(x, w) + b)
    return ((h.sum(-1) - y) ** 2).mean()


W, BIAS = n(3, 4), n(4)
XS, YS = n(5, 2, 3), n(5, 2)


def test_vmap_of_grad_is_the_loop_of_grads_and_matches_finite_differences():
    g = ops.vmap(ms.grad(loss, (0, 1)), in_axes=(None, None, 0, 0))(W, BIAS, XS, YS)
    for i in range(XS.shape[0]):
        gw, gb = ms.grad(loss, (0, 1))(W, BIAS, XS[i], YS[i])
        np.testing.assert_allclose(arr(g[0][i]), arr(gw), atol=1e-14)
        np.testing.assert_allclose(arr(g[1][i]), arr(gb), atol=1e-14)
    eps, w0 = 1e-6, arr(W)
    for k in [(0, 0), (2, 3)]:
        dw = np.zeros_like(w0)
        dw[k] = eps
        numeric = [(arr(loss(Tensor(w0 + dw), BIAS, XS[i], YS[i]))
                    - arr(loss(Tensor(w0 - dw), BIAS, XS[i], YS[i]))) / (2 * eps)
                   for i in range(XS.shape[0])]
        np.testing.assert_allclose(arr(g[0])[(slice(None),) + k], numeric, atol=1e-8)


def test_grad_of_vmap():
    check_grads(lambda w, x: ops.vmap(loss, in_axes=(None, None, 0, 0))(w, BIAS, x, YS),
                (W, XS), order=2, modes=('fwd', 'rev'))
    check_grads(lambda x: ops.vmap(lambda a: ops.softmax(a, 0) * a, in_axes=1, out_axes=-1)(x),
                (n(3, B, 2),))


def test_vmap_of_jvp_vjp_and_hessians():
    f = lambda a: ops.sin(a) * a.sum()  # noqa: E731
    xs, vs = n(B, 3), n(B, 3)
    _, t = ops.vmap(lambda a, v: ops.jvp(f, a, v))(xs, vs)
    np.testing.assert_allclose(arr(t), loop(lambda a, v: ops.jvp(f, a, v)[1], (xs, vs), 0),
                               atol=1e-14)
    ct = ops.vmap(lambda a, v: ops.vjp(f, a)[1](v)[0])(xs, vs)
    np.testing.assert_allclose(arr(ct), loop(lambda a, v: ops.vjp(f, a)[1](v)[0], (xs, vs), 0),
                               atol=1e-14)
    hess = ops.vmap(ms.grad(lambda a: ms.grad(lambda b: (b ** 3).sum())(a).sum()))(xs)
    np.testing.assert_allclose(arr(hess), 6 * arr(xs), atol=1e-12)
    _, t = ops.jvp(ops.vmap(f), xs, vs)
    np.testing.assert_allclose(arr(t), loop(lambda a, v: ops.jvp(f, a, v)[1], (xs, vs), 0),
                               atol=1e-14)


def test_nested_vmap():
    x, w = n(2, 4, 3), n(3)
    dot = lambda a, b: (a * b).sum()  # noqa: E731
    inner = ops.vmap(dot, in_axes=(0, None))
    out = ops.vmap(inner, in_axes=(1, None), out_axes=1)(x, w)
    np.testing.assert_allclose(arr(out), arr(x) @ arr(w), atol=1e-14)
    outer = ops.vmap(ops.vmap(ms.grad(dot), in_axes=(None, 0)), in_axes=(0, None))(x[:, 0], x[0])
    assert outer.shape == (2, 4, 3)
    np.testing.assert_allclose(arr(outer), np.broadcast_to(arr(x[0])[None], (2, 4, 3)))


def test_cells_kwargs_and_unbatched_outputs():
    dense = nn.Dense(3, 2)
    out = ops.vmap(dense, in_axes=1)(Tensor(np.ones((3, B), np.float32)))
    np.testing.assert_allclose(arr(out), np.tile(arr(dense(Tensor(np.ones(3, np.float32)))),
                                                 (B, 1)), atol=1e-6)
    with pytest.raises(RuntimeError, match="unexpected keyword argument 'scale'"):
        ops.vmap(lambda a, scale=1.: a * scale)(n(B, 2), scale=3.)      # as in MindSpore
    a, c = ops.vmap(lambda a: (a, Tensor([1., 2.])), out_axes=(0, -1))(n(B, 2))
    np.testing.assert_array_equal(arr(c), [[1.] * B, [2.] * B])


def test_cell_list_maps_its_cells_over_the_batch():
    cells = nn.CellList([nn.Dense(3, 2) for _ in range(B)])
    xs = n(B, 4, 3).astype(ms.float32)
    want = np.stack([arr(c(xs[i])) for i, c in enumerate(cells)])
    np.testing.assert_allclose(arr(ops.vmap(cells)(xs)), want, atol=1e-6)
    shared = ops.vmap(cells, in_axes=None, out_axes=1)(xs[0])
    np.testing.assert_allclose(arr(shared), np.stack([arr(c(xs[0])) for c in cells], 1), atol=1e-6)
    with pytest.raises(ValueError, match=f"axis_size: 2 and the cell size: {B}"):
        ops.vmap(cells)(xs[:2])
    params = cells.trainable_params()
    grads = ms.grad(lambda a: ops.vmap(cells)(a).sum(), None, params)(xs)
    for p, g in zip(params, grads):
        want = ms.grad(lambda a: sum(c(a[i]).sum() for i, c in enumerate(cells)), None, [p])(xs)
        np.testing.assert_allclose(arr(g), arr(want[0]), atol=1e-5)


def test_vmap_of_grad_through_a_bprop_uses_the_bprop():
    xs, y = n(B, 3), n(3)
    g = ops.vmap(ms.grad(lambda a: _Scaled()(a, y).sum()))(xs)
    np.testing.assert_allclose(arr(g), 10 * np.cos(arr(xs)) * arr(y), atol=1e-14)


def test_errors():
    x = n(B, 2)
    with pytest.raises(RuntimeError, match=r"should be equal, but got 3 and 2.\nargument 0 has "
                                           r"3 and argument 1\[1\] has 2"):
        ops.vmap(lambda a, t: a, in_axes=(0, (None, 0)))(x, (x, n(2, 2)))
    with pytest.raises(RuntimeError, match='source is not None and dst is None'):
        ops.vmap(lambda a: (a, a), out_axes=(0, None))(x)
    with pytest.raises(RuntimeError, match=r"in_axes entry of argument 0 has 1 axes for its 2 "):
        ops.vmap(lambda t: t[0], in_axes=((0,),))((x, x))
    with pytest.raises(RuntimeError, match='cannot stack fn'):
        ops.vmap(lambda a: 'text')(x)
