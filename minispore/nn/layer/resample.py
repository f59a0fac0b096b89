"""Layers that resample or pad images: Upsample, ZeroPad2d, PixelShuffle, PixelUnshuffle."""
from ...ops import array_func as A
from ...ops import conv_func as C
from ...ops import nn_func as N
from ..cell import Cell


class Upsample(Cell):
    """`ops.interpolate` as a layer: resample the spatial axes of its input to `size`, or by
    `scale_factor`, with `mode` ('nearest', 'linear', 'bilinear', 'bicubic', 'trilinear', ...).

    Example:
        >>> up = nn.Upsample(size=(2, 4), mode='bilinear', align_corners=True)
        >>> print(up(Tensor(np.array([[[[1., 4.]]]], np.float32))))
        [[[[1. 2. 3. 4.]
           [1. 2. 3. 4.]]]]
    """

    def __init__(self, size=None, scale_factor=None, mode='nearest', align_corners=None,
                 recompute_scale_factor=None):
        super().__init__()
        self.size = size
        self.scale_factor = scale_factor
        self.mode = mode
        self.align_corners = align_corners
        self.recompute_scale_factor = recompute_scale_factor

    def construct(self, x):
        return C.interpolate(x, self.size, self.scale_factor, self.mode, self.align_corners,
                             self.recompute_scale_factor)


class ZeroPad2d(Cell):
    """Pad the last two axes with zeros: `padding` is an int (all four sides) or a tuple
    (left, right[, top, bottom]); negative entries crop.

    Example:
        >>> print(nn.ZeroPad2d((1, 0, 0, 1))(Tensor(np.array([[[1, 2], [3, 4]]], np.int32))))
        [[[0 1 2]
          [0 3 4]
          [0 0 0]]]
    """

    def __init__(self, padding):
        super().__init__()
        if isinstance(padding, int) and not isinstance(padding, bool):
            padding = (padding,) * 4
        elif isinstance(padding, tuple):
            if len(padding) % 2:
                raise ValueError("For 'ZeroPad2d', the length of parameter 'padding' with tuple "
                                 f"type must be a multiple of 2, but got {len(padding)}")
            if len(padding) > 4:
                raise ValueError("For 'ZeroPad2d', the length of parameter 'padding' with tuple "
                                 f"type must no more than 4.but got {len(padding)}")
        else:
            raise TypeError("For 'ZeroPad2d', the type of parameter 'padding' must be in [int, "
                            f"tuple], but got {type(padding)}")
        self.padding = padding
        self.value = 0

    def construct(self, x):
        return A.pad(x, self.padding, mode='constant', value=self.value)


class PixelShuffle(Cell):
    """`ops.pixel_shuffle` as a layer: (*, C * r * r, H, W) to (*, C, H * r, W * r).

    Example:
        >>> nn.PixelShuffle(3)(ops.ones((2, 18, 4, 4))).shape
        (2, 2, 12, 12)
    """

    def __init__(self, upscale_factor):
        super().__init__()
        self.upscale_factor = upscale_factor

    def construct(self, input):
        return N.pixel_shuffle(input, self.upscale_factor)


class PixelUnshuffle(Cell):
    """`ops.pixel_unshuffle` as a layer: (*, C, H * r, W * r) to (*, C * r * r, H, W).

    Example:
        >>> nn.PixelUnshuffle(3)(ops.ones((2, 2, 12, 12))).shape
        (2, 18, 4, 4)
    """

    def __init__(self, downscale_factor):
        super().__init__()
        self.downscale_factor = downscale_factor

    def construct(self, input):
        return N.pixel_unshuffle(input, self.downscale_factor)


__all__ = ['Upsample', 'ZeroPad2d', 'PixelShuffle', 'PixelUnshuffle']
