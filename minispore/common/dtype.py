"""MindSpore dtype objects (`mindspore.float32` ...) and their mapping to NumPy dtypes."""
import numpy as np


class Type:
    """A MindSpore data type: `str` gives `Float32`, `repr` gives `mindspore.float32`.

    Example:
        >>> print(mindspore.float32)
        Float32
        >>> mindspore.float32
        mindspore.float32
    """
    __slots__ = ('name', 'np_dtype', 'pyname')

    def __init__(self, name, np_dtype, pyname):
        self.name, self.np_dtype, self.pyname = name, np.dtype(np_dtype), pyname

    def __str__(self):
        return self.name

    def __repr__(self):
        return 'mindspore.' + self.pyname

    def __eq__(self, other):
        if isinstance(other, Type):
            return self.np_dtype == other.np_dtype
        return NotImplemented

    def __hash__(self):
        return hash(self.np_dtype)

    def __reduce__(self):
        return (_by_pyname, (self.pyname,))


float16 = Type('Float16', np.float16, 'float16')
float32 = Type('Float32', np.float32, 'float32')
float64 = Type('Float64', np.float64, 'float64')
int8 = Type('Int8', np.int8, 'int8')
int16 = Type('Int16', np.int16, 'int16')
int32 = Type('Int32', np.int32, 'int32')
int64 = Type('Int64', np.int64, 'int64')
uint8 = Type('UInt8', np.uint8, 'uint8')
uint16 = Type('UInt16', np.uint16, 'uint16')
uint32 = Type('UInt32', np.uint32, 'uint32')
uint64 = Type('UInt64', np.uint64, 'uint64')
bool_ = Type('Bool', np.bool_, 'bool')
complex64 = Type('Complex64', np.complex64, 'complex64')
complex128 = Type('Complex128', np.complex128, 'complex128')
# NumPy has no bfloat16; it is stored as float32 and keeps its MindSpore name only here.
bfloat16 = Type('BFloat16', np.float32, 'bfloat16')

# MindSpore's aliases.
half, single, double = float16, float32, float64
float_, int_, uint, long, short = float32, int32, uint32, int64, int16

_ALL = (float16, float32, float64, int8, int16, int32, int64, uint8, uint16, uint32, uint64,
        bool_, complex64, complex128)
_FROM_NP = {t.np_dtype: t for t in _ALL}
_PY_TYPES = {float: float32, int: int64, bool: bool_, complex: complex64}


def _by_pyname(pyname):
    return bool_ if pyname == 'bool' else globals()[pyname]


def from_numpy(np_dtype):
    """The MindSpore Type of a NumPy dtype, e.g. `from_numpy(np.float32) is float32`."""
    try:
        return _FROM_NP[np_dtype]
    except KeyError:
        return _FROM_NP[np.dtype(np_dtype)]


def to_numpy(dtype):
    """The NumPy dtype of a MindSpore Type (also accepts NumPy dtypes and Python types)."""
    if dtype.__class__ is Type:
        return dtype.np_dtype
    if dtype in _PY_TYPES:
        return _PY_TYPES[dtype].np_dtype
    try:
        return np.dtype(dtype)
    except TypeError:
        raise TypeError(f"The dtype must be a mindspore dtype such as mindspore.float32, "
                        f"but got {dtype!r}.") from None


def dtype_to_nptype(dtype):
    """MindSpore's name for `to_numpy`: the NumPy type of a MindSpore dtype."""
    return to_numpy(dtype).type

