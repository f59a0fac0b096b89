"""Primitive objects, `bind`, and the stack of active interpreters that `bind` dispatches to."""
from ..common.tensor import Tensor, _new, _wrap


class Primitive:
    """One operation of the closed primitive set; its rules live in per-transform tables.

    Args:
        name: the primitive's name, used in error messages and graph dumps.
        multiple_results: whether `impl` returns a tuple of arrays.
    """
    __slots__ = ('name', 'impl', 'multiple_results')

    def __init__(self, name, multiple_results=False):
        self.name, self.impl, self.multiple_results = name, None, multiple_results

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


def evaluate(prim, args, params):
    """Run `prim`'s backend kernel on the raw arrays of `args` and wrap the result."""
    n = len(args)           # unary and binary ops, the hot path, avoid building a list
    if n == 2:
        x, y = args
        out = prim.impl(x._data if isinstance(x, Tensor) else x,
                        y._data if isinstance(y, Tensor) else y, **params)
    elif n == 1:
        x = args[0]
        out = prim.impl(x._data if isinstance(x, Tensor) else x, **params)
    else:
        out = prim.impl(*[a._data if isinstance(a, Tensor) else a for a in args], **params)
    if prim.multiple_results:
        return tuple(map(_wrap, out))
    t = _new(Tensor)
    t._data = out
    return t
