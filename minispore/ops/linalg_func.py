"""Linear-algebra functions of mindspore.ops beyond matmul."""
import functools
from collections import Counter

import numpy as np

from .._core.errors import _not_broadcast
from .._core.primitive import bind
from ..common.tensor import Tensor
from . import primitives as P
from .functional import broadcast_to, reshape, sum, transpose

__all__ = ['mm', 'bmm', 'baddbmm', 'addmm', 'inner', 'outer', 'vecdot', 'tensor_dot', 'einsum',
           'kron', 'cross', 'det', 'inverse']


def _vector(shape):
    return '[const vector]{' + ', '.join(map(str, shape)) + '}'


def _same_dtype(x, y, op):
    if x._data.dtype != y._data.dtype:
        raise TypeError(f"For '{op}', the type of 'x2' should be same as 'x1', but got 'x1' "
                        f"with type Tensor[{x.dtype}] and 'x2' with type Tensor[{y.dtype}].")


# ---- matrix products ----
def mm(input, mat2):
    """The matrix product of two 2-D tensors of one dtype.

    Example:
        >>> ops.mm(Tensor([[1., 2.]]), Tensor([[3.], [4.]]))
        Tensor(shape=[1, 1], dtype=Float32, value=
        [[ 1.10000000e+01]])
    """
    if input.ndim != 2 or mat2.ndim != 2:
        raise ValueError("MatMul inputs should have the same dimension size and equal to 2.")
    _same_dtype(input, mat2, 'MatMul')
    if input.shape[1] != mat2.shape[0]:
        raise ValueError(f"For 'MatMul' the input dimensions must be equal, but got 'x1_col': "
                         f"{input.shape[1]} and 'x2_row': {mat2.shape[0]}.")
    return bind(P.matmul_p, input, mat2)


def bmm(input_x, mat2):
    """Batched matrix product: (..., n, k) @ (..., k, m), the batch axes equal (not broadcast).

    Example:
        >>> ops.bmm(ops.ones((2, 3, 4)), ops.ones((2, 4, 5))).shape
        (2, 3, 5)
    """
    for name, t in (('x', input_x), ('y', mat2)):
        if t.ndim < 2:
            raise ValueError(f"For 'BatchMatMul', the input '{name}' must be a 2D or higher "
                             f"dimensional Tensor, but got {t.ndim}D shape {_vector(t.shape)}")
    _same_dtype(input_x, mat2, 'BatchMatMul')
    xs, ys = input_x.shape, mat2.shape
    if xs[:-2] != ys[:-2]:
        raise ValueError(f"For BatchMatMul, inputs shape cannot be broadcast on CPU/GPU, with "
                         f"x shape {_vector(xs)}, y shape {_vector(ys)}")
    if xs[-1] != ys[-2]:
        raise ValueError(f"For BatchMatMul, the row of the input 'y' should be same as the col "
                         f"of the input 'x', with x shape {_vector(xs)}(transpose_a=0), y shape "
                         f"{_vector(ys)}(transpose_b=0)")
    return bind(P.matmul_p, input_x, mat2)


def _scaled_sum(input, product, beta, alpha):
    """`beta * input + alpha * product`, skipping multiplications by 1."""
    return (input if beta == 1 else input * beta) + (product if alpha == 1 else product * alpha)


def baddbmm(input, batch1, batch2, beta=1, alpha=1):
    """`beta * input + alpha * bmm(batch1, batch2)` (all of one dtype; `input` broadcasts).

    Example:
        >>> ops.baddbmm(ops.ones((1, 2, 2)), ops.ones((1, 2, 3)), ops.ones((1, 3, 2)),
        ...             beta=0.5, alpha=2)
        Tensor(shape=[1, 2, 2], dtype=Float32, value=
        [[[ 6.50000000e+00,  6.50000000e+00],
          [ 6.50000000e+00,  6.50000000e+00]]])
    """
    if not all(isinstance(t, Tensor) for t in (input, batch1, batch2)):
        raise TypeError("For Baddbmm, inputs must be all tensors.")
    dtype = input._data.dtype
    if dtype != batch1._data.dtype or dtype != batch2._data.dtype:
        raise TypeError("For Baddbmm, the inputs should be the same dtype.")
    if dtype.kind == 'f':
        if not (isinstance(alpha, (int, float)) and isinstance(beta, (int, float))):
            raise TypeError("For attributes alpha and beta should be real numbers.")
    elif not (isinstance(alpha, int) and isinstance(beta, int)):
        raise TypeError("For inputs of type not FloatTensor or DoubleTensor, arguments beta "
                        "and alpha must be integers.")
    return _scaled_sum(input, bmm(batch1, batch2), beta, alpha)


def addmm(input, mat1, mat2, *, beta=1, alpha=1):
    """`beta * input + alpha * mm(mat1, mat2)` (`input` broadcasts).

    Example:
        >>> ops.addmm(ops.ones((2, 2)), ops.ones((2, 3)), ops.ones((3, 2)), alpha=2)
        Tensor(shape=[2, 2], dtype=Float32, value=
        [[ 7.00000000e+00,  7.00000000e+00],
         [ 7.00000000e+00,  7.00000000e+00]])
    """
    for name, v in (('alpha', alpha), ('beta', beta)):
        if not isinstance(v, (int, float)):
            raise TypeError(f"For 'addmm', parameter '{name}' must be an int or float, but got "
                            f"{type(v)}.")
    return _scaled_sum(input, mm(mat1, mat2), beta, alpha)


def inner(input, other):
    """Inner product over the last axes: `tensor_dot(input, other, ((-1,), (-1,)))`; a 0-d
    operand multiplies.

    Example:
        >>> ops.inner(Tensor([1., 2., 3.]), Tensor([[1., 0., 1.], [0., 1., 0.]]))
        Tensor(shape=[2], dtype=Float32, value= [ 4.00000000e+00,  2.00000000e+00])
    """
    if input.ndim == 0 or other.ndim == 0:
        return input * other
    if input.shape[-1] != other.shape[-1]:
        raise ValueError(f"For 'inner', the last dimension of 'input' and 'other' must be the "
                         f"same, but got input.shape: {input.shape} and other.shape: "
                         f"{other.shape}.")
    return tensor_dot(input, other, ((-1,), (-1,)))


def outer(input, vec2):
    """Outer product: `input` flattened to a column, times `vec2`.

    Example:
        >>> ops.outer(Tensor([1., 2.]), Tensor([1., 2., 3.])).shape
        (2, 3)
    """
    for name, t in (('input', input), ('vec2', vec2)):
        if not isinstance(t, Tensor):
            raise TypeError(f"the input {name} must be Tensor!")
    return reshape(input, (-1, 1)) * vec2


def vecdot(x, y, *, axis=-1):
    """Dot products of vectors along `axis`, broadcasting: `sum(x * y, axis)`; int inputs
    give Int64.

    Example:
        >>> ops.vecdot(Tensor([[1., 2.], [3., 4.]]), Tensor([1., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  7.00000000e+00])
    """
    if not (isinstance(x, Tensor) and isinstance(y, Tensor)):
        raise TypeError("For vecdot, x or y must be Tensor.")
    if not isinstance(axis, int):
        raise TypeError(f"For vecdot, the dim should be int, but got {type(axis)}.")
    ndim = max(x.ndim, y.ndim)
    if not -ndim <= axis < ndim:
        raise ValueError("For vecdot, the dim is out of range.")
    return sum(x * y, axis)


def _tensor_dot_axes(axes, s1, s2):
    """MindSpore's checks of tensor_dot's `axes`; returns two tuples of non-negative ints."""
    msg = "For 'tensor_dot', the"
    if isinstance(axes, bool) or not isinstance(axes, (int, tuple, list)):
        raise TypeError(f"{msg} 'axes' must be an int, a tuple or a list, but got "
                        f"{type(axes).__name__}.")
    if isinstance(axes, int):
        if axes < 0:
            raise ValueError(f"{msg} 'axes' must be at least 0, but got {axes}.")
        if axes > len(s1) or axes > len(s2):
            raise ValueError(f"{msg} 'axes' cannot be greater than the length of 'x1_shape' "
                             f"and 'x2_shape', but got 'axes': {axes}, 'x1_shape': {s1}, "
                             f"'x2_shape': {s2}.")
        return tuple(range(len(s1) - axes, len(s1))), tuple(range(axes))
    axes = list(axes)
    if len(axes) != 2:
        raise ValueError(f"{msg} dimension of 'axes' must be 2, but got 'axes': {axes}.")
    axes = [(a,) if isinstance(a, int) else tuple(a) for a in axes]
    if len(axes[0]) != len(axes[1]):
        raise ValueError(f"{msg} first and second dim of 'axes' have to be the same "
                         f"size/length, but got 'axes': {axes}.")
    if any(len(a) != len(set(a)) for a in axes):
        raise ValueError(f"{msg} 'axes' cannot have duplicating values, but got {axes}.")
    for a, s in zip(axes, (s1, s2)):
        if len(a) > len(s):
            raise ValueError(f"{msg} length of element {a} in 'axes' must be less than or "
                             f"equal to {len(s)}, but got {len(a)}.")
        for v in a:
            if not -len(s) <= v <= len(s) - 1:
                raise ValueError(f"{msg} value in 'axes' must be in range: [{-len(s)}, "
                                 f"{len(s) - 1}], but got {v}.")
    if any(s1[a] != s2[b] for a, b in zip(*axes)):
        raise ValueError(f"{msg} 'i' should exist such that 'x1_shape[axes[0][i]]' is equal to "
                         f"'x2_shape[axes[1][i]]' or 'x2_shape[axes[1][len(axes[0])-1-i]]', "
                         f"but got 'x1_shape': {s1}, 'x2_shape': {s2}, 'axes': {axes}.")
    return tuple(a % len(s1) for a in axes[0]), tuple(b % len(s2) for b in axes[1])


def tensor_dot(x1, x2, axes):
    """Sum of products over the axes `axes[0]` of `x1` and `axes[1]` of `x2` (an int n means
    the last n of x1 and the first n of x2); the free axes of x1, then of x2, remain.

    Example:
        >>> ops.tensor_dot(ops.ones((2, 3, 4)), ops.ones((4, 3, 5)), ((1, 2), (1, 0))).shape
        (2, 5)
    """
    s1, s2 = x1.shape, x2.shape
    a1, a2 = _tensor_dot_axes(axes, s1, s2)
    free1 = tuple(i for i in range(len(s1)) if i not in a1)
    free2 = tuple(i for i in range(len(s2)) if i not in a2)
    k = int(np.prod([s1[i] for i in a1]))
    perm1, perm2 = free1 + a1, a2 + free2
    t1 = transpose(x1, perm1) if perm1 != tuple(range(len(s1))) else x1
    t2 = transpose(x2, perm2) if perm2 != tuple(range(len(s2))) else x2
    out = bind(P.matmul_p, reshape(t1, (-1, k)), reshape(t2, (k, -1)))
    return reshape(out, tuple(s1[i] for i in free1) + tuple(s2[i] for i in free2))


# ---- einsum ----
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _sublist_label(n):
    if n is Ellipsis:
        return '...'
    if 0 <= n < 26:
        return chr(n + 65)
    if 26 <= n < 52:
        return chr(n + 71)
    raise ValueError(f"For Einsum, the number in sublist should be in range [0, 52), but got {n}")


def _sublist_equation(args):
    """`einsum(op0, sublist0, op1, sublist1, ..., [out_sublist])` as (equation, operands)."""
    out = args[-1] if len(args) % 2 else None
    pairs = args[:-1] if out is not None else args
    eq = ','.join(''.join(map(_sublist_label, s)) for s in pairs[1::2])
    if out is not None:
        eq += '->' + ''.join(map(_sublist_label, out))
    return eq, pairs[0::2]


@functools.lru_cache(maxsize=256)
def _explicit(equation, ndims):
    """`equation` with every '...' spelt out in spare letters and an explicit output."""
    if '->' in equation:
        ins, out = equation.split('->')
    else:
        ins, out = equation, None
    subs = ins.split(',')
    if len(subs) != len(ndims):
        raise ValueError(f"For 'einsum', the equation {equation!r} has {len(subs)} operands, "
                         f"but {len(ndims)} were given.")
    labels = equation.replace('...', '').replace(',', '').replace('->', '')
    bad = set(labels) - set(_LETTERS)
    if bad:
        raise ValueError(f"For 'einsum', the equation {equation!r} may contain only letters, "
                         f"',', '->' and '...', but got {sorted(bad)}.")
    explicit_ndims = [len(s.replace('...', '')) for s in subs]
    n_ellipsis = max([nd - k for s, nd, k in zip(subs, ndims, explicit_ndims) if '...' in s],
                     default=0)
    spare = ''.join(c for c in _LETTERS if c not in labels)[:n_ellipsis]
    new_subs = []
    for i, (s, nd, k) in enumerate(zip(subs, ndims, explicit_ndims)):
        if '...' in s:
            if nd < k:
                raise ValueError(f"For 'einsum', operand {i} has {nd} dimensions, fewer than "
                                 f"the {k} subscripts of {s!r}.")
            s = s.replace('...', spare[n_ellipsis - (nd - k):])
        elif nd != k:
            raise ValueError(f"For 'einsum', operand {i} has {nd} dimensions, but its "
                             f"subscripts {s!r} name {k}.")
        new_subs.append(s)
    if out is None:
        counts = Counter(labels)
        out = spare + ''.join(sorted(c for c, n in counts.items() if n == 1))
    else:
        out = out.replace('...', spare)
        for c in out:
            if c not in ''.join(new_subs) or out.count(c) > 1:
                raise ValueError(f"For 'einsum', the output subscript {c!r} of {equation!r} "
                                 f"must appear once in the output and in some operand.")
    return ','.join(new_subs) + '->' + out


def einsum(equation, *operands):
    """Einstein summation: `equation` names the axes of each operand ('ij,jk->ik'), with
    '...' for broadcast axes and an implicit output (the labels used once, sorted) when
    '->' is absent; the sublist form `einsum(x, [0, 1], y, [1, 2], [0, 2])` also works.
    MindSpore 2.10 has no CPU kernel for it.

    Example:
        >>> ops.einsum('ij,j->i', Tensor([[1., 2.], [3., 4.]]), Tensor([1., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  7.00000000e+00])
    """
    if isinstance(equation, Tensor):
        equation, operands = _sublist_equation((equation,) + operands)
    equation = _explicit(equation.replace(' ', ''), tuple(t.ndim for t in operands))
    sizes = {}
    for subs, t in zip(equation.split('->')[0].split(','), operands):
        for c, n in zip(subs, t.shape):
            if sizes.setdefault(c, n) != n and 1 not in (n, sizes[c]):
                raise ValueError(f"For 'einsum', the subscript {c!r} has sizes {sizes[c]} and "
                                 f"{n} in {equation!r}, which do not broadcast.")
            sizes[c] = max(sizes[c], n)
    return bind(P.einsum_p, *operands, equation=equation)


# ---- products of arrays ----
def kron(input, other):
    """Kronecker product: every element of `input` times the whole of `other`.

    Example:
        >>> ops.kron(Tensor([1., 2.]), Tensor([1., 10.]))
        Tensor(shape=[4], dtype=Float32, value= [ 1.00000000e+00,  1.00000000e+01,
                                                  2.00000000e+00,  2.00000000e+01])
    """
    if not isinstance(input, Tensor):
        raise TypeError("the input must be Tensor!")
    if not isinstance(other, Tensor):
        raise TypeError("the other must be Tensor!")
    if input.ndim == 0 or other.ndim == 0:
        return input * other
    n = max(input.ndim, other.ndim)
    a = (1,) * (n - input.ndim) + input.shape
    b = (1,) * (n - other.ndim) + other.shape
    x = reshape(input, tuple(v for s in a for v in (s, 1)))
    y = reshape(other, tuple(v for s in b for v in (1, s)))
    return reshape(x * y, tuple(p * q for p, q in zip(a, b)))


_ROLL1, _ROLL2 = np.array([1, 2, 0]), np.array([2, 0, 1])


def cross(input, other, dim=None):
    """Cross product of 3-vectors along `dim` (by default the first axis of length 3),
    broadcasting.

    Example:
        >>> ops.cross(Tensor([1., 0., 0.]), Tensor([0., 1., 0.]))
        Tensor(shape=[3], dtype=Float32, value= [ 0.00000000e+00,  0.00000000e+00,  1.00000000e+00])
    """
    try:
        shape = np.broadcast_shapes(input.shape, other.shape)
    except ValueError:
        raise _not_broadcast('Cross', 'input', 'other', list(input.shape),
                             list(other.shape)) from None
    ndim = len(shape)
    if dim is None:
        dim = next((i for i, n in enumerate(shape) if n == 3), None)
        if dim is None:
            raise ValueError(f"For 'Cross', the size of inputs dim must contain 3, but got "
                             f"{_vector(shape)}.")
    else:
        if not -ndim <= dim < ndim:
            raise ValueError(f"For 'Cross', dim must be between {-ndim} and {ndim - 1} , but "
                             f"got {dim}.")
        dim %= ndim
        if shape[dim] != 3:
            raise ValueError(f"For 'Cross', dimension {dim} must be 3, but got {shape[dim]}.")
    a = broadcast_to(input, shape)
    b = broadcast_to(other, shape)
    lead = (slice(None),) * dim
    r1, r2 = lead + (_ROLL1,), lead + (_ROLL2,)

    def roll(t, index):
        return bind(P.getitem_p, t, index=index, basic=False)
    return roll(a, r1) * roll(b, r2) - roll(a, r2) * roll(b, r1)


# ---- square matrices ----
def _square(x, op, row='row size'):
    if x.ndim < 2:
        raise ValueError(f"For primitive[{op}], the x rank must be greater than or equal to 2, "
                         f"but got {x.ndim}.")
    if x.shape[-1] != x.shape[-2]:
        raise ValueError(f"For primitive[{op}], the {row} must be equal to {x.shape[-2]}, but "
                         f"got {x.shape[-1]}.")


def det(input):
    """Determinant of each square matrix of `input` (..., n, n); float inputs only.

    Its gradient is `det * inverse(input).T`, so it needs nonsingular matrices.

    Example:
        >>> ops.det(Tensor([[2., 1.], [1., 3.]]))
        Tensor(shape=[], dtype=Float32, value= 5)
    """
    if input._data.dtype.kind != 'f':
        raise TypeError(f"For primitive[MatrixDeterminant], the input argument[x] must be a "
                        f"type of {{Tensor[Float16], Tensor[Float32], Tensor[Float64]}}, but got "
                        f"Tensor[{input.dtype}].")
    _square(input, 'MatrixDeterminant')
    return bind(P.det_p, input)


def inverse(input):
    """Inverse of each square matrix of `input` (..., n, n); Float32 or Float64. A singular
    matrix raises ValueError (MindSpore 2.10 returns arbitrary numbers).

    Example:
        >>> ops.inverse(Tensor([[2., 0.], [0., 4.]]))
        Tensor(shape=[2, 2], dtype=Float32, value=
        [[ 5.00000000e-01,  0.00000000e+00],
         [ 0.00000000e+00,  2.50000000e-01]])
    """
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'inverse', the input must be a Tensor, but got {type(input)}.")
    if input._data.dtype not in (np.float32, np.float64):
        raise TypeError(f"For primitive[MatrixInverse], the input argument[x] must be a type of "
                        f"{{Tensor[Complex128], Tensor[Complex64], Tensor[Float32], "
                        f"Tensor[Float64]}}, but got Tensor[{input.dtype}].")
    _square(input, 'MatrixInverse', 'attribute[row size]')
    return bind(P.inverse_p, input)
