"""Tensor repr in MindSpore 2.10's format: `Tensor(shape=[2], dtype=Float32, value= [...])`.

MindSpore's printer: floats as `%.8e` (`%.4e` for float16) with a sign column, ints and
bools right-aligned to a common width; 1-D tensors wrap after 12 elements (24 for ints) and
show 3 ... 3 elements beyond 1000; in 2-D and up, every axis longer than 6 shows 3 ... 3.
"""
import numpy as np

EDGE = 3


def _nonfinite(v):
    """`nan`, `-nan` (a NaN with its sign bit set, as sqrt(-1) gives), `inf` or `-inf`."""
    if np.isnan(v):
        return '-nan' if np.signbit(v) else 'nan'
    return 'inf' if v > 0 else '-inf'


def _scalar(value, np_dtype):
    if np_dtype.kind == 'f' and not np.isfinite(value):
        return _nonfinite(value)
    if np_dtype.kind == 'b':
        return str(bool(value))
    if np_dtype.kind in 'iu':
        return str(int(value))
    if np_dtype.kind == 'c':
        return str(complex(value))
    return '%g' % float(value)


def _formatter(arr, shown):
    """A function formatting one element of `arr`; widths from the elements `shown`."""
    kind = arr.dtype.kind
    if kind == 'f':
        spec = '% .4e' if arr.dtype == np.float16 else '% .8e'
        width = len(spec % 1.0)
        return lambda v: spec % v if np.isfinite(v) else _nonfinite(v).rjust(width)
    if kind == 'b':
        return lambda v: str(bool(v)).rjust(5)
    width = max((len(str(v)) for v in shown.ravel().tolist()), default=1)
    return lambda v: str(v).rjust(width)


def _shown(arr, summarize_axis):
    """The elements that are printed (edges only along summarized axes)."""
    for axis in range(arr.ndim):
        if summarize_axis(arr.shape[axis]):
            idx = list(range(EDGE)) + list(range(arr.shape[axis] - EDGE, arr.shape[axis]))
            arr = np.take(arr, idx, axis=axis)
    return arr


def _vector(values, fmt, summarize, per_line):
    items = [fmt(v) for v in values.tolist()]
    if summarize:
        return '[' + ', '.join(items[:EDGE]) + ' ... ' + ', '.join(items[-EDGE:]) + ']'
    if per_line is None:
        return '[' + ', '.join(items) + ']'
    out = '['
    for i, item in enumerate(items):
        out += item
        if i + 1 < len(items):
            out += ', '
        if (i + 1) % per_line == 0:
            out += '\n '
    return out + ']'


def _block(arr, fmt, summarize_axis, depth):
    if arr.ndim == 1:
        return _vector(arr, fmt, summarize_axis(arr.shape[0]), None)
    n = arr.shape[0]
    indent = '\n' + ' ' * (depth + 1)
    parts = [_block(arr[i], fmt, summarize_axis, depth + 1) for i in range(n)]
    if summarize_axis(n):
        body = (',' + indent).join(parts[:EDGE]) + ',' + indent + '...' + indent + \
            (',' + indent).join(parts[-EDGE:])
    else:
        body = (',' + indent).join(parts)
    return '[' + body + ']'


def format_values(arr):
    """The text after `value=` in a Tensor repr."""
    if arr.ndim == 0:
        return ' ' + _scalar(arr.item(), arr.dtype)
    if arr.size == 0:
        return ' ' if arr.ndim == 1 else '\n'
    if arr.ndim == 1:
        summarize = arr.size > 1000
        shown = _shown(arr, lambda n: summarize)
        per_line = 24 if arr.dtype.kind in 'iu' else 12
        return ' ' + _vector(arr if not summarize else shown, _formatter(arr, shown), summarize,
                             per_line)
    summarize_axis = lambda n: n > 2 * EDGE  # noqa: E731
    shown = _shown(arr, summarize_axis)
    return '\n' + _block(arr, _formatter(arr, shown), summarize_axis, 0)


def tensor_repr(arr, dtype):
    shape = ', '.join(str(d) for d in arr.shape)
    return f'Tensor(shape=[{shape}], dtype={dtype}, value={format_values(arr)})'
