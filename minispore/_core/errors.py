"""MindSpore's error messages for failures a kernel reports in NumPy's words."""
import re

import numpy as np

# MindSpore's names of the primitives behind `ops.add` ..., as its messages print them.
MS_NAMES = {'add': 'AddExt', 'sub': 'SubExt', 'mul': 'Mul', 'div': 'Div', 'pow': 'Pow',
            'matmul': 'MatMulExt'}


def _ms_name(prim):
    return MS_NAMES.get(prim.name, ''.join(w.title() for w in prim.name.split('_')))


def _shape(x):
    return list(np.shape(x))


def _vector(shape):
    return '[const vector]{' + ', '.join(map(str, shape)) + '}'


def _not_broadcast(op, x, y, a, b):
    """MindSpore's ValueError for shapes `a` (of `x`) and `b` (of `y`) that do not broadcast,
    or None when they do. MindSpore reports the first mismatch from the left, numbering the
    axes as its kernel does: rank + min(ranks) + (negative aligned position)."""
    a, b = list(a), list(b)
    m = min(len(a), len(b))
    for i in range(-m, 0):
        if a[i] != b[i] and 1 not in (a[i], b[i]):
            return ValueError(
                f"For '{op}', {x}.shape and {y}.shape need to broadcast. The value of "
                f"{x}.shape[{len(a) + m + i}] or {y}.shape[{len(b) + m + i}] must be 1 or -1 "
                f"when they are not the same, but got {x}.shape = {a} and {y}.shape = {b}")
    return None


def explain(prim, raw, error):
    """The exception MindSpore raises for `error` from `prim`'s kernel, or None to keep it."""
    if prim.name == 'matmul' and len(raw) == 2:
        a, b = _shape(raw[0]), _shape(raw[1])
        ka, kb = a[-1], (b[-2] if len(b) > 1 else b[-1])
        if ka != kb:
            return RuntimeError(f"For 'MatMulExt' op, shape1[-1] must be equal to shape2[-2], "
                                f"but got {ka} and {kb}.")
    if prim.name == 'select' and len(raw) == 3 and 'broadcast' in str(error):
        names = ('condition', 'input', 'other')
        for i, j in ((1, 2), (0, 1), (0, 2)):
            e = _not_broadcast('Select', names[i], names[j], _shape(raw[i]), _shape(raw[j]))
            if e is not None:
                return e
    if prim.name == 'broadcast_to' and isinstance(error, ValueError):
        target = tuple(int(d) for d in re.findall(r'\(([\d, ]*)\)', str(error))[-1].split(',') if d)
        return ValueError(f"For 'BroadcastTo', in order to broadcast, each dimension pair must "
                          f"be equal or input dimension is 1 or target dimension is -1. But got "
                          f"x_shape: {np.shape(raw[0])}, target shape: {target}.")
    if prim.name == 'concat' and isinstance(error, ValueError):
        shapes = ', '.join(_vector(np.shape(x)) for x in raw)
        return ValueError(f"For primitive[Concat] only support one axis different, bug got more "
                          f"than one(shapes is [const vector]{{{shapes}}})!")
    if prim.name == 'bce_with_logits' and isinstance(error, ValueError):
        return ValueError(f"For 'BCEWithLogitsLoss', two inputs 'input' and 'target' shape are "
                          f"not equal, 'input' shape: {_vector(np.shape(raw[0]))}, 'target' "
                          f"shape: {_vector(np.shape(raw[1]))}")
    if len(raw) == 2 and isinstance(error, ValueError) and 'broadcast' in str(error):
        x, y = ('input', 'other') if prim.name in ('add', 'sub') else ('input1', 'input2')
        e = _not_broadcast(_ms_name(prim), x, y, _shape(raw[0]), _shape(raw[1]))
        if e is not None:
            return e
    if prim.name == 'getitem' and isinstance(error, IndexError):
        text = str(error)
        if 'out of bounds' in text:
            return IndexError(text.split(' for axis')[0] + ' for dimension with size ' +
                              text.rsplit(' ', 1)[-1])
        if 'too many indices' in text:
            return IndexError(f'too many indices for tensor of dimension{np.ndim(raw[0])}')
    return None


def tensor_arguments(fn):
    """`fn` (an ops function) raising MindSpore's TypeError when an argument that must be a
    Tensor is a list, tuple, array or number, where `fn` would fail on a missing attribute."""
    import functools
    import inspect

    from ..common.tensor import Tensor

    @functools.wraps(fn)
    def op(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AttributeError as e:
            bound = inspect.signature(fn).bind_partial(*args, **kwargs).arguments
            for name, value in bound.items():
                kind = type(value).__name__
                if not isinstance(value, Tensor) and f"'{kind}' object has no attr" in str(e):
                    raise TypeError(f"For '{fn.__name__}', the argument '{name}' must be a "
                                    f"Tensor, but got {kind}; pass Tensor({name}) instead."
                                    ) from None
            raise
    return op
