"""MindSpore's `ops.jvp` (forward mode) and `ops.vjp` (reverse mode with a reusable pullback)."""
from .._core.primitive import current, running
from ..common.tensor import Tensor
from ..ops import functional as F
from .grad import _flatten, _grad_of, _weights_list
from .jvp import JVP
from .tape import Tape


def _as_tuple(x):
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def _split_aux(out, has_aux):
    if not has_aux:
        return out, None
    if not isinstance(out, (tuple, list)) or len(out) < 2:
        raise ValueError("When has_aux is True, origin fn requires more than one outputs.")
    aux = tuple(out[1:])
    return out[0], aux[0] if len(aux) == 1 else aux


def jvp(fn, inputs, v, has_aux=False):
    """Forward-mode derivative: `(fn(*inputs), J @ v)`, plus `aux` when has_aux.

    Args:
        fn: function or Cell.
        inputs: a Tensor or a tuple of Tensors.
        v: tangents, structured like `inputs`.

    Example:
        >>> out, tangent = ops.jvp(lambda x: x ** 3, Tensor([2.]), Tensor([1.]))
        >>> tangent
        Tensor(shape=[1], dtype=Float32, value= [ 1.20000000e+01])
    """
    inputs, v = _as_tuple(inputs), _as_tuple(v)
    if len(inputs) != len(v):
        raise ValueError(f"For 'jvp', 'v' must have one tangent per input: got {len(v)} "
                         f"tangents for {len(inputs)} inputs.")
    interp = JVP(current())
    with running(interp):
        out = fn(*[interp.lift(x, t) for x, t in zip(inputs, v)])
    out, aux = _split_aux(out, has_aux)
    with running(interp.parent):
        primal, tangent = _unzip(interp, out)
        aux = None if aux is None else _unzip(interp, aux)[0]
    return (primal, tangent) if not has_aux else (primal, tangent, aux)


def _unzip(interp, out):
    if isinstance(out, (tuple, list)):
        pairs = [_unzip(interp, o) for o in out]
        return type(out)(p for p, _ in pairs), type(out)(t for _, t in pairs)
    if not isinstance(out, Tensor):
        return out, None
    primal, tangent = interp.split(out)
    return primal, F.zeros_like(primal) if tangent is None else tangent


def vjp(fn, *inputs, weights=None, has_aux=False):
    """Reverse-mode derivative: `(fn(*inputs), vjp_fn)`, `vjp_fn(*cotangents)` returning one
    gradient per input (a tuple even for one input), and `((dx, ...), (dw, ...))` with weights.

    Example:
        >>> out, vjp_fn = ops.vjp(lambda x: x * x, Tensor([3.]))
        >>> vjp_fn(Tensor([1.]))
        (Tensor(shape=[1], dtype=Float32, value= [ 6.00000000e+00]),)
    """
    tape = Tape(current())
    with running(tape.parent):
        leaves = [F.identity(x) if isinstance(x, Tensor) else x for x in inputs]
    weights = _weights_list(weights)
    tape.tracked.update(id(x) for x in leaves if isinstance(x, Tensor))
    tape.tracked.update(id(w) for w in weights)
    with running(tape):
        out = fn(*leaves)
    out, aux = _split_aux(out, has_aux)
    outs = _flatten(out)

    def vjp_fn(*cts):
        cts = _flatten(cts)
        if len(cts) != len(outs):
            raise ValueError(f"vjp_fn takes one cotangent per output of fn: expected "
                             f"{len(outs)}, got {len(cts)}.")
        for o, c in zip(outs, cts):
            if tuple(c.shape) != tuple(o.shape):
                raise ValueError(f"vjp_fn: the cotangent's shape {c.shape} does not match the "
                                 f"output's shape {o.shape}.")
        ct_of = tape.backward(outs, cts, keep=True)
        resolve = tape.resolve      # the objects that item assignment left the inputs' values in
        with running(tape.parent):
            grads = tuple(_grad_of(resolve(x), ct_of) for x in leaves if isinstance(x, Tensor))
            if weights:
                return grads, tuple(_grad_of(resolve(w), ct_of) for w in weights)
        return grads

    return (out, vjp_fn) if not has_aux else (out, vjp_fn, aux)

