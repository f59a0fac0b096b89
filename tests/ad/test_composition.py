"""Nested grad, jvp, vjp, vmap, jacfwd, jacrev against NumPy and identities; Jacobians and
Hessians against JAX goldens."""
import itertools
import os

import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops

KINDS = ('grad', 'jvp', 'vjp', 'vmap', 'jacfwd', 'jacrev')
PAIRS = list(itertools.product(KINDS, KINDS))
BATCH = 2
EPS = 1e-2          # step of the five-point central differences (error ~ EPS**4)

# What outer(inner(f)) computes, for f: R^n -> R^m. Every pair is meaningful under these
# conventions: grad differentiates the *sum* of its function's outputs (grad needs a scalar; the
# sum is written out), jvp pushes a fixed tangent v and returns the tangent, vjp pulls a fixed
# cotangent u (both depend only on the shape), vmap maps over a batch axis of the arguments.
MEANING = {
    ('grad', 'grad'): 'H 1: row sums of the Hessian of sum f',
    ('grad', 'jvp'): 'gradient of sum(J v)',
    ('grad', 'vjp'): 'gradient of sum(u J)',
    ('grad', 'vmap'): 'gradient of the sum over the batch',
    ('grad', 'jacfwd'): 'gradient of the sum of the Jacobian',
    ('grad', 'jacrev'): 'gradient of the sum of the Jacobian',
    ('jvp', 'grad'): 'Hessian-vector product H v (forward over reverse)',
    ('jvp', 'jvp'): 'second directional derivative along v (forward over forward)',
    ('jvp', 'vjp'): 'u (d2f) v (forward over reverse)',
    ('jvp', 'vmap'): 'batched jvp (tangent shaped like the batch)',
    ('jvp', 'jacfwd'): 'derivative of the Jacobian along v',
    ('jvp', 'jacrev'): 'derivative of the Jacobian along v',
    ('vjp', 'grad'): 'u H (reverse over reverse)',
    ('vjp', 'jvp'): 'reverse over forward: u d(J v)/dx',
    ('vjp', 'vjp'): 'reverse over reverse: u d(u J)/dx',
    ('vjp', 'vmap'): 'batched vjp (cotangent shaped like the batched output)',
    ('vjp', 'jacfwd'): 'cotangent contracted with the derivative of the Jacobian',
    ('vjp', 'jacrev'): 'cotangent contracted with the derivative of the Jacobian',
    ('vmap', 'grad'): 'per-example gradients',
    ('vmap', 'jvp'): 'per-example jvps',
    ('vmap', 'vjp'): 'per-example vjps',
    ('vmap', 'vmap'): 'a doubly batched f',
    ('vmap', 'jacfwd'): 'per-example Jacobians',
    ('vmap', 'jacrev'): 'per-example Jacobians',
    ('jacfwd', 'grad'): 'Hessian of sum f (forward over reverse)',
    ('jacfwd', 'jvp'): 'Jacobian of J v',
    ('jacfwd', 'vjp'): 'Jacobian of u J',
    ('jacfwd', 'vmap'): 'Jacobian of the batched f (block diagonal)',
    ('jacfwd', 'jacfwd'): 'second-derivative tensor (forward over forward)',
    ('jacfwd', 'jacrev'): 'second-derivative tensor (forward over reverse)',
    ('jacrev', 'grad'): 'Hessian of sum f (reverse over reverse)',
    ('jacrev', 'jvp'): 'Jacobian of J v',
    ('jacrev', 'vjp'): 'Jacobian of u J',
    ('jacrev', 'vmap'): 'Jacobian of the batched f (block diagonal)',
    ('jacrev', 'jacfwd'): 'second-derivative tensor (reverse over forward)',
    ('jacrev', 'jacrev'): 'second-derivative tensor (reverse over reverse)',
}


# ---- the functions, written once for minispore and once for NumPy ----
class MS:
    sin, exp, tanh, log, matmul = ops.sin, ops.exp, ops.tanh, ops.log, ops.matmul

    @staticmethod
    def const(a):
        return Tensor(np.asarray(a, np.float64))


class NP:
    sin, exp, tanh, log, matmul = np.sin, np.exp, np.tanh, np.log, np.matmul
    const = staticmethod(np.asarray)


W = np.array([[0.3, -0.5, 0.8], [0.6, 0.2, -0.4]])
C = np.array([[0.5, -0.3], [0.2, 0.7]])


def f_vec(m, x):
    """R^3 -> R^2."""
    return m.tanh(m.matmul(m.const(W), x)) * (x ** 2).sum()


def f_mat(m, x):
    """R^{2x2} -> R (a log-sum-exp plus a coupling term)."""
    return m.log(m.exp(x).sum()) + (m.sin(x) * m.matmul(x, m.const(C))).sum()


def f_two(m, x, y):
    """(R^3, R^2) -> R^3."""
    return m.sin(x) * (y ** 2).sum() + m.exp(x * y.sum())


class Case:
    """A function, its argument shapes, the positions the outer and the inner transform
    differentiate, and vmap's axes."""

    def __init__(self, name, fn, shapes, outer_pos, inner_pos, in_axes, out_axes):
        self.name, self.fn, self.shapes = name, fn, shapes
        self.outer_pos, self.inner_pos = outer_pos, inner_pos
        self.in_axes, self.out_axes = in_axes, out_axes

    def __repr__(self):
        return self.name


CASES = [
    Case('vec', f_vec, [(3,)], 0, 0, 0, 0),
    Case('mat', f_mat, [(2, 2)], 0, 0, 1, -1),
    Case('two', f_two, [(3,), (2,)], 0, 1, (0, None), 0),       # d/dx of d/dy: mixed partials
    Case('two_swapped', f_two, [(3,), (2,)], 1, 0, (None, -1), 1),
]


def direction(shape, phase):
    """A fixed tangent/cotangent that depends only on `shape`."""
    return np.cos(0.7 * np.arange(int(np.prod(shape))) + phase).reshape(shape)


TANGENT, COTANGENT = 0.3, 1.1


def arr(t):
    return np.asarray(t)


# ---- the transforms in minispore ----
def ms_transform(kind, g, pos, case):
    """`kind` applied to g, differentiating argument `pos`; the result returns one Tensor."""
    if kind == 'grad':
        return ms.grad(lambda *a: g(*a).sum(), pos)
    if kind == 'jvp':
        def jvp_g(*a):
            v = [Tensor(np.zeros(x.shape)) for x in a]
            v[pos] = Tensor(direction(a[pos].shape, TANGENT))
            return ops.jvp(g, tuple(a), tuple(v))[1]
        return jvp_g
    if kind == 'vjp':
        def vjp_g(*a):
            out, pullback = ops.vjp(g, *a)
            return pullback(Tensor(direction(out.shape, COTANGENT)))[pos]
        return vjp_g
    if kind == 'vmap':
        return ops.vmap(g, case.in_axes, case.out_axes)
    return getattr(ops, kind)(g, pos)


def ms_chain(chain, case):
    """`chain` ([(kind, pos)], outermost first) applied to the minispore version of case.fn."""
    g = lambda *a: case.fn(MS, *a)  # noqa: E731
    for kind, pos in reversed(chain):
        g = ms_transform(kind, g, pos, case)
    return g


# ---- the same transforms by finite differences and loops in NumPy ----
def fd_along(h, args, pos, d):
    """The derivative of h along d in argument `pos`, by five-point central differences."""
    def at(t):
        a = list(args)
        a[pos] = args[pos] + t * d
        return np.asarray(h(*a), np.float64)
    return (8 * (at(EPS) - at(-EPS)) - (at(2 * EPS) - at(-2 * EPS))) / (12 * EPS)


def fd_jacobian(h, args, pos):
    x = args[pos]
    cols = [fd_along(h, args, pos, e.reshape(x.shape)) for e in np.eye(x.size)]
    return np.stack(cols, -1).reshape(cols[0].shape + x.shape)


def loop_map(h, args, in_axes, out_axes):
    axes = in_axes if isinstance(in_axes, tuple) else (in_axes,) * len(args)
    size = next(np.shape(a)[ax] for a, ax in zip(args, axes) if ax is not None)
    outs = [h(*[a if ax is None else np.take(a, b, ax) for a, ax in zip(args, axes)])
            for b in range(size)]
    return np.stack(outs, out_axes)


def ref_transform(kind, h, pos, case):
    if kind == 'grad':
        return lambda *a: fd_jacobian(lambda *b: np.sum(h(*b)), a, pos)
    if kind == 'jvp':
        return lambda *a: fd_along(h, a, pos, direction(a[pos].shape, TANGENT))
    if kind == 'vjp':
        def vjp_h(*a):
            u = direction(np.shape(h(*a)), COTANGENT)
            return fd_jacobian(lambda *b: np.vdot(u, h(*b)), a, pos)
        return vjp_h
    if kind == 'vmap':
        return lambda *a: loop_map(h, a, case.in_axes, case.out_axes)
    return lambda *a: fd_jacobian(h, a, pos)


def ref_chain(chain, case):
    h = lambda *a: case.fn(NP, *a)  # noqa: E731
    for kind, pos in reversed(chain):
        h = ref_transform(kind, h, pos, case)
    return h


def batched_axes(axes, nargs):
    return axes if isinstance(axes, tuple) else (axes,) * nargs


def inputs(chain, case, seed=0):
    """Arguments for `chain`: case's shapes with a batch axis added per vmap in the chain."""
    shapes = [list(s) for s in case.shapes]
    for kind, _ in reversed(chain):
        if kind == 'vmap':
            for s, ax in zip(shapes, batched_axes(case.in_axes, len(shapes))):
                if ax is not None:
                    s.insert(ax % (len(s) + 1), BATCH)
    rng = np.random.default_rng(seed)
    return [0.5 * rng.standard_normal(s) for s in shapes]


def pair(outer, inner, case):
    return [(outer, case.outer_pos), (inner, case.inner_pos)]


def assert_matches(chain, case, rtol=1e-6, atol=1e-7):
    args = inputs(chain, case)
    got = ms_chain(chain, case)(*[Tensor(a) for a in args])
    assert isinstance(got, Tensor) and got.dtype == ms.float64
    expected = ref_chain(chain, case)(*args)
    assert got.shape == expected.shape
    np.testing.assert_allclose(arr(got), expected, rtol=rtol, atol=atol)



# ---- identities between the transforms (minispore against itself) ----
def contract_front(u, jac):
    return np.tensordot(u, jac, u.ndim)


def contract_back(jac, v):
    return np.tensordot(jac, v, v.ndim)


def assert_identity(outer, g, args, pos, case):
    """outer(g) equals the same object written with other transforms (or a loop)."""
    t = [Tensor(a) for a in args]
    got = arr(ms_transform(outer, g, pos, case)(*t))
    if outer == 'grad':                                  # grad == vjp with ones
        out, pullback = ops.vjp(g, *t)
        expected = arr(pullback(ops.ones_like(out))[pos])
        jac = arr(ops.jacrev(g, pos)(*t))                # == the Jacobian summed over outputs
        np.testing.assert_allclose(jac.reshape((-1,) + args[pos].shape).sum(0), got,
                                   rtol=1e-12, atol=1e-12)
    elif outer == 'jvp':                                 # jvp == jacfwd @ v
        expected = contract_back(arr(ops.jacfwd(g, pos)(*t)),
                                 direction(args[pos].shape, TANGENT))
    elif outer == 'vjp':                                 # vjp(u) == u @ jacrev
        jac = arr(ops.jacrev(g, pos)(*t))
        u = direction(jac.shape[:jac.ndim - args[pos].ndim], COTANGENT)
        expected = contract_front(u, jac)
    elif outer == 'jacfwd':                              # jacfwd == jacrev
        expected = arr(ops.jacrev(g, pos)(*t))
    elif outer == 'jacrev':                              # jacrev == jacfwd
        expected = arr(ops.jacfwd(g, pos)(*t))
    else:                                                # vmap == a Python loop
        expected = loop_map(lambda *a: arr(g(*[Tensor(x) for x in a])), args, case.in_axes,
                            case.out_axes)
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize('case', CASES, ids=repr)
@pytest.mark.parametrize('outer,inner', PAIRS, ids=[f'{o}({i})' for o, i in PAIRS])
def test_pair(outer, inner, case):
    """outer(inner(f)) against NumPy, and against an identity in other transforms."""
    assert (outer, inner) in MEANING
    assert_matches(pair(outer, inner, case), case)
    g = ms_chain([(inner, case.inner_pos)], case)
    args = inputs(pair(outer, inner, case), case, seed=1)
    assert_identity(outer, g, args, case.outer_pos, case)


TRIPLES = [
    ('mat', ['grad', 'grad', 'grad']),          # third derivatives, reverse thrice
    ('vec', ['jacfwd', 'jacrev', 'grad']),      # the third-derivative tensor of sum f
    ('mat', ['vmap', 'jacfwd', 'jacrev']),      # per-example Hessians
    ('two', ['jvp', 'vjp', 'grad']),
    ('two_swapped', ['grad', 'vmap', 'jvp']),
    ('vec', ['vjp', 'jacfwd', 'vmap']),
    ('two', ['jacrev', 'jvp', 'jvp']),
    ('vec', ['vmap', 'vmap', 'grad']),
]


@pytest.mark.parametrize('name,kinds', TRIPLES, ids=['('.join(k) + '))' for _, k in TRIPLES])
def test_triple_against_numpy(name, kinds):
    case = next(c for c in CASES if c.name == name)
    positions = [case.outer_pos, case.inner_pos, case.outer_pos]
    assert_matches(list(zip(kinds, positions)), case, rtol=1e-5, atol=1e-6)


# ---- Hessians ----
def scalar_f_mat(x):
    return f_mat(MS, x)


def scalar_f_vec(x):
    return f_vec(MS, x).sum()


@pytest.mark.parametrize('f,shape', [(scalar_f_mat, (2, 2)), (scalar_f_vec, (3,))],
                         ids=['mat', 'vec'])
def test_every_hessian_composition_agrees_and_is_symmetric(f, shape):
    x = Tensor(0.5 * np.random.default_rng(2).standard_normal(shape))
    n = int(np.prod(shape))
    reference = arr(ms.hessian(f)(x))
    assert reference.shape == shape + shape
    np.testing.assert_allclose(reference.reshape(n, n), reference.reshape(n, n).T, atol=1e-12)
    np.testing.assert_allclose(reference, fd_jacobian(lambda a: fd_jacobian(
        lambda b: arr(f(Tensor(b))), (a,), 0), (arr(x),), 0), rtol=1e-6, atol=1e-7)
    for outer in ('jacfwd', 'jacrev'):
        for inner in ('jacfwd', 'jacrev', 'grad'):
            h = ms_transform(outer, ms_transform(inner, f, 0, None), 0, None)(x)
            np.testing.assert_allclose(arr(h), reference, rtol=1e-12, atol=1e-12)


def test_hessian_of_a_vector_function_is_symmetric_per_output():
    x = Tensor(inputs([], CASES[0], seed=3)[0])
    h = arr(ms.hessian(lambda a: f_vec(MS, a))(x))
    assert h.shape == (2, 3, 3)
    np.testing.assert_allclose(h, np.swapaxes(h, 1, 2), atol=1e-12)


def test_mixed_partials_commute():
    x, y = (Tensor(a) for a in inputs([], CASES[2], seed=4))
    f = lambda a, b: f_two(MS, a, b).sum()  # noqa: E731
    dxdy = arr(ops.jacfwd(ms.grad(f, 1), 0)(x, y))          # d/dx (df/dy): shape (2, 3)
    dydx = arr(ops.jacrev(ms.grad(f, 0), 1)(x, y))          # d/dy (df/dx): shape (3, 2)
    np.testing.assert_allclose(dxdy, dydx.T, rtol=1e-12, atol=1e-12)
    for blocks in (ms.hessian(f, (0, 1))(x, y), ops.jacrev(ops.jacfwd(f, (0, 1)), (0, 1))(x, y)):
        np.testing.assert_allclose(arr(blocks[0][1]), dydx, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(arr(blocks[1][0]), dxdy, rtol=1e-12, atol=1e-12)


# ---- Jacobians and Hessians against JAX (nesting as MindSpore documents it) ----
GOLDENS = np.load(os.path.join(os.path.dirname(__file__), 'goldens_jax', 'jax_goldens.npz'))
XYZ = tuple(Tensor(GOLDENS[f'in:{k}']) for k in 'xyz')


def ms_multi(x, y, z):
    return ops.sin(x) * y + (z ** 2).sum(), ops.tanh(ops.matmul(x, y)) * ops.exp(z[:2])


def ms_scalar3(x, y, z):
    return ops.log(ops.exp(x).sum()) * (y ** 2).sum() + (ops.sin(z) * z).sum() * x.sum()


def ms_with_aux(x, y, z):
    return ops.sin(x) * y, x * 2, z + 1


def ms_with_one_aux(x, y, z):
    return ms_multi(x, y, z)[1], y ** 2


def ms_tanh_square(w, a):
    return ops.tanh(ops.matmul(a, w)).sum() ** 2 + ops.logsumexp(0.5 * w ** 2 - w, 0)


def structure(tree):
    if isinstance(tree, tuple):
        return '(' + ','.join(structure(t) for t in tree) + ')'
    assert isinstance(tree, Tensor) and tree.dtype == ms.float64
    return 'T'


def assert_tree_close(got, expected):
    assert structure(got) == structure(expected)
    if isinstance(got, tuple):
        for g, e in zip(got, expected):
            assert_tree_close(g, e)
    else:
        assert got.shape == expected.shape
        np.testing.assert_allclose(arr(got), arr(expected), rtol=1e-10, atol=1e-12)


def nest(grid, single_out, single_pos):
    """MindSpore's nesting of a grid of blocks [output][position], bare where single."""
    rows = [row[0] if single_pos else tuple(row) for row in grid]
    return rows[0] if single_out else tuple(rows)


def golden_grid(prefix):
    """The blocks `prefix:o<j>:i<k>` of the goldens as a grid [j][k]."""
    grid, j = [], 0
    while f'{prefix}:o{j}:i0' in GOLDENS:
        row, k = [], 0
        while f'{prefix}:o{j}:i{k}' in GOLDENS:
            row.append(Tensor(GOLDENS[f'{prefix}:o{j}:i{k}']))
            k += 1
        grid.append(row)
        j += 1
    return grid


# (case, fn, grad_position, has_aux, the structure MindSpore 2.10 returns)
JAX_JACOBIANS = [
    ('multi_p0', ms_multi, 0, False, '(T,T)'),                  # one position, two outputs
    ('multi_p1', ms_multi, (1,), False, '(T,T)'),               # a 1-tuple is bare like an int
    ('multi_p02', ms_multi, (0, 2), False, '((T,T),(T,T))'),    # [output][position]
    ('multi_p20', ms_multi, (2, 0), False, '((T,T),(T,T))'),    # positions in the order asked
    ('scalar_p012', ms_scalar3, (0, 1, 2), False, '(T,T,T)'),
    ('aux2_p01', ms_with_aux, (0, 1), True, '((T,T),(T,T))'),   # (jac, (aux0, aux1))
    ('aux1_p2', ms_with_one_aux, (2,), True, '(T,T)'),          # (jac, aux): one aux is bare
]


@pytest.mark.parametrize('kind', ['jacfwd', 'jacrev'])
@pytest.mark.parametrize('case,fn,position,has_aux,expected_structure', JAX_JACOBIANS,
                         ids=[c[0] for c in JAX_JACOBIANS])
def test_jacobian_against_jax(kind, case, fn, position, has_aux, expected_structure):
    got = getattr(ops, kind)(fn, position, has_aux)(*XYZ)
    assert structure(got) == expected_structure
    grid = golden_grid(f'{kind}:{case}')
    expected = nest(grid, len(grid) == 1, isinstance(position, int) or len(position) == 1)
    if has_aux:
        aux = [Tensor(GOLDENS[k]) for k in sorted(GOLDENS.files) if k.startswith(
            f'{kind}:{case}:aux')]
        expected = (expected, aux[0] if len(aux) == 1 else tuple(aux))
    assert_tree_close(got, expected)


@pytest.mark.parametrize('case,fn,position,args,expected_structure', [
    ('hess_p0', ms_scalar3, 0, XYZ, 'T'),
    ('hess_p012', ms_scalar3, (0, 1, 2), XYZ, '((T,T,T),(T,T,T),(T,T,T))'),
    ('hess_100', ms_tanh_square, 0, (Tensor(GOLDENS['in:w']), Tensor(GOLDENS['in:A'])), 'T'),
], ids=['hess_p0', 'hess_p012', 'hess_100'])
def test_hessian_against_jax(case, fn, position, args, expected_structure):
    got = ms.hessian(fn, position)(*args)
    assert structure(got) == expected_structure
    n = 1 if isinstance(position, int) else len(position)
    grid = [[Tensor(GOLDENS[f'{case}:o0:i{k}:i{m}']) for m in range(n)] for k in range(n)]
    single = n == 1
    assert_tree_close(got, nest(grid, single, single))
