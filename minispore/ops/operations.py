"""MindSpore's primitive classes (`ops.Add()(x, y)`, `ops.ReduceSum(keep_dims=True)(x, axis)`):
thin shells over the functions of `ops.functional`, which hold the one definition of each op."""
from ..common import dtype as mstype
from . import functional as F


class PrimitiveOp:
    """Base of the primitive classes: configured by `__init__`, applied by `__call__`."""

    def __init__(self, name=None):
        self.name = name or type(self).__name__

    def __repr__(self):
        return f'Prim[{self.name}]'


def _shell(name, fn):
    """A primitive class without attributes, calling `fn` on its arguments."""
    def __call__(self, *args):
        return fn(*args)
    return type(name, (PrimitiveOp,), {'__call__': __call__,
                                       '__doc__': f'`{name}()(...)` is `ops.{fn.__name__}(...)`.'})


Add, Sub, Mul, Div = (_shell(n, f) for n, f in (('Add', F.add), ('Sub', F.sub),
                                                  ('Mul', F.mul), ('Div', F.div)))
RealDiv, Pow = _shell('RealDiv', F.div), _shell('Pow', F.pow)
Maximum, Minimum = _shell('Maximum', F.maximum), _shell('Minimum', F.minimum)
Neg, Abs, Exp, Log = (_shell(n, f) for n, f in (('Neg', F.neg), ('Abs', F.abs),
                                                  ('Exp', F.exp), ('Log', F.log)))
Sqrt, Square, Sin, Cos = (_shell(n, f) for n, f in (('Sqrt', F.sqrt), ('Square', F.square),
                                                     ('Sin', F.sin), ('Cos', F.cos)))
Tanh, Sigmoid, ReLU = _shell('Tanh', F.tanh), _shell('Sigmoid', F.sigmoid), _shell('ReLU', F.relu)
Equal, Select = _shell('Equal', F.equal), _shell('Select', F.where)
ZerosLike, OnesLike = _shell('ZerosLike', F.zeros_like), _shell('OnesLike', F.ones_like)
Reshape, Transpose = _shell('Reshape', F.reshape), _shell('Transpose', F.transpose)
ExpandDims, Assign = _shell('ExpandDims', F.expand_dims), _shell('Assign', F.assign)
Depend, Shape = _shell('Depend', F.depend), _shell('Shape', F.shape)
Rank, Size = _shell('Rank', F.rank), _shell('Size', F.size)


class MatMul(PrimitiveOp):
    """`MatMul(transpose_a=False, transpose_b=False)(x, y)`: 2-D matrix product."""

    def __init__(self, transpose_a=False, transpose_b=False):
        super().__init__()
        self.transpose_a, self.transpose_b = transpose_a, transpose_b

    def __call__(self, x, y):
        return F.matmul(x.T if self.transpose_a else x, y.T if self.transpose_b else y)


class BatchMatMul(MatMul):
    """`BatchMatMul(transpose_a=False, transpose_b=False)(x, y)` over leading batch axes."""

    def __call__(self, x, y):
        def last2(t):
            return F.transpose(t, tuple(range(t.ndim - 2)) + (t.ndim - 1, t.ndim - 2))
        return F.matmul(last2(x) if self.transpose_a else x, last2(y) if self.transpose_b else y)


class _Reduce(PrimitiveOp):
    def __init__(self, keep_dims=False):
        super().__init__()
        self.keep_dims = keep_dims

    def __call__(self, x, axis=()):
        return self.fn(x, axis, self.keep_dims)


class ReduceSum(_Reduce):
    """`ReduceSum(keep_dims=False)(x, axis=())`: sum; an empty axis means every axis."""
    fn = staticmethod(lambda x, axis, keep: F.sum(x, axis, keep))


class ReduceMean(_Reduce):
    """`ReduceMean(keep_dims=False)(x, axis=())`: mean; an empty axis means every axis."""
    fn = staticmethod(F.mean)


class ReduceMax(_Reduce):
    """`ReduceMax(keep_dims=False)(x, axis=())`: maximum; an empty axis means every axis."""
    fn = staticmethod(F.amax)


class Concat(PrimitiveOp):
    """`Concat(axis=0)(tensors)`."""

    def __init__(self, axis=0):
        super().__init__()
        self.axis = axis

    def __call__(self, tensors):
        return F.concat(tensors, self.axis)


class Stack(Concat):
    """`Stack(axis=0)(tensors)`."""

    def __call__(self, tensors):
        return F.stack(tensors, self.axis)


class Squeeze(PrimitiveOp):
    """`Squeeze(axis=())(x)`."""

    def __init__(self, axis=()):
        super().__init__()
        self.axis = axis

    def __call__(self, x):
        return F.squeeze(x, self.axis if self.axis != () else None)


class Cast(PrimitiveOp):
    """`Cast()(x, dtype)`."""

    def __call__(self, x, dtype):
        return F.cast(x, dtype)


class Fill(PrimitiveOp):
    """`Fill()(dtype, shape, value)`."""

    def __call__(self, dtype, shape, value):
        return F.full(shape, value, dtype=dtype or mstype.float32)
