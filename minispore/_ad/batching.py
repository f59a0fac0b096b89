"""The batching interpreter of `vmap`: values carry a batch axis, each op runs once per batch."""
from .._core.batched import BatchedValueError, batched_view
from .._core.primitive import Interpreter, bind, current, running
from ..common import dtype as mstype
from ..common.tensor import Tensor
from ..ops.primitives import custom_vjp_call_p
from .rules.batching import batch_rules


class BatchTensor(Tensor):
    """A value of one Batch interpreter: `val` (a value of the interpreter below) holds every
    example, stacked along axis `bdim` (None: the same for every example).

    Its shape and dtype are those of one example, so code reading `x.shape` inside `vmap`
    sees the per-example shape. Its values differ between examples: when batched, `_data` is
    a BatchedArray (the first example's, refusing to be read) and the conversions to NumPy or
    Python values raise BatchedValueError, on which `vmap` calls its function per example.
    """
    __slots__ = ('val', 'bdim', 'interp')

    def __init__(self, val, bdim, interp):
        self.val, self.bdim, self.interp = val, bdim, interp

    @property
    def _data(self):
        data = self.val._data
        if self.bdim is None:
            return data
        return batched_view(data, (slice(None),) * self.bdim + (0,))

    @property
    def shape(self):
        shape = self.val.shape
        d = self.bdim
        return shape if d is None else shape[:d] + shape[d + 1:]

    @property
    def ndim(self):
        return self.val.ndim - (self.bdim is not None)

    @property
    def dtype(self):
        return mstype.from_numpy(self.val._data.dtype)

    @property
    def size(self):
        return self._data.size

    @_data.setter
    def _data(self, value):
        """Ignored: the value lives in `val` (item assignment exchanges the vals below)."""


def _guarded(name):
    """Tensor's method `name`, which reads the values, refused for a batched value."""
    method = getattr(Tensor, name)

    def guarded(self, *args, **kwargs):
        if self.bdim is not None:
            raise BatchedValueError(f"The values of a Tensor that differs between the examples "
                                    f"of a vmap were read ({name}).")
        return method(self, *args, **kwargs)
    guarded.__name__ = name
    return guarded


for _name in ('asnumpy', 'numpy', 'item', 'tolist', '__array__', '__repr__', '__str__',
              '__format__', '__bool__', '__float__', '__int__', '__index__'):
    setattr(BatchTensor, _name, _guarded(_name))


class Batch(Interpreter):
    """Runs every op once for the whole batch, with the batching rule of its primitive.

    `size` is the batch size. `adopted` holds, by id, the batch axis of plain Tensors that
    item assignment gave a batched value (`x[i] = batched` on an unbatched buffer).
    """
    __slots__ = ('size', 'adopted')

    def __init__(self, parent, size):
        self.parent, self.size, self.adopted = parent, size, None

    def lift(self, x, bdim):
        return BatchTensor(x, bdim, self)

    def split(self, x):
        """(val, bdim) of a value: a value of another interpreter is unbatched."""
        if x.__class__ is BatchTensor and x.interp is self:
            return x.val, x.bdim
        if self.adopted is not None:
            entry = self.adopted.get(id(x))
            if entry is not None:
                return x, entry[1]
        return x, None

    def process(self, prim, args, params):
        vals, bdims = zip(*map(self.split, args)) if args else ((), ())
        with running(self.parent):
            if all(d is None for d in bdims):
                return bind(prim, *vals, **params)
            out, out_bdim = batch_rules[prim](vals, bdims, **params)
        if prim.multiple_results:
            return tuple(self.pack(o, d) for o, d in zip(out, out_bdim))
        return self.pack(out, out_bdim)

    def pack(self, out, bdim):
        return out if bdim is None else BatchTensor(out, bdim, self)

    def rebind(self, a, b):
        """Exchange the batch axes of `a` and `b` (after `a[index] = value`, whose output is
        `b`); returns their vals, for the interpreter below to exchange."""
        (a_val, a_bdim), (b_val, b_bdim) = self.split(a), self.split(b)
        self._set_bdim(a, b_bdim)
        self._set_bdim(b, a_bdim)
        return a_val, b_val

    def _set_bdim(self, x, bdim):
        if x.__class__ is BatchTensor and x.interp is self:
            x.bdim = bdim
        elif bdim is not None:
            if self.adopted is None:
                self.adopted = {}
            self.adopted[id(x)] = (x, bdim)
        elif self.adopted is not None:
            self.adopted.pop(id(x), None)


def _custom_vjp_call_rule(vals, bdims, fn, **params):
    """A call with a custom bprop: its forward pass is ordinary ops, batched by running `fn`
    under a batching interpreter of its own (the bprop, run by the tape, is batched the same
    way since it is ordinary ops on batched values)."""
    size = next(v.shape[d] for v, d in zip(vals, bdims) if d is not None)
    inner = Batch(current(), size)
    with running(inner):
        outs = fn(*[v if d is None else inner.lift(v, d) for v, d in zip(vals, bdims)])
    split = [inner.split(o) for o in outs]
    return tuple(v for v, _ in split), tuple(d for _, d in split)


batch_rules[custom_vjp_call_p] = _custom_vjp_call_rule
