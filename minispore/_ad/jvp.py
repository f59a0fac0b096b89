"""Forward mode: the JVP interpreter, whose values carry a tangent beside their primal."""
from .._core.primitive import Interpreter, bind, running
from ..common.tensor import Tensor
from ..ops import functional as F
from .rules import jvp_rules


class JVPTensor(Tensor):
    """A value of one JVP interpreter: `primal` and `tangent` (None for a zero tangent)."""
    __slots__ = ('primal', 'tangent', 'interp')

    def __init__(self, primal, tangent, interp):
        self._data = primal._data if isinstance(primal, Tensor) else primal
        self.primal, self.tangent, self.interp = primal, tangent, interp


class JVP(Interpreter):
    """Pushes tangents forward through every op, with the jvp rule of each primitive.

    `adopted` holds the tangents of plain Tensors that item assignment gave one (a constant
    buffer receiving a value with a tangent), by id, with the Tensor kept alive.
    """
    __slots__ = ('adopted',)

    def __init__(self, parent):
        self.parent, self.adopted = parent, None

    def lift(self, x, x_dot):
        return JVPTensor(x, x_dot, self)

    def split(self, x):
        """(primal, tangent) of a value: a value of another interpreter has a zero tangent."""
        if x.__class__ is JVPTensor and x.interp is self:
            return x.primal, x.tangent
        if self.adopted is not None:
            entry = self.adopted.get(id(x))
            if entry is not None:
                return x, entry[1]
        return x, None

    def rebind(self, a, b):
        """Exchange the tangents of `a` and `b` (after `a[index] = value`, whose output is
        `b`); returns their primals, for the interpreter below to exchange."""
        (a_primal, a_dot), (b_primal, b_dot) = self.split(a), self.split(b)
        self._set_tangent(a, b_dot)
        self._set_tangent(b, a_dot)
        return a_primal, b_primal

    def _set_tangent(self, x, x_dot):
        if x.__class__ is JVPTensor and x.interp is self:
            x.tangent = x_dot
        elif x_dot is not None:
            if self.adopted is None:
                self.adopted = {}
            self.adopted[id(x)] = (x, x_dot)
        elif self.adopted is not None:
            self.adopted.pop(id(x), None)

    def process(self, prim, args, params):
        primals, tangents = zip(*map(self.split, args)) if args else ((), ())
        with running(self.parent):
            if all(t is None for t in tangents):
                return bind(prim, *primals, **params)
            out, out_dot = jvp_rules[prim](primals, tangents, **params)
        if prim.multiple_results:
            return tuple(self.pack(o, d) for o, d in zip(out, out_dot))
        return self.pack(out, out_dot)

    def pack(self, out, out_dot):
        if out_dot is None:
            return out
        if out_dot.shape != out.shape:      # a tangent of a broadcast input
            with running(self.parent):
                out_dot = F.broadcast_to(out_dot, out.shape)
        return JVPTensor(out, out_dot, self)
