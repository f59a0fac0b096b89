"""Convolution, pooling, resampling and patches: values against loop-based NumPy references,
derivatives against finite differences, MindSpore's conventions (ties, ceil mode, 'same'
padding, resize index rules), result dtypes and errors."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops

from opcheck import T, case, op_tests, reseed

reseed(10)


# ---- NumPy references: a loop over windows or kernel positions, written independently ----
def _out(size, k, s, before, after, d=1, ceil=False):
    span = d * (k - 1) + 1
    n = (size + before + after - span + (s - 1 if ceil else 0)) // s + 1
    if ceil and (n - 1) * s >= size + before:
        n -= 1
    return n


def conv_ref(x, w, b=None, stride=(1, 1), pads=((0, 0), (0, 0)), dilation=(1, 1), groups=1):
    xp = np.pad(x, ((0, 0), (0, 0)) + tuple(pads))
    co, cg, kh, kw = w.shape
    (sh, sw), (dh, dw) = stride, dilation
    ho = (xp.shape[2] - dh * (kh - 1) - 1) // sh + 1
    wo = (xp.shape[3] - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((x.shape[0], co, ho, wo))
    og = co // groups
    for g in range(groups):
        for a in range(kh):
            for c in range(kw):
                patch = xp[:, g * cg:(g + 1) * cg, a * dh:a * dh + sh * (ho - 1) + 1:sh,
                           c * dw:c * dw + sw * (wo - 1) + 1:sw]
                out[:, g * og:(g + 1) * og] += np.einsum('nchw,oc->nohw', patch,
                                                         w[g * og:(g + 1) * og, :, a, c])
    return out if b is None else out + b[:, None, None]


def conv_transpose_ref(x, w, b=None, stride=(1, 1), padding=(0, 0), output_padding=(0, 0),
                       groups=1, dilation=(1, 1)):
    n, ci, h, wd = x.shape
    _, og, kh, kw = w.shape
    cig = ci // groups
    (sh, sw), (ph, pw), (oh, ow), (dh, dw) = stride, padding, output_padding, dilation
    full = np.zeros((n, og * groups, (h - 1) * sh + dh * (kh - 1) + 1 + oh,
                     (wd - 1) * sw + dw * (kw - 1) + 1 + ow))
    for g in range(groups):
        for a in range(kh):
            for c in range(kw):
                full[:, g * og:(g + 1) * og, a * dh:a * dh + sh * (h - 1) + 1:sh,
                     c * dw:c * dw + sw * (wd - 1) + 1:sw] += np.einsum(
                    'nchw,co->nohw', x[:, g * cig:(g + 1) * cig], w[g * cig:(g + 1) * cig, :, a, c])
    out = full[:, :, ph:full.shape[2] - ph, pw:full.shape[3] - pw]
    return out if b is None else out + b[:, None, None]


def max_pool_ref(x, k, s, p, d=(1, 1), ceil=False):
    n, c, h, w = x.shape
    ho = _out(h, k[0], s[0], p[0], p[0], d[0], ceil)
    wo = _out(w, k[1], s[1], p[1], p[1], d[1], ceil)
    out, idx = np.zeros((n, c, ho, wo), x.dtype), np.zeros((n, c, ho, wo), np.int64)
    for i in range(ho):
        for j in range(wo):
            best, where = None, None
            for a in range(k[0]):
                for b in range(k[1]):
                    r, q = i * s[0] - p[0] + a * d[0], j * s[1] - p[1] + b * d[1]
                    if 0 <= r < h and 0 <= q < w:
                        v = x[:, :, r, q]
                        better = np.ones(v.shape, bool) if best is None else v > best
                        best = v if best is None else np.where(better, v, best)
                        where = np.where(better, r * w + q, where if where is not None else 0)
            out[:, :, i, j], idx[:, :, i, j] = best, where
    return out, idx


def avg_pool_ref(x, k, s, pads, ceil=False, include=True, divisor=0):
    n, c, h, w = x.shape
    (pt, pb), (pl, pr) = pads
    ho, wo = _out(h, k[0], s[0], pt, pb, 1, ceil), _out(w, k[1], s[1], pl, pr, 1, ceil)
    out = np.zeros((n, c, ho, wo))
    for i in range(ho):
        for j in range(wo):
            r0, q0 = i * s[0] - pt, j * s[1] - pl
            r1, q1 = min(r0 + k[0], h + pb), min(q0 + k[1], w + pr)
            area = (r1 - r0) * (q1 - q0)
            r0, q0, r1, q1 = max(r0, 0), max(q0, 0), min(r1, h), min(q1, w)
            total = x[:, :, r0:r1, q0:q1].sum((2, 3))
            out[:, :, i, j] = total / (divisor or (area if include else (r1 - r0) * (q1 - q0)))
    return out


def _bins(size, out):
    return [(i * size // out, -(-(i + 1) * size // out)) for i in range(out)]


def adaptive_ref(x, size, kind):
    h, w = x.shape[-2:]
    ho, wo = (h if size[0] is None else size[0]), (w if size[1] is None else size[1])
    out = np.zeros(x.shape[:-2] + (ho, wo), x.dtype)
    idx = np.zeros(out.shape, np.int64)
    for i, (r0, r1) in enumerate(_bins(h, ho)):
        for j, (q0, q1) in enumerate(_bins(w, wo)):
            win = x[..., r0:r1, q0:q1]
            if kind == 'avg':
                out[..., i, j] = win.mean((-2, -1))
            else:
                flat = win.reshape(win.shape[:-2] + (-1,))
                a = flat.argmax(-1)
                out[..., i, j] = flat.max(-1)
                idx[..., i, j] = (r0 + a // (q1 - q0)) * w + q0 + a % (q1 - q0)
    return out if kind == 'avg' else (out, idx)


def nearest_ref(x, size, exact=False):
    for axis, o in enumerate(size, 2):
        n = x.shape[axis]
        i = np.arange(o, dtype=np.float32) + (np.float32(0.5) if exact else 0)
        index = np.minimum(np.floor(i * (np.float32(n) / np.float32(o))).astype(int), n - 1)
        x = np.take(x, index, axis)
    return x


def linear_ref(x, size, align_corners=False):
    for axis, o in enumerate(size, 2):
        n = x.shape[axis]
        out = np.zeros(x.shape[:axis] + (o,) + x.shape[axis + 1:])
        for i in range(o):
            if align_corners:
                src = np.float32(i) * np.float32((n - 1) / (o - 1) if o > 1 else 0)
            elif o == 1 and x.ndim == 3:
                src = 0.0
            else:
                half = np.float32(0.5)
                src = max((np.float32(i) + half) * np.float32(n / o) - half, 0)
            lo = min(int(np.floor(src)), n - 1)
            hi, frac = min(lo + 1, n - 1), float(src) - lo
            out[(slice(None),) * axis + (i,)] = ((1 - frac) * np.take(x, lo, axis) +
                                                 frac * np.take(x, hi, axis))
        x = out
    return x


def area3d_ref(x, size):
    d, h, w = x.shape[2:]
    out = np.zeros(x.shape[:2] + size)
    for i, (p0, p1) in enumerate(_bins(d, size[0])):
        for j, (r0, r1) in enumerate(_bins(h, size[1])):
            for k, (q0, q1) in enumerate(_bins(w, size[2])):
                out[..., i, j, k] = x[..., p0:p1, r0:r1, q0:q1].mean((-3, -2, -1))
    return out


def trilinear_ref(x, size, align_corners=False, scales=None):
    """Linear resampling of each of the three spatial axes in turn; coordinates are computed in
    double precision for float64 input."""
    acc = np.float64 if x.dtype == np.float64 else np.float32
    for axis, o in enumerate(size, 2):
        n = x.shape[axis]
        scale = n / o if scales is None else scales[axis - 2]
        out = np.zeros(x.shape[:axis] + (o,) + x.shape[axis + 1:])
        for i in range(o):
            if align_corners:
                src = acc(i) * acc((n - 1) / (o - 1) if o > 1 else 0)
            else:
                src = max((acc(i) + acc(0.5)) * acc(scale) - acc(0.5), 0)
            lo = min(int(np.floor(src)), n - 1)
            hi, frac = min(lo + 1, n - 1), float(src) - lo
            out[(slice(None),) * axis + (i,)] = ((1 - frac) * np.take(x, lo, axis) +
                                                 frac * np.take(x, hi, axis))
        x = out
    return x


def _cubic_table(a):
    """Keys' cubic kernel sampled every 1/1024: row k holds the weights at distance k / 1024
    (column 0) and 1 + k / 1024 (column 1)."""
    d = np.arange(1025) / 1024
    return np.stack([((a + 2) * d - (a + 3)) * d * d + 1,
                     ((a * (d + 1) - 5 * a) * (d + 1) + 8 * a) * (d + 1) - 4 * a], 1)


def bicubic_ref(x, size, align_corners=False):
    """ResizeBicubic as MindSpore: align_corners uses a = -0.75 and repeats the edge pixels;
    half-pixel centres use a = -0.5 and drop (renormalize away) taps outside the image."""
    table = _cubic_table(-0.75 if align_corners else -0.5)
    for axis, o in enumerate(size, 2):
        n = x.shape[axis]
        out = np.zeros(x.shape[:axis] + (o,) + x.shape[axis + 1:])
        for i in range(o):
            if align_corners:
                src = np.float32(i) * np.float32((n - 1) / (o - 1) if o > 1 else 0)
            else:
                src = (np.float32(i) + np.float32(0.5)) * np.float32(n / o) - np.float32(0.5)
            lo = int(np.floor(src))
            k = int(np.rint((src - np.float32(lo)) * np.float32(1024)))
            weights = [table[k, 1], table[k, 0], table[1024 - k, 0], table[1024 - k, 1]]
            taps = [lo - 1, lo, lo + 1, lo + 2]
            if not align_corners:
                weights = [w if 0 <= t < n else 0.0 for w, t in zip(weights, taps)]
                weights = [w / sum(weights) for w in weights]
            out[(slice(None),) * axis + (i,)] = sum(
                w * np.take(x, min(max(t, 0), n - 1), axis) for w, t in zip(weights, taps))
        x = out
    return x


def unfold_ref(x, k, d=(1, 1), p=(0, 0), s=(1, 1)):
    n, c, h, w = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])))
    ho, wo = _out(h, k[0], s[0], p[0], p[0], d[0]), _out(w, k[1], s[1], p[1], p[1], d[1])
    out = np.zeros((n, c, k[0], k[1], ho, wo), x.dtype)
    for i in range(ho):
        for j in range(wo):
            for a in range(k[0]):
                for b in range(k[1]):
                    out[:, :, a, b, i, j] = xp[:, :, i * s[0] + a * d[0], j * s[1] + b * d[1]]
    return out.reshape(n, c * k[0] * k[1], ho * wo)


def fold_ref(cols, size, k, d=(1, 1), p=(0, 0), s=(1, 1)):
    n, ck, length = cols.shape
    c = ck // (k[0] * k[1])
    ho = _out(size[0], k[0], s[0], p[0], p[0], d[0])
    wo = _out(size[1], k[1], s[1], p[1], p[1], d[1])
    cols = cols.reshape(n, c, k[0], k[1], ho, wo)
    out = np.zeros((n, c, size[0] + 2 * p[0], size[1] + 2 * p[1]))
    for i in range(ho):
        for j in range(wo):
            for a in range(k[0]):
                for b in range(k[1]):
                    out[:, :, i * s[0] + a * d[0], j * s[1] + b * d[1]] += cols[:, :, a, b, i, j]
    return out[:, :, p[0]:p[0] + size[0], p[1]:p[1] + size[1]]


X = T(2, 4, 7, 6)
XP = T(2, 3, 7, 8)
X1 = T(2, 4, 9)
X5 = T(2, 2, 3, 4, 5)
TOL = dict(rtol=1e-5, atol=1e-5)

CASES = {
    # convolution: every padding form, stride, dilation, groups, bias
    'conv2d': case(lambda x, w: ops.conv2d(x, w), [X, T(5, 4, 3, 3)], conv_ref, **TOL),
    'conv2d_bias_pad': case(lambda x, w, b: ops.conv2d(x, w, b, pad_mode='pad', padding=1),
                            [X, T(5, 4, 3, 2), T(5)],
                            lambda x, w, b: conv_ref(x, w, b, pads=((1, 1), (1, 1))), **TOL),
    'conv2d_pad_pair_stride': case(
        lambda x, w: ops.conv2d(x, w, stride=(2, 1), pad_mode='pad', padding=(2, 1)),
        [X, T(3, 4, 3, 3)], lambda x, w: conv_ref(x, w, None, (2, 1), ((2, 2), (1, 1))), **TOL),
    'conv2d_same_k2_stride2': case(
        lambda x, w: ops.conv2d(x, w, stride=2, pad_mode='same'), [X, T(3, 4, 2, 2)],
        lambda x, w: conv_ref(x, w, None, (2, 2), ((0, 1), (0, 0))), **TOL),
    'conv2d_same_dilation': case(
        lambda x, w: ops.conv2d(x, w, pad_mode='same', dilation=2), [X, T(3, 4, 2, 3)],
        lambda x, w: conv_ref(x, w, None, (1, 1), ((1, 1), (2, 2)), (2, 2)), **TOL),
    'conv2d_groups': case(
        lambda x, w: ops.conv2d(x, w, stride=(1, 2), pad_mode='pad', padding=1, groups=2),
        [X, T(6, 2, 3, 2)],
        lambda x, w: conv_ref(x, w, None, (1, 2), ((1, 1), (1, 1)), groups=2), **TOL),
    'conv2d_depthwise_1x1': case(lambda x, w: ops.conv2d(x, w, groups=4), [X, T(8, 1, 1, 1)],
                                 lambda x, w: conv_ref(x, w, groups=4), **TOL),
    'conv1d': case(lambda x, w, b: ops.conv1d(x, w, b, 2, 'pad', 1), [X1, T(3, 4, 3), T(3)],
                   lambda x, w, b: conv_ref(x[:, :, None], w[:, :, None], b, (1, 2),
                                            ((0, 0), (1, 1)))[:, :, 0], **TOL),
    'conv1d_same_dilation_groups': case(
        lambda x, w: ops.conv1d(x, w, None, 1, 'same', 0, 2, 2), [X1, T(6, 2, 4)],
        lambda x, w: conv_ref(x[:, :, None], w[:, :, None], None, (1, 1), ((0, 0), (3, 3)),
                              (1, 2), 2)[:, :, 0], **TOL),
    'conv_transpose2d': case(
        lambda x, w, b: ops.conv_transpose2d(x, w, b, 2, 1, 1),
        [T(2, 4, 4, 3), T(4, 3, 3, 3), T(3)],
        lambda x, w, b: conv_transpose_ref(x, w, b, (2, 2), (1, 1), (1, 1)), **TOL),
    'conv_transpose2d_groups_dilation': case(
        lambda x, w: ops.conv_transpose2d(x, w, None, (1, 2), (0, 1), (2, 1), 2, (3, 2)),
        [T(1, 4, 3, 4), T(4, 2, 2, 3)],
        lambda x, w: conv_transpose_ref(x, w, None, (1, 2), (0, 1), (2, 1), 2, (3, 2)), **TOL),
    # pooling
    'max_pool2d': case(lambda x: ops.max_pool2d(x, 2), [XP],
                       lambda x: max_pool_ref(x, (2, 2), (2, 2), (0, 0))[0]),
    'max_pool2d_pad_ceil_indices': case(
        lambda x: ops.max_pool2d(x, 3, 2, 1, return_indices=True, ceil_mode=True), [XP],
        lambda x: max_pool_ref(x, (3, 3), (2, 2), (1, 1), ceil=True)),
    'max_pool2d_dilation': case(
        lambda x: ops.max_pool2d(x, (2, 3), (1, 2), (1, 0), (2, 1), True), [XP],
        lambda x: max_pool_ref(x, (2, 3), (1, 2), (1, 0), (2, 1))),
    'avg_pool2d': case(lambda x: ops.avg_pool2d(x, 2, 2), [XP],
                       lambda x: avg_pool_ref(x, (2, 2), (2, 2), ((0, 0), (0, 0)))),
    'avg_pool2d_pad_ceil': case(lambda x: ops.avg_pool2d(x, 3, 2, 1, ceil_mode=True), [XP],
                                lambda x: avg_pool_ref(x, (3, 3), (2, 2), ((1, 1), (1, 1)), True)),
    'avg_pool2d_exclude_pad': case(
        lambda x: ops.avg_pool2d(x, (3, 2), (2, 3), (1, 0, 0, 1), True, False), [XP],
        lambda x: avg_pool_ref(x, (3, 2), (2, 3), ((1, 0), (0, 1)), True, False)),
    'avg_pool2d_divisor': case(lambda x: ops.avg_pool2d(x, 3, 2, 1, True, False, 5), [XP],
                               lambda x: avg_pool_ref(x, (3, 3), (2, 2), ((1, 1), (1, 1)), True,
                                                      False, 5)),
    'avg_pool1d': case(lambda x: ops.avg_pool1d(x, 3, 2, 1, True, False), [X1],
                       lambda x: avg_pool_ref(x[:, :, None], (1, 3), (1, 2), ((0, 0), (1, 1)),
                                              True, False)[:, :, 0]),
    'adaptive_avg_pool2d': case(lambda x: ops.adaptive_avg_pool2d(x, (3, 5)), [XP],
                                lambda x: adaptive_ref(x, (3, 5), 'avg')),
    'adaptive_avg_pool2d_global': case(lambda x: ops.adaptive_avg_pool2d(x, 1), [XP],
                                       lambda x: adaptive_ref(x, (1, 1), 'avg')),
    'adaptive_avg_pool2d_3d_up': case(lambda x: ops.adaptive_avg_pool2d(x, (None, 11)),
                                      [T(3, 4, 6)], lambda x: adaptive_ref(x, (None, 11), 'avg')),
    'adaptive_max_pool2d': case(lambda x: ops.adaptive_max_pool2d(x, (3, 5), True), [XP],
                                lambda x: adaptive_ref(x, (3, 5), 'max')),
    'adaptive_max_pool2d_even': case(lambda x: ops.adaptive_max_pool2d(x, (7, 4), True), [XP],
                                     lambda x: adaptive_ref(x, (7, 4), 'max')),
    # resampling
    'nearest_up': case(lambda x: ops.interpolate(x, (14, 16)), [XP],
                       lambda x: nearest_ref(x, (14, 16))),
    'nearest_odd': case(lambda x: ops.interpolate(x, (5, 13)), [XP],
                        lambda x: nearest_ref(x, (5, 13))),
    'nearest_exact': case(lambda x: ops.interpolate(x, (4, 11), mode='nearest-exact'), [XP],
                          lambda x: nearest_ref(x, (4, 11), True)),
    'nearest_1d': case(lambda x: ops.interpolate(x, 20), [X1], lambda x: nearest_ref(x, (20,))),
    'bilinear': case(lambda x: ops.interpolate(x, (11, 5), mode='bilinear'), [XP],
                     lambda x: linear_ref(x, (11, 5))),
    'bilinear_align_corners': case(
        lambda x: ops.interpolate(x, (4, 13), mode='bilinear', align_corners=True), [XP],
        lambda x: linear_ref(x, (4, 13), True)),
    'linear': case(lambda x: ops.interpolate(x, 14, mode='linear'), [X1],
                   lambda x: linear_ref(x, (14,))),
    'linear_align_corners_down': case(
        lambda x: ops.interpolate(x, (4,), mode='linear', align_corners=True), [X1],
        lambda x: linear_ref(x, (4,), True)),
    'area': case(lambda x: ops.interpolate(x, (3, 5), mode='area'), [XP],
                 lambda x: adaptive_ref(x, (3, 5), 'avg')),
    # patches
    'unfold': case(lambda x: ops.unfold(x, (2, 3), (1, 2), 1, (2, 1)), [XP],
                   lambda x: unfold_ref(x, (2, 3), (1, 2), (1, 1), (2, 1))),
    'fold': case(lambda c: ops.fold(c, Tensor([7, 8], ms.int32), (2, 3), (1, 2), 1, (2, 1)),
                 [T(2, 12, 24)], lambda c: fold_ref(c, (7, 8), (2, 3), (1, 2), (1, 1), (2, 1))),
    # resampling: bicubic, trilinear, 5-D nearest
    'bicubic': case(lambda x: ops.interpolate(x, (9, 5), mode='bicubic'), [XP],
                    lambda x: bicubic_ref(x, (9, 5))),
    'bicubic_down': case(lambda x: ops.interpolate(x, (3, 2), mode='bicubic'), [XP],
                         lambda x: bicubic_ref(x, (3, 2))),
    'bicubic_align_corners': case(
        lambda x: ops.interpolate(x, (4, 13), mode='bicubic', align_corners=True), [XP],
        lambda x: bicubic_ref(x, (4, 13), True)),
    'trilinear': case(lambda x: ops.interpolate(x, (5, 3, 8), mode='trilinear'), [X5],
                      lambda x: trilinear_ref(x, (5, 3, 8))),
    'trilinear_align_corners': case(
        lambda x: ops.interpolate(x, (2, 6, 5), mode='trilinear', align_corners=True), [X5],
        lambda x: trilinear_ref(x, (2, 6, 5), True)),
    'trilinear_scale_factor': case(
        lambda x: ops.interpolate(x, scale_factor=(1.5, 0.6, 2.0), mode='trilinear'), [X5],
        lambda x: trilinear_ref(x, (4, 2, 10), scales=[1 / float(np.float32(f))
                                                       for f in (1.5, 0.6, 2.0)])),
    'area_3d': case(lambda x: ops.interpolate(x, (2, 3, 7), mode='area'), [X5],
                    lambda x: area3d_ref(x, (2, 3, 7))),
    'nearest_3d': case(lambda x: ops.interpolate(x, (6, 3, 7)), [X5],
                       lambda x: nearest_ref(x, (6, 3, 7))),
}

test_forward_float32, test_forward_float64, test_grads = op_tests(CASES)


def A(values, dtype=np.float32):
    return Tensor(np.array(values, dtype))


# ---- MindSpore's conventions (values measured on MindSpore 2.10) ----
def test_max_pool_ties_go_to_the_first_maximum():
    x = A([[[[1., 3., 3.], [3., 2., 1.], [0., 3., 1.]]]])
    out, idx = ops.max_pool2d(x, 2, 1, return_indices=True)
    np.testing.assert_array_equal(idx.asnumpy(), [[[[1, 1], [3, 7]]]])
    grad = ms.grad(lambda x: ops.max_pool2d(x, 2, 1).sum())(x)
    np.testing.assert_array_equal(grad.asnumpy(), [[[[0, 2, 0], [1, 0, 0], [0, 1, 0]]]])
    grad = ms.grad(lambda x: ops.adaptive_max_pool2d(x, 2).sum())(ops.ones((1, 1, 3, 3)))
    np.testing.assert_array_equal(grad.asnumpy(), [[[[1, 1, 0], [1, 1, 0], [0, 0, 0]]]])


def test_max_pool_padding_never_wins():
    x = A(-1 - np.arange(4).reshape(1, 1, 2, 2))
    out, idx = ops.max_pool2d(x, 2, 1, 1, return_indices=True)
    np.testing.assert_array_equal(idx.asnumpy(), [[[[0, 0, 1], [0, 0, 1], [2, 2, 3]]]])
    x = A(np.full((1, 1, 3, 3), -np.inf))
    out, idx = ops.max_pool2d(x, 3, 2, 1, return_indices=True, ceil_mode=True)
    np.testing.assert_array_equal(idx.asnumpy(), [[[[0, 1], [3, 4]]]])


def test_max_pool_nan_propagates():
    x = A([[[[1., np.nan], [2., 0.]]]])
    out, idx = ops.max_pool2d(x, 2, return_indices=True)
    assert np.isnan(out.asnumpy()).all() and idx.asnumpy().item() == 1


def test_ceil_mode_drops_a_window_starting_in_the_far_padding():
    x = A(np.arange(25).reshape(1, 1, 5, 5)[:, :, :4, :4])
    np.testing.assert_allclose(ops.avg_pool2d(x, 2, 3, 1, ceil_mode=True).asnumpy(),
                               [[[[0., 1.25], [6.25, 15.]]]])
    assert ops.max_pool2d(x, 2, 3, 1, ceil_mode=True).shape == (1, 1, 2, 2)
    y = A(np.arange(25).reshape(1, 1, 5, 5))
    np.testing.assert_allclose(ops.avg_pool2d(y, 2, 2, ceil_mode=True).asnumpy(),
                               [[[[3., 5., 6.5], [13., 15., 16.5], [20.5, 22.5, 24.]]]])


def test_same_padding_puts_the_odd_pixel_after():
    x = A(np.arange(16).reshape(1, 1, 4, 4))
    out = ops.conv2d(x, ops.ones((1, 1, 2, 2)), pad_mode='same')
    np.testing.assert_allclose(out.asnumpy()[0, 0, -1], [25., 27., 29., 15.])
    assert ops.conv2d(T(1, 1, 7, 5), T(2, 1, 3, 3), stride=2, pad_mode='same').shape == (1, 2, 4, 3)


def test_resize_index_rules():
    x = A(np.arange(12).reshape(1, 1, 3, 4))
    np.testing.assert_array_equal(ops.interpolate(x, (2, 3)).asnumpy(), [[[[0, 1, 2], [4, 5, 6]]]])
    np.testing.assert_array_equal(ops.interpolate(x, (5, 7)).asnumpy()[0, 0, :, -2:],
                                  [[2, 3], [2, 3], [6, 7], [6, 7], [10, 11]])
    # one output: the centre for bilinear, the first element for 1-D linear (as MindSpore)
    np.testing.assert_allclose(ops.interpolate(x, (1, 1), mode='bilinear').asnumpy(), [[[[5.5]]]])
    np.testing.assert_allclose(ops.interpolate(x[0], 1, mode='linear').asnumpy(),
                               [[[0.], [4.], [8.]]])
    np.testing.assert_allclose(
        ops.interpolate(x, (1, 1), mode='bilinear', align_corners=True).asnumpy(), [[[[0.]]]])


def test_scale_factor():
    x = A(np.arange(12).reshape(1, 1, 3, 4))
    # recompute_scale_factor: the size is floor(size * scale) and positions follow the size
    out = ops.interpolate(x, scale_factor=1.7, recompute_scale_factor=True)
    np.testing.assert_array_equal(out.asnumpy()[0, 0, 0], [0, 0, 1, 2, 2, 3])
    # otherwise positions map back by 1 / scale_factor (MindSpore 2.10 refuses this on 3-D and
    # 4-D inputs; its documentation describes it)
    out = ops.interpolate(x, scale_factor=1.7)
    np.testing.assert_array_equal(out.asnumpy()[0, 0, 0], [0, 0, 1, 1, 2, 2])
    out = ops.interpolate(x, scale_factor=(0.5, 2.0), mode='bilinear')
    assert out.shape == (1, 1, 1, 8)


def test_bicubic_matches_mindspore():
    x = A(np.arange(12).reshape(1, 1, 3, 4))
    np.testing.assert_allclose(ops.interpolate(x, (2, 6), mode='bicubic').asnumpy(), [[[
        [0.605644, 1.0832977, 1.838525, 2.5045407, 3.2597682, 3.7374215],
        [7.262578, 7.740232, 8.49546, 9.161475, 9.916703, 10.394355]]]], rtol=1e-6)
    # one output: the centre for half-pixel centres, the first pixel with align_corners
    np.testing.assert_allclose(ops.interpolate(x, (1, 1), mode='bicubic').asnumpy(), [[[[5.5]]]])
    np.testing.assert_allclose(
        ops.interpolate(x, (1, 1), mode='bicubic', align_corners=True).asnumpy(), [[[[0.]]]])
    np.testing.assert_allclose(
        ops.interpolate(x, (2, 3), mode='bicubic', align_corners=True).asnumpy(),
        [[[[0., 1.5, 3.], [8., 9.5, 11.]]]])
    grad = ms.grad(lambda x: (ops.interpolate(x, size=(5, 7), mode='bicubic') ** 2).sum())(x)
    np.testing.assert_allclose(grad.asnumpy(), [[[[0.7427131, 6.230869, 12.466537, 18.15904],
                                                  [23.252583, 28.371473, 34.46429, 40.26993],
                                                  [46.852802, 51.842464, 58.078125, 64.26914]]]],
                               rtol=1e-5)


def test_5d_matches_mindspore():
    x = A(np.arange(24).reshape(1, 1, 2, 3, 4))
    np.testing.assert_array_equal(ops.interpolate(x, scale_factor=(1.5, 0.7, 0.6)).asnumpy(),
                                  [[[[[0, 1], [4, 5]], [[0, 1], [4, 5]], [[12, 13], [16, 17]]]]])
    out = ops.interpolate(x, scale_factor=(1.5, 0.7, 0.6), mode='trilinear')
    np.testing.assert_allclose(out.asnumpy()[0, 0, :, 0], [[1.1904762, 2.857143],
                                                           [7.190477, 8.857143],
                                                           [13.190477, 14.857143]], rtol=1e-6)
    out = ops.interpolate(x, scale_factor=(1.5, 0.7, 0.6), mode='trilinear',
                          recompute_scale_factor=True)
    np.testing.assert_allclose(out.asnumpy()[0, 0, :, 0], [[1.5, 3.5], [7.5, 9.5], [13.5, 15.5]],
                               rtol=1e-6)
    out = ops.interpolate(x, (1, 2, 3), mode='trilinear', align_corners=True)
    np.testing.assert_allclose(out.asnumpy(), [[[[[0., 1.5, 3.], [8., 9.5, 11.]]]]])
    grad = ms.grad(lambda x: (ops.interpolate(x, size=(3, 2, 5), mode='trilinear') ** 2).sum())(x)
    np.testing.assert_allclose(grad.asnumpy()[0, 0, 1], [[32.6475, 32.49, 35.01, 40.4775],
                                                         [27.615, 27.060001, 28.74, 32.835],
                                                         [50.197502, 48.69, 51.21, 58.027496]],
                               rtol=1e-6)


def test_int_inputs():
    xi = Tensor(np.arange(-8, 8, dtype=np.int32).reshape(1, 1, 4, 4))
    out, idx = ops.max_pool2d(xi, 2, 1, 1, return_indices=True)
    assert (out.dtype, idx.dtype) == (ms.int32, ms.int64)
    np.testing.assert_array_equal(out.asnumpy()[0, 0, 0], [-8, -7, -6, -5, -5])
    assert ops.unfold(xi, 2).dtype == ms.int32
    for fn in (lambda: ops.conv2d(xi, xi), lambda: ops.avg_pool2d(xi, 2),
               lambda: ops.adaptive_avg_pool2d(xi, 2), lambda: ops.adaptive_max_pool2d(xi, 2),
               lambda: ops.interpolate(xi, (2, 2)),
               lambda: ops.interpolate(xi, (2, 2), mode='bicubic'),
               lambda: ops.interpolate(ops.expand_dims(xi, 0), (2, 2, 2), mode='trilinear'),
               lambda: ops.interpolate(ops.expand_dims(xi, 0), (2, 2, 2))):
        with pytest.raises(TypeError):
            fn()


def test_float_dtypes_are_kept():
    for dtype, ms_dtype in ((np.float64, ms.float64), (np.float16, ms.float16)):
        x, w = Tensor(np.ones((1, 2, 4, 4), dtype)), Tensor(np.ones((3, 2, 3, 3), dtype))
        for out in (ops.conv2d(x, w), ops.max_pool2d(x, 2), ops.avg_pool2d(x, 2),
                    ops.adaptive_avg_pool2d(x, 3), ops.interpolate(x, (5, 5), mode='bilinear'),
                    ops.interpolate(x, (5, 5), mode='bicubic'),
                    ops.interpolate(x[None], (2, 5, 5), mode='trilinear'),
                    ops.interpolate(x[None], (2, 5, 5)),
                    ops.unfold(x, 2)):
            assert out.dtype == ms_dtype


def test_gradients_match_mindspore():
    x = A(np.arange(35).reshape(1, 1, 5, 7))
    grad = ms.grad(lambda x: (ops.adaptive_avg_pool2d(x, (2, 3)) ** 2).sum())(x)
    np.testing.assert_allclose(grad.asnumpy()[0, 0, 2], [6.6666665, 6.6666665, 14.222222,
                                                          7.5555553, 16., 8.444445, 8.444445])
    x = A(np.arange(12).reshape(1, 1, 3, 4))
    grad = ms.grad(lambda x: (ops.interpolate(x, size=(5, 7)) ** 2).sum())(x)
    np.testing.assert_allclose(grad.asnumpy(), [[[[0, 8, 16, 12], [32, 40, 48, 28],
                                                  [32, 36, 40, 22]]]])
    grad = ms.grad(lambda x: (ops.interpolate(x, size=(5, 7), mode='bilinear') ** 2).sum())(x)
    np.testing.assert_allclose(grad.asnumpy()[0, 0, 0], [4.2383676, 8.995919, 15.004078, 18.801636],
                               rtol=1e-6)


def test_conv_is_differentiable_in_every_argument_to_third_order():
    x, w, b = T(1, 2, 4, 4), T(2, 2, 2, 2), T(2)
    ms.testing.check_grads(lambda x, w, b: ops.conv2d(x, w, b, 2, 'pad', 1), [x, w, b], order=3,
                           atol=1e-5, rtol=1e-5)
    ms.testing.check_grads(lambda x, w: ops.conv_transpose2d(x, w, None, 2, 0, 1),
                           [x, T(2, 1, 3, 2)], order=3, atol=1e-5, rtol=1e-5)


# ---- errors: MindSpore's exception type and message ----
X4, W4 = T(1, 2, 5, 5), T(3, 2, 3, 3)
ERRORS = [
    (lambda: ops.conv2d(T(2, 5, 5), W4), ValueError,
     "For primitive[Conv2D], the x shape size must be equal to 4, but got 3."),
    (lambda: ops.conv2d(X4, T(3, 3, 3, 3)), RuntimeError,
     "For 'Conv2D', 'C_in' of input 'x' shape divide by parameter 'group' must be equal to "
     "'C_in' of input 'weight' shape: 3, but got 'C_in' of input 'x' shape: 2, and 'group': 1."),
    (lambda: ops.conv2d(T(1, 4, 5, 5), T(4, 1, 3, 3), groups=2), RuntimeError,
     "'C_in' of input 'weight' shape: 1, but got 'C_in' of input 'x' shape: 4, and 'group': 2."),
    (lambda: ops.conv2d(T(1, 4, 5, 5), T(3, 2, 3, 3), groups=2), ValueError,
     "The argument 'groups' should be divisible by 'in_channel' and 'out_channel', but got "
     "group:2, in_channel:4, out_channel:3."),
    (lambda: ops.conv2d(X4, T(3, 2, 7, 7)), ValueError,
     "For 'Conv2d', input shape's h and w after padding must be greater than or equal to "
     "kernel_size's h and w respectively."),
    (lambda: ops.conv2d(X4, W4, dilation=3), ValueError, "after padding must be greater"),
    (lambda: ops.conv2d(X4, W4, pad_mode='full'), ValueError,
     "For 'Conv2D', the 'pad_mode' must be str and must be in '['valid', 'same', 'pad']', but "
     "got 'full'."),
    (lambda: ops.conv2d(X4, W4, padding=1), ValueError,
     "For 'Conv2D', the 'pad' must be zero when 'pad_mode' is not 'pad', but got 'pad': 1 "
     "and 'pad_mode': valid."),
    (lambda: ops.conv2d(X4, W4, pad_mode='pad', padding=(1, 2, 0, 1)), ValueError,
     "For 'conv2d', 'padding' must be a tuple or list of 2 integers, but got (1, 2, 0, 1)."),
    (lambda: ops.conv2d(X4, W4, stride=(1, 1, 1)), ValueError,
     "For 'conv2d', the stride must be a int or a tuple/list with length 2, but got (1, 1, 1)."),
    (lambda: ops.conv2d(X4, W4, bias=T(4)), ValueError,
     "For 'conv2d', Given weight of size (3, 2, 3, 3), expected bias to be 1-dimensional with 3 "
     "elements, but got bias of size 4 instead."),
    (lambda: ops.conv2d(X4, Tensor(np.ones((3, 2, 3, 3)))), TypeError,
     "For primitive[Conv2D], the input type must be same"),
    (lambda: ops.conv1d(X4, W4), ValueError,
     "For 'conv1d', the input must be a 3D Tensor, but got input of 4D."),
    (lambda: ops.conv1d(T(2, 4, 7), T(6, 3, 3)), RuntimeError, "'C_in' of input 'weight' shape: 3"),
    (lambda: ops.conv1d(T(2, 4, 7), T(6, 4, 3), pad_mode='pad', padding=(1, 2)), ValueError,
     "For 'conv1d', padding must be a tuple or list with 1 element or int, but got (1, 2)."),
    (lambda: ops.conv_transpose2d(X4, T(3, 2, 3, 3)), ValueError,
     "input.shape[1] must be equal to weight.shape[0]"),
    (lambda: ops.conv_transpose2d(X4, T(2, 2, 3, 3), stride=2, output_padding=2), ValueError,
     "the 'output_padding' must be smaller than either 'stride' or 'dilation'"),
    (lambda: ops.max_pool2d(T(2, 5, 5), 2), ValueError,
     "For primitive[MaxPoolWithArgmaxV2], the input x rank must be equal to 4, but got 3."),
    (lambda: ops.max_pool2d(X4, 2, 2, 2), ValueError,
     "It is required that the `pads` is no more than half of the `kernel_size`, but gets "
     "pads(2, 2) and kernel_size(2, 2)."),
    (lambda: ops.max_pool2d(X4, 6), ValueError,
     "The shape of input is [1, 2, 5, 5], which is invalid for the attributes of "
     "MaxPoolWithArgmaxV2"),
    (lambda: ops.max_pool2d(X4, 3, 2, (1, 0, 1, 0)), ValueError,
     "For 'MaxPoolWithArgmaxV2' attr 'pads' must be an positive int number or a tuple of two "
     "positive int numbers, but got (1, 0, 1, 0)"),
    (lambda: ops.avg_pool2d(X4, 3, 2, (1, 0)), ValueError,
     "For avg_pool2d, padding should be int or tuple of length 4."),
    (lambda: ops.avg_pool2d(X4, 0), ValueError,
     "For 'avg_pool2d', the 'kernel_size' must be int and must >= 1, but got '0' with type 'int'."),
    (lambda: ops.avg_pool2d(X4, 2, 2, 2), ValueError,
     "the sum of the pads in the two directions should be less than or equal to the "
     "corresponding kernel size"),
    (lambda: ops.avg_pool2d(X4, 6), RuntimeError, "smaller than the kernel_size (6, 6)"),
    (lambda: ops.avg_pool2d(X4, 2, ceil_mode=1), TypeError,
     "For 'avg_pool2d', the type of 'ceil_mode' should be 'bool', but got type 'int'."),
    (lambda: ops.avg_pool1d(T(2, 5), 2), ValueError, "must be a 3-D Tensor"),
    (lambda: ops.avg_pool1d(T(1, 1, 5), (2,)), TypeError,
     "For 'avg_pool1d', the type of 'kernel_size' should be 'int', but got type 'tuple'."),
    (lambda: ops.adaptive_avg_pool2d(T(5, 5), 2), ValueError,
     "For primitive[AdaptiveAvgPool2D], the dim of x must be in [3,4], but got 2."),
    (lambda: ops.adaptive_avg_pool2d(X4, (1, 2, 3)), ValueError,
     "For 'AdaptiveAvgPool2D', the 'length of output_size' must be int and must = 2, but got "
     "'3' with type 'int'."),
    (lambda: ops.adaptive_max_pool2d(T(1, 1, 1, 5, 5), 2), ValueError,
     "For primitive[AdaptiveMaxPool2D], the rank of x must be in [3,4], but got 5."),
    (lambda: ops.interpolate(X4, size=2, scale_factor=2.0), ValueError,
     "For 'interpolate', 'size' and 'scale_factor' cannot be set simultaneously"),
    (lambda: ops.interpolate(X4), ValueError,
     "For 'interpolate', 'size' and 'scale_factor' cannot be both empty"),
    (lambda: ops.interpolate(X4, size=2, mode='cubic'), ValueError,
     "For 'interpolate', 'mode' must be in '['nearest', 'linear', 'bilinear', 'bicubic', "
     "'area', 'nearest-exact', 'trilinear']', but got cubic"),
    (lambda: ops.interpolate(X4[0], size=2, mode='bilinear'), ValueError,
     "For 'interpolate', bilinear only support '[4]'D, but got 3D"),
    (lambda: ops.interpolate(X4, size=(2, 2, 2)), ValueError,
     "For 'interpolate', 'input' and 'size' must have the same spatial dimensions, but got "
     "'input' is 2D, 'size' is 3D"),
    (lambda: ops.interpolate(X4, size=(2, 2), align_corners=True), ValueError,
     "For 'interpolate', 'align_corners' option cannot currently be set with the mode = "
     "nearest, and dim = 4D"),
    (lambda: ops.interpolate(X4, size=(0, 2)), ValueError,
     "For 'interpolate', the 'size[0]' must be int and must > 0, but got '0' with type 'int'."),
    (lambda: ops.interpolate(X4, size=2.5), TypeError,
     "For 'interpolate', the 'size' must be int, but got 'float'"),
    (lambda: ops.interpolate(X4[0], size=2, mode='bicubic'), ValueError,
     "For 'interpolate', bicubic only support '[4]'D, but got 3D"),
    (lambda: ops.interpolate(X4, size=2, mode='trilinear'), ValueError,
     "For 'interpolate', trilinear only support '[5]'D, but got 4D"),
    (lambda: ops.interpolate(X4[None], size=2, mode='nearest-exact'), ValueError,
     "For 'interpolate', nearest-exact only support '[3, 4]'D, but got 5D"),
    (lambda: ops.interpolate(X4[None], size=2, align_corners=True), ValueError,
     "For 'interpolate', 'align_corners' option cannot currently be set with the mode = "
     "nearest, and dim = 5D"),
    (lambda: ops.interpolate(X4, size=2, mode='bicubic', align_corners=1), TypeError,
     "For 'interpolate', the 'align_corners' must be a bool, but got int."),
    (lambda: ops.unfold(X4[0], 2), ValueError,
     "For primitive[Im2Col], the dimension of input x must be equal to 4, but got 3."),
    (lambda: ops.unfold(X4, 6), ValueError,
     "calculated shape of the array of sliding blocks as (0, 0), but its components must be at "
     "least one."),
    (lambda: ops.unfold(X4, (1, 2, 3)), ValueError,
     "For 'unfold', the kernel_size size should be in : [1, 2], but got 3."),
    (lambda: ops.unfold(X4, 0), ValueError,
     "For 'unfold', the 'kernel_size[0]' must be int and must > 0, but got '0' with type 'int'."),
    (lambda: ops.unfold(X4, 2, padding=-1), ValueError,
     "For 'unfold', the 'padding[0]' must be int and must >= 0, but got '-1' with type 'int'."),
    (lambda: ops.fold(T(2, 12, 6), Tensor([4, 4]), 2), ValueError,
     "For 'fold', size of input's 3rd dimension must be equal to calculated number of sliding "
     "blocks, but got input.shape[2]: 6, calculated number of sliding blocks: 9."),
    (lambda: ops.fold(T(2, 10, 6), Tensor([3, 4]), 2), ValueError,
     "must be divisible by the product of kernel_size"),
    (lambda: ops.fold(T(12, 6), Tensor([3, 4]), 2), ValueError, "must be a 3-D Tensor"),
    (lambda: ops.fold(T(1, 4, 16), Tensor([5, 5, 5]), 2), ValueError,
     "'output_size' must be a 1D Tensor with 2 elements"),
]


@pytest.mark.parametrize('i', range(len(ERRORS)))
def test_errors(i):
    fn, error, message = ERRORS[i]
    with pytest.raises(error) as info:
        fn()
    assert message in str(info.value)


@pytest.mark.parametrize('shape, kernel, stride, padding, dilation', [
    ((2, 3, 4, 4), (3, 3), (1, 1), ((1, 1), (1, 1)), (1, 1)),
    ((2, 3, 4, 3), (2, 2), (2, 1), ((0, 1), (1, 0)), (1, 1)),
    ((1, 2, 3, 4), (2, 2), (1, 1), ((1, 1), (1, 1)), (2, 1)),
    ((2, 2, 2, 2), (3, 3), (1, 1), ((1, 1), (1, 1)), (1, 1)),
])
def test_small_maps_take_the_selection_matrix_route(shape, kernel, stride, padding, dilation):
    """col2im of maps of at most 16 pixels is one matrix product; it equals the kernel-position
    loop, and an inf falls back to the loop (0 * inf would spread NaN)."""
    from minispore._backend import numpy_window as nw
    x = np.random.default_rng(0).standard_normal(shape)
    args = (kernel, stride, padding, dilation)
    small, small_back = nw.im2col(x, *args), nw.col2im(nw.im2col(x, *args), shape[2:], *args)
    limit, nw._SMALL_MAP = nw._SMALL_MAP, 0
    try:
        loop, loop_back = nw.im2col(x, *args), nw.col2im(nw.im2col(x, *args), shape[2:], *args)
    finally:
        nw._SMALL_MAP = limit
    np.testing.assert_array_equal(small, loop)
    np.testing.assert_allclose(small_back, loop_back, rtol=1e-12)
    cols = nw.im2col(x, *args)
    cols[0, 0] = np.inf
    assert np.isnan(nw.col2im(cols, shape[2:], *args)).sum() == 0


@pytest.mark.parametrize('dtype', [np.float32, np.int32])
@pytest.mark.parametrize('shape, k', [((2, 3, 8, 8), (2, 2)), ((1, 2, 7, 9), (3, 2)),
                                      ((2, 1, 4, 6), (1, 3))])
def test_max_pool_index_of_tiling_windows_takes_the_first_maximum(shape, k, dtype):
    """Windows that tile the input take a vectorised path; ties (common after a ReLU) go to
    the first maximum in row-major order, as a window-by-window scan finds it."""
    from minispore._backend import numpy_window as nw
    x = np.random.default_rng(1).integers(0, 3, shape).astype(dtype)
    got = nw.max_pool_index(x, k, k, ((0, 0), (0, 0)), (1, 1))
    n, c, h, w = shape
    ho, wo = h // k[0], w // k[1]
    want = np.empty((n, c, ho, wo), np.int64)
    for i, j in np.ndindex(ho, wo):
        window = x[:, :, i * k[0]:(i + 1) * k[0], j * k[1]:(j + 1) * k[1]].reshape(n, c, -1)
        a, b = np.divmod(window.argmax(-1), k[1])
        want[:, :, i, j] = (i * k[0] + a) * w + j * k[1] + b
    np.testing.assert_array_equal(got, want)
