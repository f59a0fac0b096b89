"""Tensor repr in MindSpore 2.10's format: `Tensor(shape=[2], dtype=Float32, value= [...])`."""
import numpy as np


def _float_formatter(digits, width):
    def fmt(v):
        if np.isfinite(v):
            return '% .{}e'.format(digits) % v
        return str(float(v)).rjust(width)
    return fmt


def _scalar(value, np_dtype):
    if np_dtype.kind == 'b':
        return str(bool(value))
    if np_dtype.kind in 'iu':
        return str(int(value))
    if np_dtype.kind == 'c':
        return str(complex(value))
    return '%g' % float(value)


def format_values(arr):
    """The `value=` part of a repr: a 0-d scalar `%g`-style, arrays `%.8e` with sign column."""
    if arr.ndim == 0:
        return ' ' + _scalar(arr.item(), arr.dtype)
    if arr.size == 0:
        return '\n'
    formatter = {}
    if arr.dtype.kind == 'f':
        digits = 4 if arr.dtype == np.float16 else 8
        formatter = {'float_kind': _float_formatter(digits, digits + 7)}
    body = np.array2string(arr, separator=', ', formatter=formatter, threshold=1000,
                           edgeitems=3, max_line_width=10 ** 9, prefix='')
    return ('\n' if arr.ndim >= 2 else ' ') + body


def tensor_repr(arr, dtype):
    shape = ', '.join(str(d) for d in arr.shape)
    return f'Tensor(shape=[{shape}], dtype={dtype}, value={format_values(arr)})'
