"""Array ops (manipulation, indexing, scattering, creation) and differentiable item assignment."""
import weakref

import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, ops
from minispore._backend.numpy_array import add_at, scatter_add
from minispore.testing import check_grads

from opcheck import case, op_tests

_rng = np.random.default_rng(3)      # this module's own: the others' inputs stay as they were


def T(*shape, low=-2.0, high=2.0):
    """A float32 Tensor of uniform values in [low, high)."""
    return Tensor(_rng.uniform(low, high, shape).astype(np.float32))


def I(*shape, low=0, high=4):  # noqa: E743
    """An int32 Tensor of integers in [low, high)."""
    return Tensor(_rng.integers(low, high, shape).astype(np.int32))


def idx(*values):
    """A constant Int64 index Tensor: `idx(2, 0)` or `idx([[0, 1], [1, 1]])`."""
    if len(values) == 1 and isinstance(values[0], list):
        values = values[0]
    return Tensor(np.array(values, np.int64))


MASK = Tensor(np.array([True, False, True, True]))
COND = Tensor(np.array([[True], [False], [True]]))
EMB = idx([[0, 2], [2, 2], [4, 1]])           # repeated rows: their gradients add up
GE_INDEX = idx([[0, 3], [3, 3]])               # fewer rows than the input: gather_elements
SCATTER_INDEX = idx([[0, 3], [2, 1], [1, 0]])


def _pad_constant_ref(x):
    return np.pad(x[..., :-1], ((0, 0), (2, 0), (1, 0)), constant_values=0.5)


def _scatter_ref(x, src):
    out = x.copy()
    np.put_along_axis(out, SCATTER_INDEX.asnumpy(), src, 1)
    return out


def _scatter_add_ref(x, u):
    out = x.copy()
    np.add.at(out, np.array([1, 0, 1]), u)
    return out


def _set(index, value_fn=None):
    """A function assigning to a copy of x (or, with `value_fn`, the value `value_fn(v)`)."""
    def f(x, v):
        y = x * 1
        y[index] = v if value_fn is None else value_fn(v)
        return y
    return f


def _set_ref(index, value_fn=None):
    def ref(x, v):
        y = x.copy()
        y[index] = v if value_fn is None else value_fn(v)
        return y
    return ref


def _buffer(x):
    buf = ops.zeros_like(x[0])
    buf[0] = x[1, 0] * x[2, 1]
    buf[1:] = ops.sin(x[0, :2])
    buf[2] = buf[2] * buf[0]            # reads the tensor it writes
    return buf


def _buffer_ref(x):
    buf = np.zeros_like(x[0])
    buf[0] = x[1, 0] * x[2, 1]
    buf[1:] = np.sin(x[0, :2])
    buf[2] = buf[2] * buf[0]
    return buf


def _twice(x, v):
    y = x * 2
    y[0] = v * y[1]
    y[y > 100] = 0.0                      # never true: recorded, no effect
    y[1:, 1] = y[0, :2] * v
    return y * x


def _twice_ref(x, v):
    y = x * 2
    y[0] = v * y[1]
    y[1:, 1] = y[0, :2] * v
    return y * x


CASES = {
    'tril': case(lambda x: ops.tril(x, -1), [T(3, 4)], lambda x: np.tril(x, -1)),
    'tril_batched': case(ops.tril, [T(2, 3, 3)], np.tril),
    'triu': case(lambda x: ops.triu(x, 1), [T(3, 4)], lambda x: np.triu(x, 1)),
    'diag_vector': case(ops.diag, [T(3)], np.diag),
    'diag_matrix': case(ops.diag, [T(2, 3)],
                        lambda x: (np.eye(x.size) * x.reshape(-1)).reshape(x.shape * 2)),
    'diagonal': case(lambda x: ops.diagonal(x, 1), [T(3, 4)], lambda x: np.diagonal(x, 1)),
    'diagonal_dims': case(lambda x: ops.diagonal(x, -1, 2, 0), [T(2, 3, 4)],
                          lambda x: np.diagonal(x, -1, 2, 0)),
    'meshgrid_xy': case(ops.meshgrid, [T(3), T(2)], np.meshgrid),
    'meshgrid_ij': case(lambda x, y, z: ops.meshgrid(x, y, z, indexing='ij'), [T(3), T(2), T(2)],
                        lambda x, y, z: np.meshgrid(x, y, z, indexing='ij')),
    'one_hot': case(lambda i: ops.one_hot(i, 4, 2.0, -1.0, axis=0), [idx([0, 3], [2, 5])],
                    lambda i: np.where(np.arange(4)[:, None, None] == i, 2.0, -1.0), order=0),
    'logspace': case(lambda: ops.logspace(-1.0, 2.0, 5, base=3, dtype=ms.float64), [],
                     lambda: 3.0 ** np.linspace(-1.0, 2.0, 5), order=0),
    'swapaxes': case(lambda x: ops.swapaxes(x, 0, -1), [T(2, 3, 4)],
                     lambda x: np.swapaxes(x, 0, -1)),
    'moveaxis': case(lambda x: ops.moveaxis(x, (0, 1), (2, 0)), [T(2, 3, 4)],
                     lambda x: np.moveaxis(x, (0, 1), (2, 0))),
    'movedim': case(lambda x: ops.movedim(x, -1, 0), [T(2, 3, 4)],
                    lambda x: np.moveaxis(x, -1, 0)),
    't': case(ops.t, [T(2, 3)], np.transpose),
    'tile': case(lambda x: ops.tile(x, (2, 1, 2)), [T(3, 2)], lambda x: np.tile(x, (2, 1, 2))),
    'tile_short_dims': case(lambda x: ops.tile(x, (3,)), [T(2, 2)], lambda x: np.tile(x, 3)),
    'repeat_interleave': case(lambda x: ops.repeat_interleave(x, 2, 1), [T(2, 3)],
                              lambda x: np.repeat(x, 2, 1)),
    'repeat_interleave_counts': case(lambda x: ops.repeat_interleave(x, [1, 0, 3], 0),
                                     [T(3, 2)], lambda x: np.repeat(x, [1, 0, 3], 0)),
    'repeat_interleave_flat': case(lambda x: ops.repeat_interleave(x, 2), [T(2, 2)],
                                   lambda x: np.repeat(x, 2)),
    'split': case(lambda x: ops.split(x, 2, 1), [T(3, 5)], lambda x: np.split(x, [2, 4], 1)),
    'split_sections': case(lambda x: ops.split(x, [1, 3], 0), [T(4, 2)],
                           lambda x: np.split(x, [1], 0)),
    'chunk': case(lambda x: ops.chunk(x, 3), [T(7, 2)], lambda x: np.split(x, [3, 6])),
    'tensor_split': case(lambda x: ops.tensor_split(x, 3, 1), [T(2, 7)],
                         lambda x: np.array_split(x, 3, 1)),
    'tensor_split_unsorted': case(lambda x: ops.tensor_split(x, [4, 1, -1]), [T(6)],
                                  lambda x: np.split(x, [4, 1, -1])),
    'unbind': case(lambda x: ops.unbind(x, 1), [T(2, 3)], lambda x: tuple(x.T)),
    'narrow': case(lambda x: ops.narrow(x, -1, 1, 2), [T(2, 4)], lambda x: x[:, 1:3]),
    'gather': case(lambda x: ops.gather(x, EMB, 0), [T(5, 3)], lambda x: x[EMB.asnumpy()]),
    'gather_axis': case(lambda x, i: ops.gather(x, i, 1), [T(2, 4, 3), I(3, 2)],
                        lambda x, i: np.take(x, i, 1)),
    'gather_batch_dims': case(lambda x: ops.gather(x, idx([1, 3], [0, 0]), 2, batch_dims=1),
                              [T(2, 3, 4)], lambda x: np.stack(
                                  [np.take(x[b], [[1, 3], [0, 0]][b], 1) for b in range(2)])),
    'gather_elements': case(lambda x: ops.gather_elements(x, 1, GE_INDEX), [T(3, 4)],
                            lambda x: np.take_along_axis(x[:2], GE_INDEX.asnumpy(), 1)),
    'gather_d': case(lambda x, i: ops.gather_d(x, 0, i), [T(4, 3), I(5, 3)],
                     lambda x, i: np.take_along_axis(x, i, 0)),
    'index_select': case(lambda x: ops.index_select(x, -1, idx(2, 0, 2)), [T(3, 3)],
                         lambda x: x[:, [2, 0, 2]]),
    'masked_select': case(lambda x: ops.masked_select(x, MASK), [T(2, 4)],
                          lambda x: x[np.broadcast_to(MASK.asnumpy(), (2, 4))]),
    'select': case(lambda x, y: ops.select(COND, x, y), [T(3, 4), T(4)],
                   lambda x, y: np.where(COND.asnumpy(), x, y)),
    'select_number': case(lambda x: ops.select(COND, 0.5, x), [T(3, 2)],
                          lambda x: np.where(COND.asnumpy(), 0.5, x)),
    'scatter': case(lambda x, s: ops.scatter(x, 1, SCATTER_INDEX, s), [T(3, 4), T(3, 2)],
                    _scatter_ref),
    'scatter_add': case(lambda x, u: ops.scatter_add(x * 1, idx(1, 0, 1), u), [T(2, 3), T(3, 3)],
                        _scatter_add_ref),
    'flip': case(lambda x: ops.flip(x, (0, -1)), [T(2, 3, 2)], lambda x: np.flip(x, (0, -1))),
    'roll': case(lambda x: ops.roll(x, (1, -2), (0, 1)), [T(3, 4)],
                 lambda x: np.roll(x, (1, -2), (0, 1))),
    'roll_flat': case(lambda x: ops.roll(x, 5), [T(2, 3)], lambda x: np.roll(x, 5)),
    'pad': case(lambda x: ops.pad(x, (2, 1)), [T(2, 3)], lambda x: np.pad(x, ((0, 0), (2, 1)))),
    'pad_value_crop': case(lambda x: ops.pad(x, (1, -1, 2, 0), value=0.5), [T(2, 3, 4)],
                           _pad_constant_ref),
    'pad_reflect': case(lambda x: ops.pad(x, (2, 1, 1, 2), mode='reflect'), [T(2, 3, 4)],
                        lambda x: np.pad(x, ((0, 0), (1, 2), (2, 1)), mode='reflect')),
    'pad_replicate': case(lambda x: ops.pad(x, (3, 1), mode='replicate'), [T(2, 3)],
                          lambda x: np.pad(x, ((0, 0), (3, 1)), mode='edge')),
    'pad_circular': case(lambda x: ops.pad(x, (1, 2, 2, 0), mode='circular'), [T(1, 3, 4)],
                         lambda x: np.pad(x, ((0, 0), (2, 0), (1, 2)), mode='wrap')),
    # item assignment: a copy of x gets v at the index, both differentiated
    'setitem_slices': case(_set((slice(1, None), slice(None, None, 2))), [T(3, 4), T(2, 2)],
                           _set_ref((slice(1, None), slice(None, None, 2)))),
    'setitem_int_broadcast': case(_set(1), [T(3, 4), T(4)], _set_ref(1)),
    'setitem_rows_broadcast': case(_set(Tensor([2, 0])), [T(3, 4), T(4)], _set_ref([2, 0])),
    'setitem_value_leading_ones': case(_set(0), [T(3, 4), T(1, 1, 4)], _set_ref(0)),
    'setitem_mask': case(_set(Tensor([True, False, True])), [T(3, 2), T()],
                         _set_ref(np.array([True, False, True]))),
    'setitem_arrays': case(_set(([0, 2], [1, 3])), [T(3, 4), T(2)], _set_ref(([0, 2], [1, 3]))),
    'setitem_none_ellipsis': case(_set((None, Ellipsis, 1)), [T(2, 3), T(2)],
                                  _set_ref((None, Ellipsis, 1))),
    'setitem_array_and_slice': case(_set((Tensor([1]), slice(0, 2))), [T(2, 3), T(1, 2)],
                                    _set_ref(([1], slice(0, 2)))),
    'setitem_buffer': case(_buffer, [T(3, 3)], _buffer_ref),
    'setitem_twice': case(_twice, [T(3, 2), T()], _twice_ref),
}
test_forward_float32, test_forward_float64, test_grads = op_tests(CASES)


# ---- MindSpore's conventions: dtypes, result structures, values at special points ----
def test_int_inputs_keep_their_dtype():
    i = Tensor([[1, 2], [3, 4]])
    for r in (ops.tril(i), ops.triu(i), ops.diag(Tensor([1, 2])), ops.diagonal(i),
              ops.tile(i, (2,)),
              ops.gather(i, Tensor([1]), 0), ops.flip(i, (0,)), ops.pad(i, (1, 1), value=2.5),
              ops.repeat_interleave(i, 2), ops.masked_select(i, i > 1), ops.roll(i, 1)):
        assert r.dtype == ms.int64
    assert ops.tril(Tensor([[True, True], [True, True]])).dtype == ms.bool_
    assert ops.pad(i, (1, 0), value=6.5).asnumpy().tolist() == [[6, 1, 2], [6, 3, 4]]


def test_one_hot_dtypes():
    assert ops.one_hot(Tensor([0, 1]), 2).dtype == ms.int64
    assert ops.one_hot(Tensor(np.array([0, 1], np.int32)), 2).dtype == ms.int64
    assert ops.one_hot(Tensor([0, 1]), 2, 1.0, 0.0).dtype == ms.float32
    assert ops.one_hot(Tensor([0]), 2, Tensor(np.int32(3)), Tensor(np.int32(0))).dtype == ms.int32
    out = ops.one_hot(Tensor([0, 5, -1]), 3)
    assert out.asnumpy().tolist() == [[1, 0, 0], [0, 0, 0], [0, 0, 0]]
    assert ops.one_hot(Tensor(1), 3).shape == (3,)
    assert ops.one_hot(Tensor([[0, 2], [1, 0]]), 3, axis=1).shape == (2, 3, 2)


def test_select_and_creation_dtypes():
    c = Tensor([True, False])
    assert ops.select(c, Tensor([1, 2]), 0.5).dtype == ms.float32
    assert ops.select(c, 1, 0).dtype == ms.int64
    assert ops.select(c, Tensor(np.array([1, 2], np.int32)), 3).dtype == ms.int32
    assert ops.select(c, Tensor([1.0, 2.0]), Tensor(np.array([1.0, 2.0]))).dtype == ms.float64
    assert ops.logspace(0.0, 2.0, 3).dtype == ms.float32
    np.testing.assert_allclose(ops.logspace(0, 2, 3).asnumpy(), [1, 10, 100])
    assert ops.logspace(0.0, 2.0, 3, base=0).asnumpy().tolist() == [1, 0, 0]
    assert ops.logspace(1.0, 2.0, 0).shape == (0,)


def test_result_structures():
    v = ops.ones(10)
    for r in (ops.split(v, 3), ops.chunk(v, 3), ops.tensor_split(v, 3),
              ops.unbind(ops.ones((2, 3))),
              ops.meshgrid(Tensor([1, 2]), Tensor([3]))):
        assert isinstance(r, tuple)
    assert [p.shape for p in ops.chunk(v, 6)] == [(2,)] * 5
    assert [p.shape for p in ops.tensor_split(v, (2, 5, 20))] == [(2,), (3,), (5,), (0,)]
    assert [p.shape for p in ops.split(ops.ones((3, 4)), [0, 3])] == [(0, 4), (3, 4)]
    assert ops.diag(ops.ones((2, 3))).shape == (2, 3, 2, 3)
    assert ops.diagonal(ops.ones((3, 4)), 5).shape == (0,)
    assert ops.t(ops.ones((2, 2, 2))).shape == (2, 2, 2)
    assert ops.masked_select(Tensor(2.0), Tensor(True)).shape == (1,)
    assert ops.meshgrid(Tensor([1, 2]), Tensor([3, 4, 5]))[0].shape == (3, 2)
    x = ops.ones((3, 4))
    assert ops.pad(x, ()) is x and ops.swapaxes(x, 1, -1) is x


def test_gradients_of_repeated_and_dropped_indices():
    x = Tensor(np.arange(6, dtype=np.float32).reshape(3, 2))
    g = ms.grad(lambda a: ops.gather(a, Tensor([2, 2, 0, 2]), 0).sum())(x)
    assert g.asnumpy().tolist() == [[1, 1], [0, 0], [3, 3]]
    g = ms.grad(lambda a: ops.repeat_interleave(a, [2, 0, 1], 0).sum())(x)
    assert g.asnumpy().tolist() == [[2, 2], [0, 0], [1, 1]]
    g = ms.grad(lambda a: ops.pad(a, (2, 0), mode='replicate').sum())(x)
    assert g.asnumpy().tolist() == [[3, 1], [3, 1], [3, 1]]


def test_scatter_conventions():
    x = ops.zeros((2, 3))
    src = Tensor([[1.0, 2.0, 3.0]])
    # indices out of range are skipped (as MindSpore); of repeated ones the last write wins
    out = ops.scatter(x, 1, Tensor([[1, 5, 1]]), src)
    assert out.asnumpy().tolist() == [[0, 3, 0], [0, 0, 0]]
    assert ops.scatter(x, 0, Tensor([[-1, 0, 1]]), src).asnumpy().tolist() == [[0, 2, 0],
                                                                               [1, 0, 3]]
    # the gradient of src is gathered at the index (MindSpore's rule, also at repeats)
    w = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    gx, gs = ms.grad(lambda a, s: (ops.scatter(a, 1, Tensor([[1, 1, 2]]), s) * w).sum(),
                     (0, 1))(x, src)
    assert gx.asnumpy().tolist() == [[1, 0, 0], [4, 5, 6]]
    assert gs.asnumpy().tolist() == [[2, 2, 3]]


def test_scatter_add_updates_its_input_in_place():
    p = Parameter(Tensor(np.zeros((3, 2), np.float32)), name='p')
    out = ops.scatter_add(p, Tensor([0, 2, 0]), ops.ones((3, 2)))
    assert out is not p and isinstance(p, Parameter)
    assert p.asnumpy().tolist() == out.asnumpy().tolist() == [[2, 2], [0, 0], [1, 1]]
    t = Tensor([1, 2, 3])
    ops.scatter_add(t, Tensor([[1], [1]]), Tensor([[5], [6]]))
    assert t.asnumpy().tolist() == [1, 13, 3]


def test_add_at_kernel_against_numpy():
    rng = np.random.default_rng(1)
    for _ in range(200):
        shape = tuple(rng.integers(1, 5, rng.integers(1, 4)))
        axis = int(rng.integers(0, len(shape)))
        n = shape[axis]
        if rng.random() < 0.3:           # heavily repeated indices take the sorting path
            index = np.full(rng.integers(1, 40), -1 if rng.random() < 0.5 else n - 1)
        else:
            index = rng.integers(-n, n, tuple(rng.integers(0, 4, rng.integers(0, 3))))
        updates = rng.standard_normal(shape[:axis] + index.shape + shape[axis + 1:])
        want = np.zeros(shape)
        np.add.at(np.moveaxis(want, axis, 0), index.reshape(-1), np.moveaxis(
            updates.reshape(shape[:axis] + (index.size,) + shape[axis + 1:]), axis, 0))
        np.testing.assert_allclose(scatter_add(updates, index, axis, shape), want)
        base = rng.standard_normal(shape)
        np.testing.assert_allclose(add_at(base.copy(), index, updates, axis), base + want)


def test_embedding_gradient_with_many_repeats():
    rng = np.random.default_rng(0)
    table = Tensor(rng.standard_normal((50, 4)).astype(np.float32))
    ids = np.where(rng.random((64, 8)) < 0.6, 0, rng.integers(0, 50, (64, 8)))
    g = ms.grad(lambda w: ops.gather(w, Tensor(ids), 0).sum())(table)
    want = np.zeros((50, 4), np.float32)
    np.add.at(want, ids.reshape(-1), 1.0)
    np.testing.assert_allclose(g.asnumpy(), want)


# ---- item assignment ----
def test_item_assignment_outside_differentiation_writes_in_place():
    x = Tensor(np.arange(6, dtype=np.float32))
    data = weakref.ref(x._data)
    x[1] = 7.0
    assert data() is x._data                    # not shared: no copy
    view, alias = x[2:4], ops.identity(x)
    x[2] = 9.0                                  # shared with the view and the alias: copied
    assert view.asnumpy().tolist() == [2, 3] and alias.asnumpy()[2] == 2
    assert x.asnumpy().tolist() == [0, 7, 9, 3, 4, 5]
    i = Tensor([1, 2, 3])
    i[0] = 2.7
    assert i.asnumpy().tolist() == [2, 2, 3] and i.dtype == ms.int64
    s = ops.sum(x)                              # a NumPy scalar inside
    s[...] = 1.5
    assert float(s) == 1.5


def test_gradients_match_the_same_computation_with_where_and_concat():
    x, v = Tensor([1.0, -2.0, 3.0, 0.5]), Tensor([4.0, 5.0])

    def assigned(x, v):
        y = x * x
        y[1:3] = v * y[0]
        y[Tensor([True, False, False, True])] = ops.exp(y[3])
        return y * x

    def composed(x, v):
        y = x * x
        y = ops.concat([y[:1], v * y[0], y[3:]])
        y = ops.where(Tensor([True, False, False, True]), ops.exp(y[3]), y)
        return y * x

    np.testing.assert_allclose(assigned(x, v).asnumpy(), composed(x, v).asnumpy())
    for args in ((x, v), ):
        got = ms.grad(lambda a, b: assigned(a, b).sum(), (0, 1))(*args)
        want = ms.grad(lambda a, b: composed(a, b).sum(), (0, 1))(*args)
        for g, w in zip(got, want):
            np.testing.assert_allclose(g.asnumpy(), w.asnumpy(), rtol=1e-6)
    tangents = (Tensor([0.3, -1.0, 2.0, 0.5]), Tensor([1.0, -0.5]))
    np.testing.assert_allclose(ops.jvp(assigned, (x, v), tangents)[1].asnumpy(),
                               ops.jvp(composed, (x, v), tangents)[1].asnumpy(), rtol=1e-6)


def _assign_f(x):
    y = x * 1
    y[0] = x[1] * x[2]
    y[2:] = y[:1] * y[1]
    return (y ** 3).sum()


def test_item_assignment_in_nested_transformations():
    x0 = Tensor(np.array([1.0, 2.0, -0.5]))
    direction = Tensor(np.array([1.0, 0.5, -1.0]))
    check_grads(lambda x: ms.grad(_assign_f)(x), (x0,), modes=('fwd',), order=1)
    check_grads(lambda x: ops.jvp(_assign_f, (x,), (direction,))[1], (x0,), modes=('rev',),
                order=1)
    check_grads(lambda x: ms.grad(lambda y: ms.grad(_assign_f)(y).sum())(x), (x0,), order=1)
    check_grads(lambda x: ms.value_and_grad(_assign_f)(x)[1], (x0,), order=1)


def test_assignment_to_an_input_and_to_a_weight():
    def f(x, v):
        x[1] = v * 2
        return (x * x).sum()

    x = Tensor([1.0, 2.0, 3.0])
    gx, gv = ms.grad(f, (0, 1))(x, Tensor(5.0))
    assert gx.asnumpy().tolist() == [2, 0, 6] and float(gv) == 40
    assert x.asnumpy().tolist() == [1, 10, 3]          # the caller's tensor changed, as eagerly
    _, pullback = ops.vjp(f, Tensor([1.0, 2.0, 3.0]), Tensor(5.0))
    assert [g.asnumpy().tolist() for g in pullback(Tensor(1.0))] == [[2, 0, 6], 40]

    w = Parameter(Tensor([1.0, 2.0]), name='w')

    def g(x):
        w[0] = x * w[1]
        return (w * w).sum()

    gx, (gw,) = ms.grad(g, 0, weights=[w])(Tensor(3.0))
    assert float(gx) == 24 and gw.asnumpy().tolist() == [0, 40]
    assert w.asnumpy().tolist() == [6, 2] and isinstance(w, Parameter)


def test_assignment_into_constant_buffers_under_jvp():
    def f(x):
        buf = ops.zeros(3)
        buf[1] = x * x
        buf[0] = buf[1] + 1
        return buf * buf

    out, tangent = ops.jvp(f, Tensor(2.0), Tensor(1.0))
    assert out.asnumpy().tolist() == [25, 16, 0] and tangent.asnumpy().tolist() == [40, 32, 0]
    assert ms.grad(lambda x: f(x).sum())(Tensor(2.0)).asnumpy() == 72


def test_assignment_of_constants_keeps_the_old_values_of_earlier_ops():
    def f(x):
        c = Tensor([1.0, 2.0])
        y = x * c                       # recorded with the old c
        c[0] = 10.0
        return (y * c).sum()            # x * c_old * c_new

    assert ms.grad(f)(Tensor([1.0, 1.0])).asnumpy().tolist() == [10, 4]


# ---- errors, in MindSpore's words ----
X = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
V = Tensor(np.arange(10, dtype=np.float32))

ERRORS = [
    (lambda: ops.split(V, 0), ValueError, "must be more than zero, but got 0"),
    (lambda: ops.split(V, 1.5), TypeError, "should be integer, tuple(int) or list(int)"),
    (lambda: ops.split(V, [3, 6]), ValueError, "should be equal to 10, but got 9"),
    (lambda: ops.split(X, [1, -1]), TypeError, "should be non-negative, but got [1, -1]"),
    (lambda: ops.split(X, 2, 2), ValueError, "axis 2 is out of bounds for array of dimension 2"),
    (lambda: ops.chunk(V, 0), ValueError, "'chunks' must be greater than 0, but got 0"),
    (lambda: ops.chunk(X, 1.5), TypeError, "`chunks` should be integer"),
    (lambda: ops.tensor_split(V, 0), ValueError, "must be more than zero but got 0"),
    (lambda: ops.tensor_split(V, Tensor([2])), TypeError, "`indices_or_sections` should be"),
    (lambda: ops.unbind(X, 2), ValueError, "expected to be in range of [-2, 2), but got 2"),
    (lambda: ops.unbind(Tensor(1.0)), ValueError, "rank should be greater equal to 1"),
    (lambda: ops.narrow(X, 1, 5, 1), ValueError, "range of [0, 4), but got 5"),
    (lambda: ops.narrow(X, 1, 3, 2), ValueError, "range of [1, 1], but got 2"),
    (lambda: ops.narrow(X, 1, Tensor(1), 2), TypeError, "must be 'int',  but got 'Tensor'"),
    (lambda: ops.swapaxes(X, 0, 2), ValueError, "must be in the range of [-2, 2), but got 2"),
    (lambda: ops.moveaxis(ops.ones((2, 3, 4)), (0, 1), (1,)), ValueError,
     "'source': 2 and 'destination': 1"),
    (lambda: ops.moveaxis(ops.ones((2, 3)), (0, 0), (0, 1)), ValueError, "must not repeat"),
    (lambda: ops.repeat_interleave(X, [1, 2], 0), ValueError, "the length of 'repeats' 2"),
    (lambda: ops.repeat_interleave(X, -1, 0), ValueError, "but got -1 with type 'int'"),
    (lambda: ops.tile(X, (-1, 1)), ValueError, "cannot contain negative integer numbers"),
    (lambda: ops.tile(X, 2), TypeError, "'dims' must be a tuple of ints"),
    (lambda: ops.logspace(0.0, 2.0, 3, base=2.5), TypeError, "type of 'base' should be 'int'"),
    (lambda: ops.logspace(0.0, 2.0, -1), ValueError, "'steps' must be int and must >= 0"),
    (lambda: ops.logspace(0.0, 2.0, 3, dtype=ms.int32), TypeError, "but got 'mindspore.int32'"),
    (lambda: ops.logspace(Tensor(0), Tensor(2), 3), TypeError, "but got Tensor[Int64]"),
    (lambda: ops.pad(X, (1,)), ValueError, "must be divisible by 2, but got 1"),
    (lambda: ops.pad(X, (1, 1), mode='reflect', value=1.0), ValueError, "can not set value"),
    (lambda: ops.pad(X, (1.0, 1)), TypeError, "tuple of int or list of int"),
    (lambda: ops.pad(X, (1, 1), mode='edge'), ValueError, "but got 'edge'"),
    (lambda: ops.pad(X, (1, 0) * 3), ValueError, "the pad dims must be less than or equal to 2"),
    (lambda: ops.pad(X, (-3, -2)), ValueError, "output size must be greater than 0, but got -1"),
    (lambda: ops.pad(X, (4, 1), mode='reflect'), ValueError, "padding (4,1)"),
    (lambda: ops.pad(X, (1, 1, 1, 1), mode='reflect'), ValueError, "4 padding values for a 2-D"),
    (lambda: ops.pad(X, (5, 0), mode='circular'), ValueError, "at most once"),
    (lambda: ops.index_select(X, 0, Tensor([[0, 2]])), ValueError, "must be 1, but got 2"),
    (lambda: ops.index_select(X, 0, [1]), TypeError, "must be all tensors"),
    (lambda: ops.diagonal(X, 0, 1, 1), ValueError, "dim1 and dim2 cannot be identical"),
    (lambda: ops.diagonal(X, 0, 0, 2), ValueError, "range of [-2, 2), but got 2"),
    (lambda: ops.tril(V), ValueError, "x's rank must be greater than or equal to 2, but got 1"),
    (lambda: ops.triu(V), ValueError, "rank of input must be greater than or equal to 2"),
    (lambda: ops.tril(X, Tensor(1)), TypeError, "'diagonal' should be 'int'"),
    (lambda: ops.diag(Tensor(1.0)), ValueError, "greater than or equal to 1, but got 0"),
    (lambda: ops.meshgrid(Tensor([1, 2]), Tensor([4.0])), ValueError, "the same type"),
    (lambda: ops.meshgrid(X, V), ValueError, "every input must be a 1-D Tensor"),
    (lambda: ops.meshgrid(V, indexing='xx'), ValueError, "'xy' or 'ij'"),
    (lambda: ops.one_hot(Tensor([0, 2]), -1), ValueError, "greater than or equal to 0"),
    (lambda: ops.one_hot(Tensor([0.0]), 3), TypeError, "argument[indices]"),
    (lambda: ops.one_hot(Tensor([0]), 3, 5, -1.0), TypeError, "the input type must be same"),
    (lambda: ops.one_hot(Tensor([0]), 3, axis=2), ValueError, "must be in [-1,1], but got 2"),
    (lambda: ops.one_hot(Tensor([0]), 3, Tensor(np.float64(1)), Tensor(np.float64(0))),
     TypeError, "argument[off_value]"),
    (lambda: ops.gather(X, Tensor([1]), 2), ValueError, "axis must be in [-2,2], but got 2"),
    (lambda: ops.gather(X, Tensor([3]), 0), RuntimeError, "range [0, 3), but got 3"),
    (lambda: ops.gather(X, [1], 0), TypeError, "'input_indices' must be a Tensor of int"),
    (lambda: ops.gather_elements(X, 2, Tensor([[0]])), ValueError, "in [-2,2], but got 2"),
    (lambda: ops.gather_elements(X, 0, Tensor([[0] * 5])), ValueError,
     "greater than or equal to 5, but got 4"),
    (lambda: ops.gather_elements(X, 1, Tensor([[4]])), RuntimeError, "[-4, 4), but got: 4"),
    (lambda: ops.flip(X, (0, 0)), ValueError, "cannot contain duplicate dimensions"),
    (lambda: ops.flip(X, (2,)), ValueError, "'axis[0]' must be in range of [-2, 2)"),
    (lambda: ops.roll(X, (1, 2), (0,)), ValueError, "the same length"),
    (lambda: ops.select(Tensor([True, False]), X, X), ValueError,
     "condition.shape[1] or input.shape[2] must be 1 or -1"),
    (lambda: ops.select(Tensor([1, 0, 1, 0]), X, X), TypeError, "must be a Tensor of bool"),
    (lambda: ops.masked_select(X, Tensor([True, False])), ValueError,
     "input.shape = [3, 4] and mask.shape = [2]"),
    (lambda: ops.masked_select(X, Tensor([1, 0, 1, 0])), TypeError, "Tensor of bool"),
    (lambda: ops.scatter(X, 0, Tensor([[0, 1]]), Tensor([[-1, -2]])), TypeError,
     "the input type must be same"),
    (lambda: ops.scatter(X, 0, Tensor([[0, 1]]), ops.ones((3, 3))), RuntimeError,
     "the shape of 'index' and the shape of 'src' should be same"),
    (lambda: ops.scatter_add(X, Tensor([1]), ops.ones((1, 3))), ValueError,
     "input_x_shape: (3, 4), indices_shape: (1), updates_shape: (1, 3)."),
    (lambda: ops.scatter_add(X, Tensor([3]), ops.ones((1, 4))), RuntimeError, "but got '3'"),
    (lambda: ops.scatter_add(X, Tensor([0]), Tensor(np.ones((1, 4)))), TypeError,
     "is Float32, which cannot be converted to data type Float64"),
    (lambda: X.__setitem__(5, 1.0), IndexError, "Index 5 is out of bounds for axis 0 with size 3"),
    (lambda: X.__setitem__(0, Tensor([1.0, 2.0])), ValueError,
     "But got x_shape: (2), target shape: (4)."),
    (lambda: X.__setitem__(0, Tensor([[1.0], [2.0]])[:, 0][:, None]), ValueError,
     "But got x_shape: (2, 1), target shape: (4)."),
    (lambda: X.__setitem__((0, 1), Tensor([1.0, 2.0])), ValueError,
     "But got x_shape: (2), target shape: ()."),
    (lambda: X.__setitem__('a', 1.0), IndexError, "Unsupported Python object type received"),
    (lambda: X[1.0], IndexError, "Only support integers, slices"),
]


@pytest.mark.parametrize('fn,error,text', ERRORS, ids=[e[2][:40] for e in ERRORS])
def test_errors(fn, error, text):
    with pytest.raises(error) as info:
        fn()
    assert text in str(info.value)


def test_errors_under_differentiation():
    def f(x):
        y = x * 1
        y[7] = 1.0
        return y

    with pytest.raises(IndexError, match='Index 7 is out of bounds'):
        ms.grad(lambda x: f(x).sum())(Tensor([1.0, 2.0]))
    with pytest.raises(RuntimeError, match="For 'Gather'"):
        ms.grad(lambda x: ops.gather(x, Tensor([2]), 0).sum())(Tensor([1.0, 2.0]))
