"""MindSpore's `ops.jvp` (forward mode) and `ops.vjp` (reverse mode with a reusable pullback)."""
import math

import numpy as np

from .._core.primitive import current, running
from ..common import dtype as mstype
from ..common.tensor import Tensor
from ..ops import functional as F
from .grad import _flatten, _grad_of, _weights_list
from .jvp import JVP
from .tape import Tape


def _as_tuple(x):
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def _split_aux(out, has_aux, message):
    if not has_aux:
        return out, None
    if not isinstance(out, (tuple, list)) or len(out) < 2:
        raise ValueError(message)
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
    _check_has_aux(has_aux)
    if not isinstance(inputs, (Tensor, tuple, list)) or not isinstance(v, (Tensor, tuple, list)):
        raise TypeError("The inputs type must be a Tensor, tuple or list of Tensors.")
    inputs, v = _as_tuple(inputs), _check_tangents(_as_tuple(inputs), _as_tuple(v))
    interp = JVP(current())
    with running(interp):
        out = fn(*[interp.lift(x, t) for x, t in zip(inputs, v)])
    out, aux = _split_aux(out, has_aux, "'When 'has_aux' is True, origin 'fn' requires more "
                                        "than one outputs.'")
    with running(interp.parent):
        primal, tangent = _unzip(interp, out)
        aux = None if aux is None else _unzip(interp, aux)[0]
    return (primal, tangent) if not has_aux else (primal, tangent, aux)


def _check_has_aux(has_aux):
    if not isinstance(has_aux, bool):
        raise TypeError("The 'has_aux' must be bool type.")


def _check_tangents(inputs, v):
    """MindSpore's checks of jvp's `v`: one tangent per input, each of its input's dtype and of
    a shape that broadcasts to the input's (broadcast here)."""
    if len(v) != len(inputs):
        raise ValueError(f"v has invalid length: should be {len(inputs)}, but got {len(v)}\n"
                         f"For 'jvp', pass one tangent per input, structured like 'inputs'.")
    checked = []
    for i, (x, t) in enumerate(zip(inputs, v)):
        if not isinstance(x, Tensor) or not isinstance(t, Tensor):
            checked.append(t)
            continue
        if t.dtype != x.dtype:
            raise TypeError(f"Type Join Failed: dtype1 = {t.dtype}, dtype2 = {x.dtype}.\n"
                            f"For 'jvp', the tangent v[{i}] must have the dtype of inputs[{i}] "
                            f"({x.dtype}), but got {t.dtype}: cast it with v[{i}].astype(...).")
        if t.shape != x.shape:
            try:
                target = np.broadcast_shapes(t.shape, x.shape)
            except ValueError:
                target = None
            if target != tuple(x.shape):
                raise ValueError(f"For 'jvp', the tangent v[{i}] must have the shape of "
                                 f"inputs[{i}], {list(x.shape)}, but got {list(t.shape)}.")
            t = F.broadcast_to(t, x.shape)
        checked.append(t)
    return tuple(checked)


def _check_cotangents(outs, cts):
    """MindSpore's checks of the cotangents given to a vjp_fn: one per output of fn, each
    with its output's shape and dtype."""
    if len(cts) != len(outs):
        raise RuntimeError(f"Failure info [The given sens gradient's size should be same as "
                           f"out of network!].\nvjp_fn takes one cotangent per output of fn: "
                           f"expected {len(outs)}, got {len(cts)}; call vjp_fn("
                           f"{', '.join(f'ct{i}' for i in range(len(outs)))}).")
    for i, (o, c) in enumerate(zip(outs, cts)):
        if not isinstance(c, Tensor):
            raise TypeError(f"vjp_fn takes Tensors as cotangents, but cotangent {i} is "
                            f"{type(c).__name__}: pass a Tensor shaped like output {i} of fn.")
        if tuple(c.shape) != tuple(o.shape):
            raise ValueError(f"The shape should be {_dims(o.shape)}, but got {_dims(c.shape)}"
                             f"\nvjp_fn's cotangent {i} must have the shape of output {i} of "
                             f"fn, {list(o.shape)}, but got {list(c.shape)}.")
        if c.dtype != o.dtype:
            raise TypeError(f"The dtype should be {o.dtype}, but got {c.dtype}\nvjp_fn's "
                            f"cotangent {i} must have the dtype of output {i} of fn "
                            f"({o.dtype}): cast it with .astype(...).")
    return cts


def _dims(shape):
    return '[const vector]{' + ', '.join(map(str, shape)) + '}'


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
    _check_has_aux(has_aux)
    if any(not isinstance(x, (Tensor, tuple, list)) for x in inputs):
        raise TypeError("The inputs type must be Tensor.")
    tape = Tape(current())
    with running(tape.parent):
        leaves = [F.identity(x) if isinstance(x, Tensor) else x for x in inputs]
    single_weight = isinstance(weights, Tensor)
    weights = _weights_list(weights)
    tape.tracked.update(id(x) for x in leaves if isinstance(x, Tensor))
    tape.tracked.update(id(w) for w in weights)
    with running(tape):
        out = fn(*leaves)
    out, aux = _split_aux(out, has_aux, "When 'has_aux' is True, origin 'fn' requires more "
                                        "than one outputs.")
    outs = _flatten(out)

    def vjp_fn(*cts):
        cts = _check_cotangents(outs, _flatten(cts))
        ct_of = tape.backward(outs, cts, keep=True)
        resolve = tape.resolve      # the objects that item assignment left the inputs' values in
        grads = tuple(_grad_of(resolve(x), ct_of) for x in leaves if isinstance(x, Tensor))
        if weights:
            w_grads = tuple(_grad_of(resolve(w), ct_of) for w in weights)
            return grads, w_grads[0] if single_weight else w_grads
        return grads

    return (out, vjp_fn) if not has_aux else (out, vjp_fn, aux)



def derivative(fn, primals, order):
    """The `order`-th derivative of `fn` along the direction of ones in every input: the
    `order`-th derivative of `t -> fn(*(p + t for p in primals))` at 0 (nested forward mode).

    Args:
        fn: function or Cell.
        primals: a Tensor or a tuple of Tensors (int Tensors are taken as Float32).
        order: the order, an int >= 1.

    Returns:
        `(out, series)`: `fn(*primals)` and its derivative; lists for several outputs.

    Example:
        >>> out, d3 = ops.derivative(lambda x: x ** 4, Tensor([2.]), 3)
        >>> d3
        Tensor(shape=[1], dtype=Float32, value= [ 4.80000000e+01])
    """
    if isinstance(order, bool) or not isinstance(order, int):
        raise TypeError("For `F.derivative`, the type of order must be int.")
    if order < 1:
        raise ValueError(f"For `F.derivative`, value of order should not be less than 1, but "
                         f"got {order}.")
    if not isinstance(primals, (Tensor, tuple)):
        raise TypeError(f"For Primitive[Dtype], the input argument[input_x] must be a Tensor, "
                        f"CSRTensor or COOTensor, but got {type(primals)}.")
    primals = tuple(p if np.issubdtype(p._data.dtype, np.floating) else F.cast(p, mstype.float32)
                    for p in _as_tuple(primals))
    ones = tuple(F.ones_like(p) for p in primals)
    higher = fn
    for _ in range(order - 1):
        higher = _directional(higher, ones)
    out, series = jvp(higher, primals, ones)
    if order > 1:
        out = fn(*primals)
    return (list(out), list(series)) if isinstance(out, tuple) else (out, series)


def _directional(fn, v):
    """The derivative of `fn` along `v`, as a function of the same inputs."""
    def directional(*xs):
        return jvp(fn, xs, v)[1]
    return directional


def linearize(fn, inputs):
    """`(fn(*inputs), jvp_fn)`: `jvp_fn(*v)` gives the forward-mode derivative of `fn` at
    `inputs` along `v` (one tangent per input), as `ops.jvp` would.

    Args:
        fn: function or Cell.
        inputs: a Tensor or a tuple/list of Tensors.

    Example:
        >>> out, jvp_fn = ops.linearize(ops.sin, Tensor([0., 1.]))
        >>> jvp_fn(Tensor([2., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 2.00000000e+00,  5.40302277e-01])
    """
    if not isinstance(inputs, (Tensor, tuple, list)):
        raise TypeError("The inputs type must be a Tensor, tuple or list of Tensors.")
    inputs = _as_tuple(inputs)
    out = fn(*inputs)

    def jvp_fn(*v):
        if len(v) == 1 and isinstance(v[0], (tuple, list)):
            v = tuple(v[0])
        return jvp(fn, inputs, v)[1]
    return out, jvp_fn


def jet(fn, primals, series):
    """Higher-order forward derivatives along a curve: given the inputs `primals` and their
    1st to n-th derivatives `series` (stacked on a first axis of size n), the output of `fn`
    and its 1st to n-th derivatives along that curve.

    Args:
        fn: function or Cell.
        primals: a Tensor or a tuple of Tensors (int Tensors are taken as Float32).
        series: a Tensor shaped `(n,) + primal.shape`, or a tuple with one per primal, each of
            its primal's dtype.

    Returns:
        `(out, out_series)`, `out_series` shaped `(n,) + out.shape`; lists for several
        outputs.

    Example:
        >>> series = Tensor([[1.], [0.], [0.]])
        >>> out, derivs = ops.jet(ops.exp, Tensor([0.]), series)
        >>> derivs
        Tensor(shape=[3, 1], dtype=Float32, value=
        [[ 1.00000000e+00],
         [ 1.00000000e+00],
         [ 1.00000000e+00]])
    """
    if not isinstance(primals, (Tensor, tuple)) or not isinstance(series, (Tensor, tuple)):
        raise TypeError(f"For 'jet', 'primals' and 'series' must be a Tensor or a tuple of "
                        f"Tensors, but got {type(primals).__name__} and "
                        f"{type(series).__name__}.")
    primals, series = _as_tuple(primals), _as_tuple(series)
    allowed = (mstype.int32, mstype.int64, mstype.float32, mstype.float64)
    if any(p.dtype != s.dtype or p.dtype not in allowed for p, s in zip(primals, series)):
        raise TypeError("For `F.jet`, the elements' types of primals and series must be the same "
                        "and belong to `mstype.int32, mstype.int64, mstype.float32, "
                        "mstype.float64`, but got other dtype.")
    primals = tuple(p if np.issubdtype(p._data.dtype, np.floating) else F.cast(p, mstype.float32)
                    for p in primals)
    if len(series) != len(primals):
        raise ValueError(f"For 'jet', give one series per primal: got {len(series)} series "
                         f"for {len(primals)} primals.")
    order = series[0].shape[0]
    for p, s in zip(primals, series):
        if tuple(s.shape) != (order,) + tuple(p.shape):
            raise ValueError(f"For 'jet', each series must be shaped (n,) + its primal's shape "
                             f"({[order] + list(p.shape)}), but got {list(s.shape)}.")
    coefficients = [[F.cast(s, p.dtype)[k] / float(math.factorial(k + 1)) for k in range(order)]
                    for p, s in zip(primals, series)]

    def along_curve(t):
        """`fn` at the Taylor polynomial of the inputs, evaluated with products only (Horner),
        so that every derivative in `t` at 0 stays finite."""
        xs = []
        for p, cs in zip(primals, coefficients):
            acc = cs[-1]
            for c in reversed(cs[:-1]):
                acc = c + t * acc
            xs.append(p + t * acc)
        return fn(*xs)

    out = fn(*primals)
    t0 = F.zeros((), primals[0].dtype)
    derivatives, higher = [], along_curve
    for _ in range(order):
        higher = _directional(higher, (F.ones_like(t0),))
        derivatives.append(higher(t0))
    if isinstance(out, (tuple, list)):
        return list(out), [F.stack([d[j] for d in derivatives]) for j in range(len(out))]
    return out, F.stack(derivatives)
