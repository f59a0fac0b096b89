"""Custom gradients: a call whose reverse rule is a user's `bprop(*inputs, out, dout)`."""
import numpy as np

from .._core.primitive import bind, current, running
from ..common.tensor import _wrap
from ..ops import functional as F
from ..ops.primitives import custom_vjp_call_p
from .jvp import JVP
from .rules import jvp_rules, vjp_rules


class _TupleFn:
    """Wraps `fn` to always return a tuple, remembering whether it returned one value."""
    __slots__ = ('fn', 'single')

    def __init__(self, fn):
        self.fn, self.single = fn, False

    def __call__(self, *args):
        out = self.fn(*args)
        self.single = not isinstance(out, tuple)
        return (out,) if self.single else out


def call_with_bprop(fn, bprop, args):
    """`fn(*args)`, differentiated in reverse mode by `bprop(*args, out, dout)`."""
    if current() is None:
        return fn(*args)
    flat = _TupleFn(fn)
    outs = bind(custom_vjp_call_p, *args, fn=flat, bprop=bprop)
    return outs[0] if flat.single else outs


def _impl(*raw, fn, bprop):
    args = [_wrap(r) if isinstance(r, (np.ndarray, np.generic)) else r for r in raw]
    with running(None):
        return tuple(o._data for o in fn(*args))


def _vjp(cts, outs, *args, fn, bprop):
    cts = tuple(F.zeros_like(o) if c is None else c for o, c in zip(outs, cts))
    if fn.single:
        grads = bprop(*args, outs[0], cts[0])
    else:
        grads = bprop(*args, outs, cts)
    if not isinstance(grads, (tuple, list)):
        grads = (grads,)
    if len(grads) < len(args):
        raise RuntimeError(f"Grad size should lager than forward inputs, but got "
                           f"{len(grads)} vs {len(args)}")
    return tuple(grads)[:len(args)]


def _jvp(primals, tangents, fn, bprop):
    """Forward mode differentiates `fn` itself (a bprop only defines reverse mode)."""
    inner = JVP(current())
    lifted = [p if t is None else inner.lift(p, t) for p, t in zip(primals, tangents)]
    with running(inner):
        outs = fn(*lifted)
    split = [inner.split(o) for o in outs]
    return tuple(p for p, _ in split), tuple(t for _, t in split)


custom_vjp_call_p.impl = _impl
vjp_rules[custom_vjp_call_p] = _vjp
jvp_rules[custom_vjp_call_p] = _jvp
