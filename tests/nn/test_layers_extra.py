"""nn.Upsample, nn.ZeroPad2d, nn.PixelShuffle, nn.PixelUnshuffle and ops.pixel_shuffle /
pixel_unshuffle: values against NumPy, derivatives against finite differences (outputs, reprs
and errors against real MindSpore: conformance case nn_extra_resample.py)."""
import numpy as np
import pytest

from minispore import Tensor, nn, ops
from minispore.testing import check_grads

rng = np.random.default_rng(0)
IMG = rng.standard_normal((2, 8, 3, 2))


def numpy_pixel_shuffle(x, r):
    n, c, h, w = x.shape
    out = np.empty((n, c // (r * r), h * r, w * r), x.dtype)
    for k in range(c // (r * r)):
        for i in range(r):
            for j in range(r):
                out[:, k, i::r, j::r] = x[:, k * r * r + i * r + j]
    return out


def test_pixel_shuffle_and_unshuffle_values():
    out = nn.PixelShuffle(2)(Tensor(IMG))
    np.testing.assert_array_equal(out.asnumpy(), numpy_pixel_shuffle(IMG, 2))
    back = nn.PixelUnshuffle(2)(out)
    np.testing.assert_array_equal(back.asnumpy(), IMG)
    batch = rng.standard_normal((2, 3, 9, 2, 2)).astype(np.float32)
    assert ops.pixel_shuffle(Tensor(batch), 3).shape == (2, 3, 1, 6, 6)
    assert repr(nn.PixelShuffle(2)) == 'PixelShuffle()'


def test_pixel_shuffle_errors():
    with pytest.raises(ValueError, match='not divisibleby `upscale_factor` squared'):
        ops.pixel_shuffle(Tensor(IMG), 3)
    with pytest.raises(ValueError, match='should be divisible by downscale_factor'):
        ops.pixel_unshuffle(Tensor(IMG), 2)
    with pytest.raises(ValueError, match='the dimension of `input` should be larger than 2, but got 2'):
        ops.pixel_shuffle(Tensor(np.ones((4, 2))), 2)
    with pytest.raises(TypeError, match="The 'upscale_factor' must be int, but got 'float'"):
        ops.pixel_shuffle(Tensor(IMG), 2.0)


def test_zero_pad_values():
    x = rng.standard_normal((1, 2, 3, 4))
    np.testing.assert_array_equal(nn.ZeroPad2d((1, 2, 0, 3))(Tensor(x)).asnumpy(),
                                  np.pad(x, ((0, 0), (0, 0), (0, 3), (1, 2))))
    np.testing.assert_array_equal(nn.ZeroPad2d(1)(Tensor(x)).asnumpy(), np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1))))
    np.testing.assert_array_equal(nn.ZeroPad2d((1, 1, 0, -1))(Tensor(x)).asnumpy(),
                                  np.pad(x, ((0, 0), (0, 0), (0, 0), (1, 1)))[:, :, :-1])
    with pytest.raises(ValueError, match='must be a multiple of 2, but got 3'):
        nn.ZeroPad2d((1, 2, 3))
    with pytest.raises(TypeError, match=r"must be in \[int, tuple\]"):
        nn.ZeroPad2d([1, 1])


def test_upsample_values():
    x = Tensor(np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4))
    np.testing.assert_array_equal(nn.Upsample(size=(8, 8))(x).asnumpy(),
                                  np.arange(16, dtype=np.float32).reshape(4, 4).repeat(2, 0).repeat(2, 1)[None, None])
    out = nn.Upsample(size=(3, 5), mode='bilinear', align_corners=True)(x).asnumpy()
    np.testing.assert_allclose(out[0, 0], np.linspace(0, 12, 3)[:, None] + np.linspace(0, 3, 5)[None], rtol=1e-6)
    assert repr(nn.Upsample(scale_factor=2.0)) == 'Upsample()'


@pytest.mark.parametrize('layer', [nn.PixelShuffle(2), nn.PixelUnshuffle(1), nn.ZeroPad2d((1, 2, -1, 1)),
                                   nn.Upsample(size=(5, 3)), nn.Upsample(size=(4, 5), mode='bilinear'),
                                   nn.Upsample(size=(4, 5), mode='bilinear', align_corners=True)],
                         ids=['shuffle', 'unshuffle', 'pad', 'nearest', 'bilinear', 'bilinear_corners'])
def test_gradients(layer):
    check_grads(layer, (Tensor(IMG),))


def test_unshuffle_gradients():
    check_grads(nn.PixelUnshuffle(2), (Tensor(rng.standard_normal((1, 2, 4, 2))),))
