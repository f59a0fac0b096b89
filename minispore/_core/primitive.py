"""Primitive objects, `bind`, and the stack of active interpreters that `bind` dispatches to."""
import numpy as np

from ..common.tensor import Tensor, _new, _wrap
from .errors import explain

_f64, _f32, _f16 = np.dtype(np.float64), np.dtype(np.float32), np.dtype(np.float16)


class Primitive:
    """One operation of the closed primitive set; its rules live in per-transform tables.

    Args:
        name: the primitive's name, used in error messages and graph dumps.
        multiple_results: whether `impl` returns a tuple of arrays.
        promote: apply MindSpore's promotion to the result: a float64 result computed from
            inputs none of which is float64 (ints mixed with floats, int / int, exp of an
            int) becomes Float32. False for primitives that choose their dtype (cast).
    """
    __slots__ = ('name', 'impl', 'multiple_results', 'promote')

    def __init__(self, name, multiple_results=False, promote=True):
        self.name, self.impl, self.multiple_results = name, None, multiple_results
        self.promote = promote

    def __repr__(self):
        return self.name


class Interpreter:
    """Base class of transformations. `process` receives every op bound while it is on top."""
    __slots__ = ('parent',)

    def process(self, prim, args, params):
        raise NotImplementedError


# The interpreter on top of the stack, or None for plain eager evaluation (the fast path).
_top = None


def current():
    return _top


def set_current(interp):
    """Make `interp` the top interpreter; returns the previous top, for restoring."""
    global _top
    prev, _top = _top, interp
    return prev


class running:
    """Context manager: run a block with `interp` on top (None for plain evaluation)."""
    __slots__ = ('interp', 'prev')

    def __init__(self, interp):
        self.interp = interp

    def __enter__(self):
        self.prev = set_current(self.interp)
        return self.interp

    def __exit__(self, *exc):
        set_current(self.prev)


def bind(prim, *args, **params):
    """Apply `prim` to `args`: evaluate directly, or hand it to the top interpreter."""
    if _top is None:
        return evaluate(prim, args, params)
    return _top.process(prim, args, params)


def binary_method(prim):
    """`prim` as a Tensor operator method (`Tensor.__add__` ...): `bind`'s fast path written
    out for two operands, since `x + y` on small tensors is where per-op overhead shows most.
    Anything unusual (an interpreter on top, a Parameter or array operand, an error) takes the
    general path."""
    def method(x, y):
        if _top is None and (y.__class__ is Tensor or y.__class__ in _SCALARS):
            try:
                out = prim.impl(x._data, y._data if y.__class__ is Tensor else y)
            except Exception:
                return evaluate(prim, (x, y), {})      # raises MindSpore's error
            dtype = out.dtype
            if dtype is _f64 or dtype is _f16:
                out = _promoted(out, (x, y))
            t = _new(Tensor)
            t._data = out
            return t
        return bind(prim, x, y)
    method.__name__ = method.__qualname__ = prim.name
    return method


_SCALARS = (int, float, bool)


def bind_under(interp, prim, *args, **params):
    """`bind` as if `interp` were on top (None: plain evaluation)."""
    if interp is None:
        return evaluate(prim, args, params)
    return interp.process(prim, args, params)


def evaluate(prim, args, params):
    """Run `prim`'s backend kernel on the raw arrays of `args` and wrap the result."""
    n = len(args)           # unary and binary ops, the hot path, avoid building a list
    try:
        if n == 2 and not params:
            x, y = args
            out = prim.impl(x._data if isinstance(x, Tensor) else x,
                            y._data if isinstance(y, Tensor) else y)
        elif n == 1:
            x = args[0]
            out = prim.impl(x._data if isinstance(x, Tensor) else x, **params)
        else:
            out = prim.impl(*[a._data if isinstance(a, Tensor) else a for a in args], **params)
    except (ValueError, IndexError) as e:
        error = explain(prim, [getattr(a, '_data', a) for a in args], e)
        if error is None:
            raise
        raise error from None
    if prim.multiple_results:
        return tuple(map(_wrap, out))
    dtype = out.dtype
    if (dtype is _f64 or dtype is _f16) and prim.promote:
        out = _promoted(out, args)
    t = _new(Tensor)
    t._data = out
    return t


def _promoted(out, args):
    """MindSpore's type for a result NumPy computed as float64 or float16: the widest float
    array input (ints take the float type they meet), Float32 when there is none (int / int,
    exp(int), sqrt(bool))."""
    floats = []
    out_dtype = out.dtype
    for a in args:
        dtype = getattr(getattr(a, '_data', a), 'dtype', None)
        if dtype is out_dtype:
            return out
        if dtype is not None and dtype.kind == 'f':
            floats.append(dtype)
    return out.astype(max(floats, default=_f32))
