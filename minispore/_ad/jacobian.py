"""MindSpore's `ops.jacfwd` (a jvp per input element) and `ops.jacrev` (a vjp per output)."""
import numpy as np

from ..common.tensor import Tensor, _wrap
from ..ops import functional as F
from .grad import _check_grad_position
from .transforms import jvp, vjp


def _positions(name, grad_position, args):
    positions = [grad_position] if isinstance(grad_position, int) else list(grad_position)
    if not positions:
        raise RuntimeError("grad_position should not be empty when grad by position!")
    for p in positions:
        if p >= len(args):
            raise ValueError(f"For '{name}', the element in grad_position must belong to "
                             f"[0, args_num): got {p} for {len(args)} arguments.")
        x = args[p]
        if not isinstance(x, Tensor) or not np.issubdtype(x._data.dtype, np.floating):
            got = f'a Tensor of {x.dtype}' if isinstance(x, Tensor) else type(x).__name__
            raise TypeError(f"For '{name}', the argument at grad_position {p} must be a float "
                            f"Tensor, but got {got}.")
    return positions


def _substituting(fn, args, kwargs, p):
    """`fn` as a function of its argument at position `p` alone."""
    def fn_of(x):
        return fn(*args[:p], x, *args[p + 1:], **kwargs)
    return fn_of


def _basis(x):
    """One unit Tensor shaped like `x` per element of `x`."""
    eye = np.eye(x.size, dtype=x._data.dtype)
    return [_wrap(row.reshape(x.shape)) for row in eye]


def _assemble(rows, lead_shape, trail_shape, dtype, axis):
    """`rows` (one per input element, stacked on the last axis, or one per output element,
    stacked on the first) as one `lead_shape + trail_shape` Tensor."""
    shape = tuple(lead_shape) + tuple(trail_shape)
    if not rows:
        return F.zeros(shape, dtype)
    return F.reshape(F.stack(rows, axis), shape)


def _pack(jac, single_out, single_pos):
    """MindSpore's nesting: `((do0/di0, do0/di1), (do1/di0, ...))`, bare where single."""
    rows = [row[0] if single_pos else tuple(row) for row in jac]
    return rows[0] if single_out else tuple(rows)


def _outputs(out):
    if isinstance(out, Tensor):
        return [out], True
    if isinstance(out, (tuple, list)) and all(isinstance(o, Tensor) for o in out):
        return list(out), False
    raise TypeError(f"The outputs of the function to differentiate must be a Tensor or a tuple "
                    f"of Tensors, but got {type(out).__name__}.")


def jacfwd(fn, grad_position=0, has_aux=False):
    """A function giving the Jacobian of `fn` in forward mode (one jvp per input element).

    Args:
        fn: function or Cell returning a Tensor or a tuple of Tensors (with has_aux,
            `(out, aux...)`: only `out` is differentiated).
        grad_position: index (int) or indices (tuple) of the inputs to differentiate.
        has_aux: also return the auxiliary outputs.

    Returns:
        A function returning the Jacobian, shaped `out.shape + input.shape`; a tuple over
        positions for several positions, over outputs for several outputs (tuples of tuples
        for both); `(jac, aux)` with has_aux.

    Example:
        >>> jac = ops.jacfwd(lambda x: x ** 2)(Tensor([1., 2.]))
        >>> jac
        Tensor(shape=[2, 2], dtype=Float32, value=
        [[ 2.00000000e+00,  0.00000000e+00],
         [ 0.00000000e+00,  4.00000000e+00]])
    """
    grad_position = _check_grad_position(grad_position)

    def jac_fn(*args, **kwargs):
        positions = _positions('jacfwd', grad_position, args)
        jac = []
        for p in positions:
            x, fn_of = args[p], _substituting(fn, args, kwargs, p)
            basis = _basis(x)
            zero = [_wrap(np.zeros_like(x._data))]
            results = [jvp(fn_of, x, v, has_aux) for v in basis or zero]
            outs, single_out = _outputs(results[0][0])
            aux = results[0][2] if has_aux else None
            tangents = [_outputs(r[1])[0] for r in results] if basis else []
            jac.append([_assemble([t[j] for t in tangents], o.shape, x.shape, o.dtype, -1)
                        for j, o in enumerate(outs)])
        jac = _pack(list(zip(*jac)), single_out, len(positions) == 1)
        return (jac, aux) if has_aux else jac
    return jac_fn


def jacrev(fn, grad_position=0, has_aux=False):
    """A function giving the Jacobian of `fn` in reverse mode (one vjp per output element).

    Args and Returns: as `jacfwd`.

    Example:
        >>> def f(x, y): return x * y, x + y
        >>> d_prod, d_sum = ops.jacrev(f)(Tensor([1., 2.]), Tensor([3., 4.]))
        >>> d_prod
        Tensor(shape=[2, 2], dtype=Float32, value=
        [[ 3.00000000e+00,  0.00000000e+00],
         [ 0.00000000e+00,  4.00000000e+00]])
    """
    grad_position = _check_grad_position(grad_position)

    def jac_fn(*args, **kwargs):
        positions = _positions('jacrev', grad_position, args)
        xs = [args[p] for p in positions]

        def fn_of(*xs):
            full = list(args)
            for p, x in zip(positions, xs):
                full[p] = x
            return fn(*full, **kwargs)

        res = vjp(fn_of, *xs, has_aux=has_aux)
        outs, single_out = _outputs(res[0])
        vjp_fn = res[1]
        zeros = [F.zeros_like(o) for o in outs]
        jac = []
        for j, o in enumerate(outs):
            rows = [vjp_fn(*zeros[:j], ct, *zeros[j + 1:]) for ct in _basis(o)]
            jac.append([_assemble([r[i] for r in rows], o.shape, x.shape, x.dtype, 0)
                        for i, x in enumerate(xs)])
        jac = _pack(jac, single_out, len(positions) == 1)
        return (jac, res[2]) if has_aux else jac
    return jac_fn
