"""MindSpore's error messages for failures a kernel reports in NumPy's words."""
import numpy as np

# MindSpore's names of the primitives behind `ops.add` ..., as its messages print them.
MS_NAMES = {'add': 'AddExt', 'sub': 'SubExt', 'mul': 'Mul', 'div': 'Div', 'pow': 'Pow',
            'matmul': 'MatMulExt'}


def _ms_name(prim):
    return MS_NAMES.get(prim.name, ''.join(w.title() for w in prim.name.split('_')))


def _shape(x):
    return list(np.shape(x))


def explain(prim, raw, error):
    """The exception MindSpore raises for `error` from `prim`'s kernel, or None to keep it."""
    if prim.name == 'matmul' and len(raw) == 2:
        a, b = _shape(raw[0]), _shape(raw[1])
        ka, kb = a[-1], (b[-2] if len(b) > 1 else b[-1])
        if ka != kb:
            return RuntimeError(f"For 'MatMulExt' op, shape1[-1] must be equal to shape2[-2], "
                                f"but got {ka} and {kb}.")
    if len(raw) == 2 and isinstance(error, ValueError) and 'broadcast' in str(error):
        a, b = _shape(raw[0]), _shape(raw[1])
        x, y = ('input', 'other') if prim.name in ('add', 'sub') else ('input1', 'input2')
        for i in range(1, min(len(a), len(b)) + 1):
            if a[-i] != b[-i] and 1 not in (a[-i], b[-i]):
                k = max(len(a), len(b)) - i + 1       # MindSpore counts axes from 1
                return ValueError(
                    f"For '{_ms_name(prim)}', {x}.shape and {y}.shape need to broadcast. "
                    f"The value of {x}.shape[{k}] or {y}.shape[{k}] must be 1 or -1 when "
                    f"they are not the same, but got {x}.shape = {a} and {y}.shape = {b}")
    if prim.name == 'getitem' and isinstance(error, IndexError):
        text = str(error)
        if 'out of bounds' in text:
            return IndexError(text.split(' for axis')[0] + ' for dimension with size ' +
                              text.rsplit(' ', 1)[-1])
        if 'too many indices' in text:
            return IndexError(f'too many indices for tensor of dimension{np.ndim(raw[0])}')
    return None
