"""Batching rules of matmul, einsum, the stacked linear algebra kernels, and unique."""
from ..._core.primitive import bind
from ...ops import primitives as P
from .batching import batch_rules, example_ndim, insert_ones, loop_rule, move_axis


def _matmul(vals, bdims):
    """NumPy's matmul per example: a vector operand becomes a one-row (or one-column) matrix,
    batched operands get their batch axis first and ones up to the common rank, and the
    vector axes are dropped again from the result."""
    (a, b), (da, db) = vals, bdims
    ra, rb = example_ndim(a, da), example_ndim(b, db)
    rank = max(ra, rb, 2)
    a, b = _as_matrix(a, da, ra, rank, -2), _as_matrix(b, db, rb, rank, -1)
    out = bind(P.matmul_p, a, b)
    if rb == 1:
        out = _drop(out, out.ndim - 1)
    if ra == 1:
        out = _drop(out, out.ndim - 1 if rb == 1 else out.ndim - 2)
    return out, 0


def _as_matrix(x, d, r, rank, vector_axis):
    if d is not None:
        x = move_axis(x, d, 0)
    if r == 1:
        x = insert_ones(x, x.ndim + 1 + vector_axis, 1)
        r = 2
    return x if d is None else insert_ones(x, 1, rank - r)


def _drop(x, axis):
    shape = tuple(x.shape)
    return bind(P.reshape_p, x, shape=shape[:axis] + shape[axis + 1:])


def _einsum(vals, bdims, equation):
    """A subscript letter the equation does not use names the batch axis."""
    inputs, output = equation.replace(' ', '').split('->')
    letter = next(c for c in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  if c not in equation)
    terms = inputs.split(',')
    xs = [x if d is None else move_axis(x, d, 0) for x, d in zip(vals, bdims)]
    terms = [t if d is None else letter + t for t, d in zip(terms, bdims)]
    return bind(P.einsum_p, *xs, equation=','.join(terms) + '->' + letter + output), 0


def _stacked(prim):
    """A kernel on the last axes that takes leading stack axes as they are (np.linalg)."""
    def rule(vals, bdims):
        out = bind(prim, move_axis(vals[0], bdims[0], 0))
        return out, (0,) * len(out) if prim.multiple_results else 0
    return rule


batch_rules[P.matmul_p] = _matmul
batch_rules[P.einsum_p] = _einsum
for _p in (P.inverse_p, P.det_p, P.svd_p):
    batch_rules[_p] = _stacked(_p)
# unique's result length depends on the data (neither JAX nor MindSpore batch it): one call
# per example, which works when every example has the same number of distinct values.
batch_rules[P.unique_p] = loop_rule(P.unique_p)
