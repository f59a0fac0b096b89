"""Image transforms on HWC (or HW) NumPy arrays."""
from enum import Enum

import numpy as np

from .. import config
from ..transforms.transforms import _array, _np_dtype

__all__ = ['Inter', 'Border', 'Rescale', 'Normalize', 'HWC2CHW', 'Resize', 'ToTensor',
           'RandomCrop', 'RandomHorizontalFlip', 'RandomVerticalFlip', 'CenterCrop']


class Inter(Enum):
    """Interpolation modes (Resize implements NEAREST and LINEAR/BILINEAR)."""
    NEAREST = 0
    LINEAR = 1
    BILINEAR = 1
    CUBIC = 2
    BICUBIC = 2
    AREA = 3
    PILCUBIC = 4
    ANTIALIAS = 5


class Border(Enum):
    """Padding modes."""
    CONSTANT = 'constant'
    EDGE = 'edge'
    REFLECT = 'reflect'
    SYMMETRIC = 'symmetric'


def _size2(size, name='size'):
    if isinstance(size, int) and not isinstance(size, bool):
        return size, size
    if isinstance(size, (list, tuple)) and len(size) == 2:
        return int(size[0]), int(size[1])
    raise TypeError(f'{name} should be a single integer or a list/tuple (h, w) of length 2.')


def _image(img):
    img = _array(img)
    if img.ndim not in (2, 3):
        raise RuntimeError(f'The image must be <H, W> or <H, W, C>, but got shape {img.shape}.')
    return img


class Rescale:
    """`image * rescale + shift`, as float32.

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.Rescale(1 / 255, 0)(np.array([[0, 255]], np.uint8))
        array([[0., 1.]], dtype=float32)
    """

    def __init__(self, rescale, shift):
        self.rescale, self.shift = rescale, shift

    def __call__(self, img):
        return (_array(img).astype(np.float32) * np.float32(self.rescale)
                + np.float32(self.shift)).astype(np.float32)

    _batch = __call__


class Normalize:
    """`(image - mean) / std` per channel, as float32 (channels last, or first if not is_hwc).

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.Normalize([1, 2, 3], [2, 2, 2])(np.zeros((1, 1, 3), np.uint8))
        array([[[-0.5, -1. , -1.5]]], dtype=float32)
    """

    def __init__(self, mean, std, is_hwc=True):
        self.mean, self.std, self.is_hwc = list(mean), list(std), is_hwc
        if len(self.mean) != len(self.std):
            raise ValueError('Length of mean and std must be equal.')
        if any(s <= 0 for s in self.std):
            raise ValueError('std must be positive.')

    def __call__(self, img):
        img = _image(img).astype(np.float32)
        mean, std = np.float32(self.mean), np.float32(self.std)
        if img.ndim == 3 and not self.is_hwc:
            mean, std = mean[:, None, None], std[:, None, None]
        return ((img - mean) / std).astype(np.float32)

    def _batch(self, images):
        """The same on a stack of images (rows of a `map` right before `batch`)."""
        if images.ndim not in (3, 4):
            return np.stack([self(img) for img in images])
        mean, std = np.float32(self.mean), np.float32(self.std)
        if images.ndim == 4 and not self.is_hwc:
            mean, std = mean[:, None, None], std[:, None, None]
        return ((images.astype(np.float32) - mean) / std).astype(np.float32)


class HWC2CHW:
    """Move the channel axis first: (H, W, C) to (C, H, W); an (H, W) image is unchanged.

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.HWC2CHW()(np.zeros((4, 5, 3))).shape
        (3, 4, 5)
    """

    def __call__(self, img):
        img = _image(img)
        return np.ascontiguousarray(img.transpose(2, 0, 1)) if img.ndim == 3 else img

    def _batch(self, images):
        """The same on a stack of images (rows of a `map` right before `batch`)."""
        if images.ndim not in (3, 4):
            return np.stack([self(img) for img in images])
        return np.ascontiguousarray(images.transpose(0, 3, 1, 2)) if images.ndim == 4 else images


def _resize_linear(img, oh, ow):
    h, w = img.shape[:2]

    def axis(n_out, n_in):
        f = (np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5
        f = np.maximum(f, 0.0)
        i0 = np.minimum(np.floor(f).astype(np.int64), n_in - 1)
        wgt = f - i0
        i1 = np.minimum(i0 + 1, n_in - 1)
        return i0, i1, wgt
    y0, y1, wy = axis(oh, h)
    x0, x1, wx = axis(ow, w)
    if img.dtype == np.uint8:   # OpenCV's fixed-point arithmetic (11-bit weights)
        ax0, ax1 = np.rint((1 - wx) * 2048).astype(np.int64), np.rint(wx * 2048).astype(np.int64)
        ay0, ay1 = np.rint((1 - wy) * 2048).astype(np.int64), np.rint(wy * 2048).astype(np.int64)
        src = img.astype(np.int64)
        if img.ndim == 3:
            ax0, ax1, ay0, ay1 = ax0[:, None], ax1[:, None], ay0[:, None, None], ay1[:, None, None]
        else:
            ay0, ay1 = ay0[:, None], ay1[:, None]
        h0 = src[y0][:, x0] * ax0 + src[y0][:, x1] * ax1
        h1 = src[y1][:, x0] * ax0 + src[y1][:, x1] * ax1
        out = (((ay0 * (h0 >> 4)) >> 16) + ((ay1 * (h1 >> 4)) >> 16) + 2) >> 2
        return np.clip(out, 0, 255).astype(np.uint8)
    src = img.astype(np.float64)
    if img.ndim == 3:
        wy, wx = wy[:, None, None], wx[None, :, None]
    else:
        wy, wx = wy[:, None], wx[None, :]
    top = src[y0][:, x0] * (1 - wx) + src[y0][:, x1] * wx
    bottom = src[y1][:, x0] * (1 - wx) + src[y1][:, x1] * wx
    out = top * (1 - wy) + bottom * wy
    if np.issubdtype(img.dtype, np.integer):
        info = np.iinfo(img.dtype)
        out = np.clip(np.floor(out + 0.5), info.min, info.max)
    return out.astype(img.dtype)


class Resize:
    """Resize to `size` (h, w); an int resizes the shorter side, keeping the aspect ratio.

    Bilinear (half-pixel centres, as OpenCV) or nearest interpolation.

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.Resize((2, 2))(np.array([[0, 2, 4, 6]] * 4, np.float32))
        array([[1., 5.],
               [1., 5.]], dtype=float32)
        >>> vision.Resize(4)(np.zeros((6, 8, 3), np.uint8)).shape
        (4, 5, 3)
    """

    def __init__(self, size, interpolation=Inter.LINEAR):
        if isinstance(size, (list, tuple)) and len(size) == 1:
            size = size[0]
        self.size = size
        if interpolation not in (Inter.LINEAR, Inter.NEAREST):
            raise ValueError('Resize supports Inter.LINEAR and Inter.NEAREST, not '
                             f'{interpolation}.')
        self.interpolation = interpolation
        if isinstance(size, int):
            if size <= 0:
                raise ValueError('size must be positive.')
        else:
            _size2(size)

    def __call__(self, img):
        img = _image(img)
        h, w = img.shape[:2]
        if isinstance(self.size, int):
            s = self.size
            oh, ow = (s, int(w * s / h)) if h <= w else (int(h * s / w), s)
        else:
            oh, ow = _size2(self.size)
        if self.interpolation == Inter.NEAREST:
            ys = np.minimum(np.floor(np.arange(oh) * (h / oh)).astype(np.int64), h - 1)
            xs = np.minimum(np.floor(np.arange(ow) * (w / ow)).astype(np.int64), w - 1)
            return img[ys][:, xs]
        return _resize_linear(img, oh, ow)


class ToTensor:
    """HWC image to CHW `output_type` (float32) scaled by 1/255; (H, W) gives (1, H, W).

    Example:
        >>> import minispore.dataset.vision as vision
        >>> out = vision.ToTensor()(np.full((2, 3, 3), 255, np.uint8))
        >>> out.shape, out.dtype, float(out.max())
        ((3, 2, 3), dtype('float32'), 1.0)
    """

    def __init__(self, output_type=np.float32):
        self.output_type = output_type
        self._np = _np_dtype(output_type)

    def __call__(self, img):
        img = _image(img)
        img = img[None] if img.ndim == 2 else img.transpose(2, 0, 1)
        return (img.astype(np.float64) / 255.0).astype(self._np)


def _pad(img, padding, fill_value, mode):
    if isinstance(padding, int):
        left = top = right = bottom = padding
    elif len(padding) == 2:
        left, top = padding
        right, bottom = padding
    else:
        left, top, right, bottom = padding
    widths = [(top, bottom), (left, right)] + [(0, 0)] * (img.ndim - 2)
    mode = mode.value if isinstance(mode, Border) else mode
    if mode != 'constant':
        return np.pad(img, widths, mode=mode)
    fill = np.asarray(fill_value, img.dtype)
    if fill.ndim == 0 or img.ndim == 2:
        return np.pad(img, widths, mode='constant', constant_values=fill.ravel()[0])
    out = np.empty((img.shape[0] + top + bottom, img.shape[1] + left + right, img.shape[2]),
                   img.dtype)
    out[...] = fill
    out[top:top + img.shape[0], left:left + img.shape[1]] = img
    return out


class RandomCrop:
    """Crop a random `size` (h, w) window, after optional padding.

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.RandomCrop(4, padding=2)(np.zeros((6, 8, 3), np.uint8)).shape
        (4, 4, 3)
    """

    def __init__(self, size, padding=None, pad_if_needed=False, fill_value=0,
                 padding_mode=Border.CONSTANT):
        self.size = _size2(size)
        self.padding, self.pad_if_needed = padding, pad_if_needed
        self.fill_value, self.padding_mode = fill_value, padding_mode

    def __call__(self, img):
        img = _image(img)
        if self.padding:
            img = _pad(img, self.padding, self.fill_value, self.padding_mode)
        th, tw = self.size
        if self.pad_if_needed and (img.shape[0] < th or img.shape[1] < tw):
            ph, pw = max(th - img.shape[0], 0), max(tw - img.shape[1], 0)
            img = _pad(img, (pw, ph, pw, ph), self.fill_value, self.padding_mode)
        h, w = img.shape[:2]
        if h < th or w < tw:
            raise RuntimeError(f'RandomCrop: crop size ({th}, {tw}) is greater than the image '
                               f'size ({h}, {w}).')
        rng = config._generator()
        y, x = int(rng.integers(h - th + 1)), int(rng.integers(w - tw + 1))
        return img[y:y + th, x:x + tw].copy()


class CenterCrop:
    """Crop the central `size` (h, w) window.

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.CenterCrop(2)(np.arange(16).reshape(4, 4))
        array([[ 5,  6],
               [ 9, 10]])
    """

    def __init__(self, size):
        self.size = _size2(size)

    def __call__(self, img):
        img = _image(img)
        th, tw = self.size
        h, w = img.shape[:2]
        if h < th or w < tw:
            ph, pw = max(th - h, 0), max(tw - w, 0)
            img = _pad(img, (pw // 2, ph // 2, pw - pw // 2, ph - ph // 2), 0, Border.CONSTANT)
            h, w = img.shape[:2]
        y, x = (h - th) // 2, (w - tw) // 2
        return img[y:y + th, x:x + tw].copy()


class _RandomFlip:
    """Mirror the image along `_axis` (0: rows, 1: columns) with probability `prob`."""
    _axis = 0

    def __init__(self, prob=0.5):
        if not 0.0 <= prob <= 1.0:
            raise ValueError('Input prob is not within the required interval of [0.0, 1.0].')
        self.prob = prob

    def __call__(self, img):
        img = _image(img)
        if config._generator().random() < self.prob:
            return np.flip(img, self._axis).copy()
        return img


class RandomHorizontalFlip(_RandomFlip):
    """Mirror the image left-right with probability `prob`.

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.RandomHorizontalFlip(1.0)(np.array([[1, 2, 3]]))
        array([[3, 2, 1]])
    """
    _axis = 1


class RandomVerticalFlip(_RandomFlip):
    """Mirror the image top-bottom with probability `prob`.

    Example:
        >>> import minispore.dataset.vision as vision
        >>> vision.RandomVerticalFlip(1.0)(np.array([[1], [2]]))
        array([[2],
               [1]])
    """
