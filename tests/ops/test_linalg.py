"""Matrix products, einsum, kron, cross, det and inverse: values against NumPy, derivatives
against finite differences, result dtypes and MindSpore's errors."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops
from minispore._core.primitive import evaluate
from minispore._graph.shape_rules import ShapedArray, abstract_eval_rules, abstractify
from minispore.ops import primitives as Prims

from opcheck import case, op_tests

rng = np.random.default_rng(2)      # this module's own: its inputs do not depend on others


def T(*shape, low=-2.0, high=2.0):
    """A float32 Tensor of uniform values in [low, high)."""
    return Tensor(rng.uniform(low, high, shape).astype(np.float32))


def I(*shape, low=0, high=4):  # noqa: E743
    """An int32 Tensor of integers in [low, high)."""
    return Tensor(rng.integers(low, high, shape).astype(np.int32))


def W(*shape):
    """Well-conditioned float32 square matrices: identity plus a small perturbation."""
    n = shape[-1]
    return Tensor((np.eye(n) * 2 + rng.uniform(-0.5, 0.5, shape)).astype(np.float32))


def tensordot_ref(axes):
    return lambda a, b: np.tensordot(a, b, axes)


CASES = {
    'mm': case(ops.mm, [T(3, 4), T(4, 2)], np.matmul),
    'bmm': case(ops.bmm, [T(2, 3, 4), T(2, 4, 5)], np.matmul),
    'bmm_4d': case(ops.bmm, [T(2, 2, 3, 4), T(2, 2, 4, 1)], np.matmul),
    'baddbmm': case(lambda x, a, b: ops.baddbmm(x, a, b, beta=0.5, alpha=2),
                    [T(3, 5), T(2, 3, 4), T(2, 4, 5)], lambda x, a, b: 0.5 * x + 2 * a @ b),
    'baddbmm_default': case(ops.baddbmm, [T(2, 3, 5), T(2, 3, 4), T(2, 4, 5)],
                            lambda x, a, b: x + a @ b),
    'addmm': case(lambda x, a, b: ops.addmm(x, a, b, beta=-1.5, alpha=0.5),
                  [T(2), T(3, 4), T(4, 2)], lambda x, a, b: -1.5 * x + 0.5 * a @ b),
    'inner': case(ops.inner, [T(2, 3, 4), T(5, 4)], np.inner),
    'inner_1d': case(ops.inner, [T(4), T(4)], np.inner),
    'inner_0d': case(ops.inner, [T(), T(2, 3)], np.multiply),
    'outer': case(ops.outer, [T(3), T(4)], np.outer),
    'vecdot': case(ops.vecdot, [T(3, 4), T(4)], lambda x, y: (x * y).sum(-1)),
    'vecdot_axis': case(lambda x, y: ops.vecdot(x, y, axis=0), [T(3, 4), T(3, 1)],
                        lambda x, y: (x * y).sum(0)),
    'tensor_dot': case(lambda a, b: ops.tensor_dot(a, b, ((1, 2), (1, 0))),
                       [T(2, 3, 4), T(4, 3, 5)], tensordot_ref(((1, 2), (1, 0)))),
    'tensor_dot_int': case(lambda a, b: ops.tensor_dot(a, b, 2), [T(2, 3, 4), T(3, 4, 2)],
                           tensordot_ref(2)),
    'tensor_dot_0': case(lambda a, b: ops.tensor_dot(a, b, 0), [T(2), T(3)], tensordot_ref(0)),
    'tensor_dot_negative': case(lambda a, b: ops.tensor_dot(a, b, (-1, -2)), [T(2, 3), T(3, 2)],
                                tensordot_ref((-1, -2))),
    'einsum_matmul': case(lambda a, b: ops.einsum('ij,jk->ik', a, b), [T(3, 4), T(4, 2)],
                          lambda a, b: np.einsum('ij,jk->ik', a, b)),
    'einsum_implicit': case(lambda a, b: ops.einsum('bj,ja', a, b), [T(3, 4), T(4, 2)],
                            lambda a, b: np.einsum('bj,ja', a, b)),
    'einsum_diagonal': case(lambda a: ops.einsum('ii->i', a), [T(3, 3)],
                            lambda a: np.einsum('ii->i', a)),
    'einsum_trace': case(lambda a: ops.einsum('ii', a), [T(3, 3)], np.trace),
    'einsum_sum_out': case(lambda a, b: ops.einsum('ijk,k->i', a, b), [T(2, 3, 4), T(4)],
                           lambda a, b: np.einsum('ijk,k->i', a, b)),
    'einsum_ellipsis': case(lambda a, b: ops.einsum('...ij,...jk->...ik', a, b),
                            [T(2, 1, 3, 4), T(5, 4, 2)],
                            lambda a, b: np.einsum('...ij,...jk->...ik', a, b)),
    'einsum_ellipsis_implicit': case(lambda a, b: ops.einsum('...j,j', a, b), [T(2, 3, 4), T(4)],
                                     lambda a, b: np.einsum('...j,j', a, b)),
    'einsum_broadcast_label': case(lambda a, b: ops.einsum('ij,ij->ij', a, b), [T(1, 3), T(4, 3)],
                                   lambda a, b: a * b),
    'einsum_three': case(lambda a, b, c: ops.einsum('ab,bc,cd->da', a, b, c),
                         [T(2, 3), T(3, 4), T(4, 2)],
                         lambda a, b, c: np.einsum('ab,bc,cd->da', a, b, c)),
    'einsum_outer_batch': case(lambda a, b: ops.einsum('bi,bj->bij', a, b), [T(2, 3), T(2, 4)],
                               lambda a, b: np.einsum('bi,bj->bij', a, b)),
    'einsum_sublist': case(lambda a, b: ops.einsum(a, [0, 1], b, [1, 2], [0, 2]),
                           [T(3, 4), T(4, 2)], np.matmul),
    'kron': case(ops.kron, [T(2, 3), T(3, 2)], np.kron),
    'kron_ranks': case(ops.kron, [T(2), T(2, 3)], np.kron),
    'cross': case(ops.cross, [T(2, 3), T(3)], lambda a, b: np.cross(a, b)),
    'cross_dim0': case(lambda a, b: ops.cross(a, b, 0), [T(3, 2), T(3, 2)],
                       lambda a, b: np.cross(a, b, axis=0)),
    'det': case(ops.det, [W(2, 3, 3)], np.linalg.det, rtol=1e-4),
    'det_1x1': case(ops.det, [W(1, 1)], np.linalg.det),
    'inverse': case(ops.inverse, [W(2, 3, 3)], np.linalg.inv, rtol=1e-4, atol=1e-5),
    'inverse_2x2': case(ops.inverse, [W(2, 2)], np.linalg.inv, rtol=1e-4, atol=1e-5),
}

test_forward_float32, test_forward_float64, test_grads = op_tests(CASES)


def values(t):
    return t.asnumpy().tolist()


def test_cross_default_dim_is_the_first_of_length_3():
    a = Tensor(np.arange(9, dtype=np.float32).reshape(3, 3))
    b = ops.ones((3, 3))
    np.testing.assert_array_equal(ops.cross(a, b).asnumpy(), np.cross(a.asnumpy(), b.asnumpy(),
                                                                       axis=0))
    np.testing.assert_array_equal(ops.cross(a, b, 1).asnumpy(),
                                  np.cross(a.asnumpy(), b.asnumpy()))


def test_baddbmm_and_addmm_multiply_the_input_even_by_zero():
    nan = Tensor(np.full((2, 2), np.nan, np.float32))
    assert np.isnan(ops.addmm(nan, ops.ones((2, 3)), ops.ones((3, 2)), beta=0).asnumpy()).all()
    out = ops.baddbmm(Tensor(np.full((1, 2, 2), np.nan, np.float32)), ops.ones((1, 2, 3)),
                      ops.ones((1, 3, 2)), beta=0)
    assert np.isnan(out.asnumpy()).all()


def test_det_and_inverse_gradients():
    x = Tensor([[1., 2.], [3., 4.]])
    np.testing.assert_allclose(ms.grad(ops.det)(x).asnumpy(), [[4, -3], [-2, 1]], rtol=1e-6)
    np.testing.assert_allclose(ms.grad(lambda x: ops.inverse(x).sum())(x).asnumpy(),
                               [[-.5, .5], [.5, -.5]], rtol=1e-6)


def test_einsum_sums_a_label_missing_from_the_output():
    x = T(2, 3)
    np.testing.assert_allclose(ms.grad(lambda x: ops.einsum('ij->', x))(x).asnumpy(),
                               np.ones((2, 3)))


@pytest.mark.parametrize('prim,args,params', [
    (Prims.einsum_p, (np.ones((2, 3), np.float32), np.ones((1, 3, 4), np.int64)),
     dict(equation='ij,kjl->lki')),
    (Prims.inverse_p, (np.eye(3),), {}),
    (Prims.det_p, (np.ones((2, 3, 3), np.float32),), {}),
], ids=['einsum', 'inverse', 'det'])
def test_abstract_eval_agrees_with_impl(prim, args, params):
    out = np.asarray(evaluate(prim, args, params))
    assert abstract_eval_rules[prim](*map(abstractify, args), **params) == ShapedArray(
        out.shape, out.dtype)


@pytest.mark.parametrize('shape', [(2, 3, 5), (4, 2)])
def test_svd_abstract_eval_agrees_with_impl(shape):
    outs = evaluate(Prims.svd_p, (np.ones(shape, np.float32),), {})
    avals = abstract_eval_rules[Prims.svd_p](abstractify(np.ones(shape, np.float32)))
    assert avals == tuple(ShapedArray(o.shape, o.asnumpy().dtype) for o in outs)


I32 = Tensor(np.arange(6, dtype=np.int32).reshape(2, 3))


@pytest.mark.parametrize('fn,dtype', [
    (lambda: ops.mm(I32, ops.transpose(I32, (1, 0))), ms.int32),
    (lambda: ops.bmm(I32[None], ops.transpose(I32, (1, 0))[None]), ms.int32),
    (lambda: ops.addmm(ops.ones((2, 2), ms.int32), I32, ops.transpose(I32, (1, 0))), ms.int32),
    (lambda: ops.inner(I32, I32), ms.int32),
    (lambda: ops.outer(Tensor([1, 2]), Tensor([3, 4])), ms.int64),
    (lambda: ops.vecdot(I32, I32), ms.int64),
    (lambda: ops.tensor_dot(I32, I32, ((1,), (1,))), ms.int32),
    (lambda: ops.kron(Tensor([1, 2]), Tensor([3, 4])), ms.int64),
    (lambda: ops.cross(Tensor(np.array([1, 2, 3], np.int32)), Tensor(np.array([4, 5, 6],
                                                                            np.int32))),
     ms.int32),
    (lambda: ops.det(Tensor(np.eye(2))), ms.float64),
    (lambda: ops.det(Tensor(np.eye(2, dtype=np.float16))), ms.float16),
    (lambda: ops.einsum('ij->i', I32), ms.int32),
])
def test_result_dtypes(fn, dtype):
    assert fn().dtype == dtype


def test_integer_values():
    assert values(ops.cross(Tensor([1, 2, 3]), Tensor([4, 5, 6]))) == [-3, 6, -3]
    assert values(ops.kron(Tensor([1, 2]), Tensor([3, 4]))) == [3, 4, 6, 8]
    assert values(ops.vecdot(I32, I32)) == [5, 50]


X = ops.ones((2, 3))


@pytest.mark.parametrize('fn,error,message', [
    (lambda: ops.mm(X, X), ValueError,
     "For 'MatMul' the input dimensions must be equal, but got 'x1_col': 3 and 'x2_row': 2."),
    (lambda: ops.mm(ops.ones(3), X), ValueError,
     'MatMul inputs should have the same dimension size and equal to 2.'),
    (lambda: ops.mm(X, Tensor(np.ones((3, 2)))), TypeError,
     "For 'MatMul', the type of 'x2' should be same as 'x1', but got 'x1' with type "
     "Tensor[Float32] and 'x2' with type Tensor[Float64]."),
    (lambda: ops.bmm(ops.ones((2, 3, 4)), ops.ones((1, 4, 5))), ValueError,
     'For BatchMatMul, inputs shape cannot be broadcast on CPU/GPU, with x shape [const '
     'vector]{2, 3, 4}, y shape [const vector]{1, 4, 5}'),
    (lambda: ops.bmm(ops.ones((2, 3, 4)), ops.ones((2, 3, 5))), ValueError,
     "For BatchMatMul, the row of the input 'y' should be same as the col of the input 'x', "
     "with x shape [const vector]{2, 3, 4}(transpose_a=0), y shape [const vector]{2, 3, "
     "5}(transpose_b=0)"),
    (lambda: ops.bmm(ops.ones(3), ops.ones(3)), ValueError,
     "For 'BatchMatMul', the input 'x' must be a 2D or higher dimensional Tensor, but got 1D "
     "shape [const vector]{3}"),
    (lambda: ops.baddbmm(ops.ones((1, 2, 2)), ops.ones((1, 2, 3), ms.float64),
                         ops.ones((1, 3, 2))), TypeError,
     'For Baddbmm, the inputs should be the same dtype.'),
    (lambda: ops.baddbmm(*(ops.ones((1, 2, 2), ms.int32),) * 3, beta=0.5), TypeError,
     'For inputs of type not FloatTensor or DoubleTensor, arguments beta and alpha must be '
     'integers.'),
    (lambda: ops.addmm(X, X, X, alpha='2'), TypeError,
     "For 'addmm', parameter 'alpha' must be an int or float, but got <class 'str'>."),
    (lambda: ops.inner(X, ops.ones((3, 4))), ValueError,
     "For 'inner', the last dimension of 'input' and 'other' must be the same, but got "
     "input.shape: (2, 3) and other.shape: (3, 4)."),
    (lambda: ops.vecdot(X, X, axis=2), ValueError, 'For vecdot, the dim is out of range.'),
    (lambda: ops.vecdot(X, X, axis=(0,)), TypeError, 'For vecdot, the dim should be int'),
    (lambda: ops.tensor_dot(X, X, ((1,), (1,), (0,))), ValueError,
     "For 'tensor_dot', the dimension of 'axes' must be 2"),
    (lambda: ops.tensor_dot(X, X, ((0,), (1,))), ValueError,
     "For 'tensor_dot', the 'i' should exist such that"),
    (lambda: ops.tensor_dot(X, X, -1), ValueError,
     "For 'tensor_dot', the 'axes' must be at least 0, but got -1."),
    (lambda: ops.tensor_dot(X, X, ((2,), (0,))), ValueError,
     "For 'tensor_dot', the value in 'axes' must be in range: [-2, 1], but got 2."),
    (lambda: ops.einsum('ij,jk->ik', X, X), ValueError,
     "For 'einsum', the subscript 'j' has sizes 3 and 2"),
    (lambda: ops.einsum('ij,jk', X), ValueError, "For 'einsum', the equation 'ij,jk' has 2"),
    (lambda: ops.einsum('ijk', X), ValueError, "For 'einsum', operand 0 has 2 dimensions"),
    (lambda: ops.einsum('ij->ik', X), ValueError, "For 'einsum', the output subscript 'k'"),
    (lambda: ops.einsum('i1', X), ValueError, "For 'einsum', the equation 'i1' may contain"),
    (lambda: ops.cross(ops.ones(2), ops.ones(2)), ValueError,
     "For 'Cross', the size of inputs dim must contain 3, but got [const vector]{2}."),
    (lambda: ops.cross(X, X, 0), ValueError, "For 'Cross', dimension 0 must be 3, but got 2."),
    (lambda: ops.cross(X, X, 2), ValueError, "For 'Cross', dim must be between -2 and 1 , but "
                                             "got 2."),
    (lambda: ops.det(X), ValueError,
     'For primitive[MatrixDeterminant], the row size must be equal to 2, but got 3.'),
    (lambda: ops.det(ops.ones(2)), ValueError,
     'For primitive[MatrixDeterminant], the x rank must be greater than or equal to 2, but '
     'got 1.'),
    (lambda: ops.det(Tensor([[1, 2], [3, 4]])), TypeError,
     'For primitive[MatrixDeterminant], the input argument[x] must be a type of'),
    (lambda: ops.inverse(X), ValueError,
     'For primitive[MatrixInverse], the attribute[row size] must be equal to 2, but got 3.'),
    (lambda: ops.inverse(Tensor([[1, 2], [3, 4]])), TypeError,
     'For primitive[MatrixInverse], the input argument[x] must be a type of {Tensor[Complex128], '
     'Tensor[Complex64], Tensor[Float32], Tensor[Float64]}, but got Tensor[Int64].'),
    (lambda: ops.inverse(Tensor([[1., 2.], [2., 4.]])), ValueError,
     "For 'inverse', the input matrix is singular"),
])
def test_errors(fn, error, message):
    with pytest.raises(error) as info:
        fn()
    assert str(info.value).startswith(message), str(info.value)
