"""General data transforms: TypeCast, OneHot, Compose."""
import numpy as np

from ...common import dtype as _dtype

__all__ = ['TypeCast', 'OneHot', 'Compose']


def _np_dtype(data_type):
    if isinstance(data_type, _dtype.Type):
        return np.dtype(_dtype.dtype_to_nptype(data_type))
    return np.dtype(data_type)


def _array(x):
    return x.asnumpy() if hasattr(x, 'asnumpy') else np.asarray(x)


class TypeCast:
    """Cast an array to `data_type` (a MindSpore dtype or a NumPy dtype).

    Example:
        >>> import minispore.dataset.transforms as T
        >>> T.TypeCast(mindspore.int32)(np.array([1.7, 2.2])).dtype
        dtype('int32')
    """

    def __init__(self, data_type):
        self.data_type = data_type
        self._np = _np_dtype(data_type)

    def __call__(self, data):
        return _array(data).astype(self._np)

    _batch = __call__


class OneHot:
    """One-hot encode integer labels into `num_classes` columns, keeping the label dtype.

    With `smoothing_rate` r the entries are 1 - r + r / num_classes and r / num_classes (float64).

    Example:
        >>> import minispore.dataset.transforms as T
        >>> T.OneHot(4)(np.array([1, 3], np.int32))
        array([[0, 1, 0, 0],
               [0, 0, 0, 1]], dtype=int32)
    """

    def __init__(self, num_classes, smoothing_rate=0.0):
        if isinstance(num_classes, bool) or not isinstance(num_classes, int) or num_classes < 1:
            raise ValueError('num_classes must be a positive integer.')
        if not 0.0 <= smoothing_rate <= 1.0:
            raise ValueError('smoothing_rate is not within the required interval of [0.0, 1.0].')
        self.num_classes, self.smoothing_rate = num_classes, smoothing_rate

    def __call__(self, label):
        label = _array(label)
        if not np.issubdtype(label.dtype, np.integer):
            raise RuntimeError(f'OneHot: the input must be of integer type, but got {label.dtype}.')
        if (label < 0).any() or (label >= self.num_classes).any():
            raise RuntimeError(f'OneHot: the label is out of the range [0, {self.num_classes}).')
        eye = np.eye(self.num_classes)
        if self.smoothing_rate:
            eye = eye * (1 - self.smoothing_rate) + self.smoothing_rate / self.num_classes
            return eye[label]
        return eye[label].astype(label.dtype)

    _batch = __call__


class Compose:
    """Apply transforms one after another (a tuple result feeds the next one's arguments).

    Example:
        >>> import minispore.dataset.transforms as T
        >>> T.Compose([lambda x: x + 1, T.TypeCast(np.float32)])(np.array([1, 2]))
        array([2., 3.], dtype=float32)
    """

    def __init__(self, transforms):
        transforms = list(transforms) if isinstance(transforms, (list, tuple)) else [transforms]
        if not transforms or not all(callable(t) for t in transforms):
            raise TypeError('transforms must be a non-empty list of callables.')
        self.transforms = transforms

    def __call__(self, *args):
        for t in self.transforms:
            out = t(*args)
            args = out if isinstance(out, tuple) else (out,)
        return args[0] if len(args) == 1 else args
