"""ops.jacfwd, ops.jacrev and ops.vmap: values, return structures, composition with grad, errors."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore.testing import check_grads

RNG = np.random.default_rng(0)
X = Tensor(RNG.standard_normal((2, 3)))
Y = Tensor(RNG.standard_normal(3))


def arr(t):
    return np.asarray(t)


def f_vec(a, b):
    return ops.tanh(ops.matmul(a, b)) * (a ** 2).sum()


def f_two(a, b):
    return ops.sin(a) * b, ops.exp(b).sum()


def f_scalar(a, b):
    return (ops.sin(a) * b).sum() + (a ** 3).sum()


def numeric_jac(f, args, pos, out_index=None, eps=1e-6):
    """Central differences of output `out_index` of f with respect to args[pos]."""
    base = [arr(a).astype(np.float64) for a in args]

    def at(x):
        full = [Tensor(b) for b in base]
        full[pos] = Tensor(x)
        out = f(*full)
        return arr(out if out_index is None else out[out_index])
    x0 = base[pos]
    cols = []
    for k in range(x0.size):
        e = np.zeros(x0.size)
        e[k] = eps
        cols.append((at(x0 + e.reshape(x0.shape)) - at(x0 - e.reshape(x0.shape))) / (2 * eps))
    out_shape = np.shape(at(x0))
    return np.stack(cols, -1).reshape(out_shape + x0.shape)


@pytest.mark.parametrize('jac', [ops.jacfwd, ops.jacrev], ids=['fwd', 'rev'])
def test_values_against_finite_differences(jac):
    for pos in (0, 1):
        np.testing.assert_allclose(arr(jac(f_vec, pos)(X, Y)), numeric_jac(f_vec, (X, Y), pos),
                                   atol=1e-7)
    d0, d1 = jac(f_two, 1)(X, Y)
    np.testing.assert_allclose(arr(d0), numeric_jac(f_two, (X, Y), 1, 0), atol=1e-7)
    np.testing.assert_allclose(arr(d1), numeric_jac(f_two, (X, Y), 1, 1), atol=1e-7)


def test_jacfwd_equals_jacrev():
    for f in (f_vec, f_two, f_scalar):
        fwd, rev = ops.jacfwd(f, (0, 1))(X, Y), ops.jacrev(f, (0, 1))(X, Y)
        for a, b in zip(_leaves(fwd), _leaves(rev)):
            np.testing.assert_allclose(arr(a), arr(b), atol=1e-12)


def _leaves(tree):
    if isinstance(tree, tuple):
        return [t for s in tree for t in _leaves(s)]
    return [tree]


def test_hessian_by_every_composition():
    a = X[0]
    expected = np.diag(-np.sin(arr(a)) * arr(Y) + 6 * arr(a))
    for outer in (ops.jacfwd, ops.jacrev):
        for inner in (ops.jacfwd, ops.jacrev):
            h = arr(outer(inner(f_scalar))(a, Y))
            np.testing.assert_allclose(h, expected, atol=1e-12)
    h = arr(ops.jacfwd(ops.jacrev(f_scalar))(X, Y)).reshape(6, 6)
    np.testing.assert_allclose(h, h.T, atol=1e-12)
    mixed = arr(ops.jacfwd(ops.jacrev(f_scalar, 0), 1)(X, Y))    # d/db d/da: cos(a)
    np.testing.assert_allclose(mixed, np.cos(arr(X))[..., None] * np.eye(3)[None], atol=1e-12)


@pytest.mark.parametrize('jac', [ops.jacfwd, ops.jacrev], ids=['fwd', 'rev'])
def test_derivatives_of_a_jacobian(jac):
    check_grads(lambda a, b: jac(f_vec, (0, 1))(a, b), (X, Y), order=1)
    g = ms.grad(lambda a: jac(f_scalar)(a, Y).sum())(X)
    np.testing.assert_allclose(arr(g), -np.sin(arr(X)) * arr(Y) + 6 * arr(X), atol=1e-12)


def test_docstring_example_of_mindspore():
    def fn(x, y, z):
        return x ** 2 + y ** 2 + z ** 2, x * y * z
    x = Tensor(np.array([[1, 2], [3, 4]], np.float32))
    z = Tensor(np.ones((2, 2), np.float32))
    for jac in (ops.jacfwd, ops.jacrev):
        j, aux = jac(fn, grad_position=0, has_aux=True)(x, x, z)
        assert j.shape == (2, 2, 2, 2) and j.dtype == ms.float32
        np.testing.assert_array_equal(arr(j).reshape(4, 4), np.diag([2., 4., 6., 8.]))
        np.testing.assert_array_equal(arr(aux), [[1, 4], [9, 16]])


@pytest.mark.parametrize('jac', [ops.jacfwd, ops.jacrev], ids=['fwd', 'rev'])
def test_return_structures(jac):
    class Net(nn.Cell):
        def construct(self, a, b):
            return a * b, a.sum()
    a, b = Tensor(np.ones((2, 2), np.float32)), Tensor(np.ones((2, 2), np.float32))
    j = jac(Net(), (0, 1))(a, b)
    assert [[t.shape for t in row] for row in j] == [[(2, 2, 2, 2)] * 2, [(2, 2)] * 2]
    assert [t.shape for t in jac(Net())(a, b)] == [(2, 2, 2, 2), (2, 2)]
    assert [t.shape for t in jac(lambda u, v: (u * v).sum(), (0, 1))(a, b)] == [(2, 2), (2, 2)]
    assert isinstance(jac(lambda u, v: u * v, (1,))(a, b), Tensor)        # a 1-tuple is bare
    assert jac(lambda u: u * 2)(Tensor(3.)).shape == ()
    j, aux = jac(lambda u: (u * 2, u, u + 1), has_aux=True)(Tensor([1., 2.]))
    assert j.shape == (2, 2) and isinstance(aux, tuple) and len(aux) == 2
    assert jac(lambda u: u.sum())(Tensor(np.zeros((0, 2)))).shape == (0, 2)
    assert jac(lambda u: u * 2)(Tensor(np.zeros((0,)))).shape == (0, 0)
    assert jac(lambda u: u * 2)(Tensor([1., 2.], ms.float64)).dtype == ms.float64


@pytest.mark.parametrize('jac', [ops.jacfwd, ops.jacrev], ids=['fwd', 'rev'])
def test_jacobian_errors(jac):
    x = Tensor([1., 2.])
    with pytest.raises(ValueError, match='more than one outputs'):
        jac(lambda u: u * 2, has_aux=True)(x)
    with pytest.raises(ValueError, match=r'must belong to \[0, args_num\)'):
        jac(lambda u: u * 2, grad_position=3)(x)
    with pytest.raises(ValueError, match='>= 0'):
        jac(lambda u: u * 2, grad_position=-1)
    with pytest.raises(TypeError, match='float Tensor'):
        jac(lambda u: u * 2)(Tensor([1, 2]))


# ---- vmap ----
def test_vmap_examples_of_mindspore():
    x = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    w = Tensor([1., 2., 3.])
    np.testing.assert_array_equal(arr(ops.vmap(lambda a: a * a)(x)), arr(x) ** 2)
    dot = ops.vmap(lambda a, b: (a * b).sum(), in_axes=(0, None))(x, w)
    np.testing.assert_array_equal(arr(dot), [8, 26])
    np.testing.assert_array_equal(arr(ops.vmap(lambda a: a * a, out_axes=1)(x)), arr(x).T ** 2)
    g = ops.vmap(ms.grad(lambda a: a * a))(Tensor([[1., 2.], [3., 4.]]))
    np.testing.assert_array_equal(arr(g), [[2, 4], [6, 8]])


def test_vmap_axes():
    x = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    w = Tensor([1., 2., 3.])
    sq = lambda a: a * a  # noqa: E731
    np.testing.assert_array_equal(arr(ops.vmap(sq, in_axes=-1)(x)), arr(x).T ** 2)
    np.testing.assert_array_equal(arr(ops.vmap(sq, in_axes=1, out_axes=-1)(x)), arr(x) ** 2)
    a, b = ops.vmap(lambda u, v: (u + v, v * 2), in_axes=[0, None], out_axes=(0, None))(x, w)
    np.testing.assert_array_equal(arr(a), arr(x) + arr(w))
    np.testing.assert_array_equal(arr(b), arr(w) * 2)
    out = ops.vmap(lambda t, c: t[0] * t[1] + c, in_axes=((0, 1), None))((x, x.T), w)
    np.testing.assert_array_equal(arr(out), arr(x) ** 2 + arr(w))
    np.testing.assert_array_equal(arr(ops.vmap(lambda a, s: a * s, in_axes=(0, None))(x, 2.)),
                                  arr(x) * 2)
    np.testing.assert_array_equal(arr(ops.vmap(lambda a: a.sum(), out_axes=-1)(x)), [3, 12])
    n = ops.vmap(lambda a: (a, 3))(x)[1]
    assert n.dtype == ms.int64 and arr(n).tolist() == [3, 3]
    nested = ops.vmap(ops.vmap(lambda a, b: (a * b).sum(), in_axes=(0, None)),
                      in_axes=(0, None))(Tensor(np.ones((2, 4, 3))), w)
    np.testing.assert_array_equal(arr(nested), np.full((2, 4), 6.))

    class Triple(nn.Cell):
        def construct(self, a):
            return a * 3
    np.testing.assert_array_equal(arr(ops.vmap(Triple())(x)), arr(x) * 3)


def test_vmap_of_grad_is_the_loop_of_grads():
    f = lambda a, b: (ops.sin(a) * b).sum() + (a ** 3).sum()  # noqa: E731
    xs = Tensor(RNG.standard_normal((4, 3)))
    batched = arr(ops.vmap(ms.grad(f), in_axes=(0, None))(xs, Y))
    loop = np.stack([arr(ms.grad(f)(xs[i], Y)) for i in range(4)])
    np.testing.assert_allclose(batched, loop, atol=1e-15)
    per_example = ops.vmap(ops.jacrev(f_scalar), in_axes=(0, None))(xs, Y)
    np.testing.assert_allclose(arr(per_example), loop, atol=1e-12)


def test_grad_of_vmap():
    f = lambda a, b: ops.sin(a) * b  # noqa: E731
    g = ms.grad(lambda a: ops.vmap(f, in_axes=(1, None), out_axes=1)(a, Y).sum())(X.T)
    np.testing.assert_allclose(arr(g), np.cos(arr(X.T)) * arr(Y)[:, None], atol=1e-15)
    check_grads(lambda a, b: ops.vmap(f_vec, in_axes=(0, None))(a, b),
                (Tensor(RNG.standard_normal((3, 2, 3))), Y))


def test_vmap_errors():
    """MindSpore's RuntimeError and first line, raised when the mapped function is called;
    the second line names the argument and the fix."""
    x = Tensor(np.ones((2, 3), np.float32))
    dot = lambda a, b: (a * b).sum()  # noqa: E731
    with pytest.raises(RuntimeError, match="number of arguments of 'fn': 2, but got size: 3"):
        ops.vmap(dot, in_axes=(0, None, 0))(x, x)
    with pytest.raises(RuntimeError, match=r'dimension \[-2,2\).\nArgument 0 of shape'):
        ops.vmap(dot, in_axes=2)(x, x)
    with pytest.raises(RuntimeError, match='argument 0 has 2 and argument 1 has 3'):
        ops.vmap(dot)(x, Tensor(np.ones((3, 3))))
    with pytest.raises(RuntimeError, match='maps no argument'):
        ops.vmap(dot, in_axes=(None, None))(x, x)
    with pytest.raises(RuntimeError, match="cannot be a single None while 'fn' is not a"):
        ops.vmap(dot, in_axes=None)(x, x)
    with pytest.raises(RuntimeError, match="give it None in 'in_axes'"):
        ops.vmap(lambda a, s: a * s)(x, 2.)
    with pytest.raises(RuntimeError, match=r"in 'out_axes' is out of bounds for array of dimension \[-1,1\)"):
        ops.vmap(lambda a: a.sum(), out_axes=1)(x)
    with pytest.raises(RuntimeError, match="equal to the result size: 1, but got size: 2"):
        ops.vmap(lambda a: (a,), out_axes=(0, 0))(x)
    with pytest.raises(RuntimeError, match=r"only be of type Int or None, but got "
                                           r"AbstractScalar\(Type: Float32, Value: 1,"):
        ops.vmap(dot, in_axes=1.0)(x, x)
    with pytest.raises(RuntimeError, match="arg0 must be a 'Function' or 'Cell'"):
        ops.vmap(3)(x)
    with pytest.raises(RuntimeError, match="unexpected keyword argument 'b'"):
        ops.vmap(dot)(x, b=x)
