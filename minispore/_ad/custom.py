"""Custom gradients: `Cell.bprop` and `custom_vjp`, a call whose reverse rule is the user's."""
import numpy as np

from .._core.primitive import bind, current, running
from ..common.tensor import Tensor, _wrap
from ..ops import functional as F
from ..ops.primitives import custom_vjp_call_p
from .jvp import JVP
from .rules import jvp_rules, vjp_rules
from .tape import Tape


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
    """Forward mode transposes the reverse rule, as MindSpore does: the tangent `J v` is the
    vjp, in `dout`, of `<bprop(*primals, out, dout), v>`. A bprop that does not depend on
    `dout` linearly (one returning a constant) gives the tangents of that linear part only."""
    if getattr(bprop, 'forward_mode_differentiates_fn', False):
        return _jvp_of_fn(primals, tangents, fn)
    outs = bind(custom_vjp_call_p, *primals, fn=fn, bprop=bprop)
    tape = Tape(current())
    with running(tape.parent):
        douts = tuple(F.zeros_like(o) for o in outs)
    tape.tracked.update(map(id, douts))
    with running(tape):
        grads = _vjp(douts, outs, *primals, fn=fn, bprop=bprop)
    pairs = [(g, t) for g, t, p in zip(grads, tangents, primals)
             if t is not None and isinstance(g, Tensor) and isinstance(p, Tensor)]
    ct_of = tape.backward([g for g, _ in pairs], [t for _, t in pairs])
    out_dots = tuple(ct_of.get(id(d)) for d in douts)
    return outs, tuple(F.zeros_like(o) if d is None else d for o, d in zip(outs, out_dots))


def _jvp_of_fn(primals, tangents, fn):
    """Forward mode through `fn` itself."""
    inner = JVP(current())
    lifted = [p if t is None else inner.lift(p, t) for p, t in zip(primals, tangents)]
    with running(inner):
        outs = fn(*lifted)
    split = [inner.split(o) for o in outs]
    return tuple(p for p, _ in split), tuple(t for _, t in split)


custom_vjp_call_p.impl = _impl
vjp_rules[custom_vjp_call_p] = _vjp
jvp_rules[custom_vjp_call_p] = _jvp


# ---- function-level custom VJP ----
class _Residuals:
    """The `bprop` of one `custom_vjp` call made with `defvjp`: keeps fwd's residuals."""
    __slots__ = ('fwd', 'bwd', 'saved', 'n_args')

    def __init__(self, fwd, bwd, n_args):
        self.fwd, self.bwd, self.saved, self.n_args = fwd, bwd, None, n_args

    def forward(self, *args):
        out, self.saved = _fwd_pair(self.fwd(*args))
        return out

    def __call__(self, *args_out_dout):
        args, dout = args_out_dout[:self.n_args], args_out_dout[-1]
        # A backward pass seen by another transformation (a higher order, forward over
        # reverse) needs residuals that depend on the inputs: recompute them under it.
        saved = self.saved if current() is None else _fwd_pair(self.fwd(*args))[1]
        return self.bwd(saved, dout)


def _fwd_pair(res):
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("For 'custom_vjp', the fwd function must return a pair "
                        "(output, residuals).")
    return res


class custom_vjp:
    """Decorator giving a function a custom reverse-mode derivative.

    Define the derivative in one of two forms:

    - `f.defbwd(bwd)` (MindSpore's `custom_vjp`): `bwd(*args, out, dout)` returns one
      cotangent per argument, like `Cell.bprop`.
    - `f.defvjp(fwd, bwd)` (JAX's form): `fwd(*args)` returns `(out, residuals)`, and
      `bwd(residuals, dout)` returns one cotangent per argument.

    `dout` (and `out`) is a tuple when `f` returns a tuple. A bwd written with ops is
    differentiable itself, so every order of `grad` works (in higher orders, residuals are
    recomputed by fwd under the outer transformation). Forward mode (`jvp`, `jacfwd`) uses
    the transpose of bwd, as MindSpore does for `Cell.bprop`, so bwd must be linear in `dout`.

    Args:
        fn: the function; called as it is when no transformation is active.

    Example:
        >>> @mindspore.custom_vjp
        ... def clip_grad(x):
        ...     return x * 1
        >>> clip_grad.defbwd(lambda x, out, dout: (ops.clamp(dout, -1.0, 1.0),))
        >>> mindspore.grad(lambda x: (clip_grad(x) * 5).sum())(Tensor([1., 2.]))
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  1.00000000e+00])
    """

    def __init__(self, fn):
        self.fn, self.bwd, self.fwd = fn, None, None
        self.__doc__ = getattr(fn, '__doc__', None)
        self.__name__ = getattr(fn, '__name__', type(self).__name__)

    def defbwd(self, bwd):
        """Set `bwd(*args, out, dout)` as the reverse rule."""
        self.bwd, self.fwd = bwd, None

    def defvjp(self, fwd, bwd):
        """Set `fwd(*args) -> (out, residuals)` and `bwd(residuals, dout)`."""
        self.fwd, self.bwd = fwd, bwd

    def __call__(self, *args):
        if self.bwd is None:
            raise RuntimeError(f"For 'custom_vjp', '{self.__name__}' has no backward rule: "
                               f"define one with {self.__name__}.defbwd(bwd) or "
                               f"{self.__name__}.defvjp(fwd, bwd) before calling it.")
        if current() is None:
            return self.fn(*args)
        if self.fwd is None:
            return call_with_bprop(self.fn, self.bwd, args)
        rule = _Residuals(self.fwd, self.bwd, len(args))
        return call_with_bprop(rule.forward, rule, args)

