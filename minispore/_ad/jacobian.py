"""`jacfwd` (jvp vmapped over unit inputs), `jacrev` (vjp vmapped over unit outputs), `hessian`."""
import numpy as np

from ..common.tensor import Tensor, _wrap
from ..ops import functional as F
from .grad import _check_grad_position
from .transforms import _check_has_aux, jvp, vjp
from .vmap import vmap


def _positions(name, grad_position, args):
    positions = [grad_position] if isinstance(grad_position, int) else list(grad_position)
    if not positions:
        raise RuntimeError("grad_position should not be empty when grad by position.")
    for p in positions:
        if p >= len(args):
            raise ValueError(f"The element in grad_position must belong to [0, args_num).\n"
                             f"For '{name}', grad_position {p} was given for {len(args)} "
                             f"arguments.")
        x = args[p]
        if not isinstance(x, Tensor):
            raise TypeError(f"The inputs type must be a Tensor, tuple or list of Tensors.\n"
                            f"For '{name}', the argument at grad_position {p} must be a float "
                            f"Tensor, but got {type(x).__name__}.")
        if not np.issubdtype(x._data.dtype, np.floating):
            raise TypeError(f"Type Join Failed: dtype1 = Float32, dtype2 = {x.dtype}.\n"
                            f"For '{name}', the argument at grad_position {p} must be a float "
                            f"Tensor, but got a Tensor of {x.dtype}: cast it with "
                            f".astype(mindspore.float32).")
    return positions


def _aux_checked(fn):
    """`fn`, checked to return `(out, aux...)`."""
    def checked(*args, **kwargs):
        out = fn(*args, **kwargs)
        if not isinstance(out, tuple) or len(out) < 2:
            raise ValueError("'When 'has_aux' is True, origin 'fn' requires more than one "
                             "outputs.'")
        return out
    return checked


def _substituting(fn, args, kwargs, p):
    """`fn` as a function of its argument at position `p` alone."""
    def fn_of(x):
        return fn(*args[:p], x, *args[p + 1:], **kwargs)
    return fn_of


def _basis(x):
    """The unit Tensors shaped like `x`, stacked on a new first axis: `(x.size,) + x.shape`."""
    return _wrap(np.eye(x.size, dtype=x._data.dtype).reshape((x.size,) + tuple(x.shape)))


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
    _check_has_aux(has_aux)
    fn = _aux_checked(fn) if has_aux else fn

    def jac_fn(*args, **kwargs):
        positions = _positions('jacfwd', grad_position, args)
        jac, primal = [], {}
        for p in positions:
            x, fn_of = args[p], _substituting(fn, args, kwargs, p)

            def tangents(v):
                res = jvp(fn_of, x, v, has_aux)
                primal.update(out=res[0], aux=res[2] if has_aux else None)
                return tuple(_outputs(res[1])[0])

            if x.size:
                cols = vmap(tangents, out_axes=-1)(_basis(x))
            else:
                cols = [F.zeros(t.shape + (0,), t.dtype)
                        for t in tangents(_wrap(np.zeros_like(x._data)))]
            outs = _outputs(primal['out'])[0]
            jac.append([F.reshape(c, tuple(o.shape) + tuple(x.shape))
                        for c, o in zip(cols, outs)])
        single_out = _outputs(primal['out'])[1]
        jac = _pack(list(zip(*jac)), single_out, len(positions) == 1)
        return (jac, primal['aux']) if has_aux else jac
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
    _check_has_aux(has_aux)
    fn = _aux_checked(fn) if has_aux else fn

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
            def row(ct):
                return vjp_fn(*zeros[:j], ct, *zeros[j + 1:])

            if o.size:
                rows = vmap(row)(_basis(o))
            else:
                rows = [F.zeros((0,) + tuple(x.shape), x.dtype) for x in xs]
            jac.append([F.reshape(r, tuple(o.shape) + tuple(x.shape)) for r, x in zip(rows, xs)])
        jac = _pack(jac, single_out, len(positions) == 1)
        return (jac, res[2]) if has_aux else jac
    return jac_fn


def hessian(fn, grad_position=0, has_aux=False):
    """A function giving the Hessian of `fn`: `jacfwd(jacrev(fn))`, shaped
    `out.shape + in.shape + in.shape`.

    Args:
        fn: function or Cell returning a Tensor (with has_aux, `(out, aux...)`).
        grad_position: index (int) or indices (tuple) of the inputs to differentiate; several
            give `((d2/di0 di0, d2/di0 di1), (d2/di1 di0, ...))`.
        has_aux: also return the auxiliary outputs: `(hessian, aux)`.

    Example:
        >>> def f(x): return (x ** 3).sum()
        >>> mindspore.hessian(f)(Tensor([1., 2.]))
        Tensor(shape=[2, 2], dtype=Float32, value=
        [[ 6.00000000e+00,  0.00000000e+00],
         [ 0.00000000e+00,  1.20000000e+01]])
    """
    grad_position = _check_grad_position(grad_position)
    _check_has_aux(has_aux)
    return jacfwd(jacrev(fn, grad_position, has_aux), grad_position, has_aux)
