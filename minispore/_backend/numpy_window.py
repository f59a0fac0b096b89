"""NumPy kernels of the sliding-window primitives: im2col, col2im, pooling window arg-max."""
import functools

import numpy as np

# col2im of maps of at most this many pixels is one matrix product with a 0/1 selection
# matrix: the kernel-position loop would add up slices only a few elements wide.
_SMALL_MAP = 16


# Windows along an axis are given by `kernel`, `stride`, `dilation` and `padding`, a pair
# (before, after) of zeros (or, for max pooling, of the lowest value) around the input; `after`
# may be negative, leaving the last rows outside every window. Loops run over kernel positions.
def grid(size, kernel, stride, padding, dilation):
    """The number of windows along one axis."""
    return (size + padding[0] + padding[1] - dilation * (kernel - 1) - 1) // stride + 1


def _span(n, kernel, stride, dilation):
    """The extent, in padded coordinates, covered by `n` windows."""
    return (n - 1) * stride + dilation * (kernel - 1) + 1


def _window(a, b, ho, wo, stride, dilation):
    """The index of kernel position (a, b) in every window: slices of the padded input."""
    (sh, sw), (dh, dw) = stride, dilation
    return (Ellipsis, slice(a * dh, a * dh + (ho - 1) * sh + 1, sh),
            slice(b * dw, b * dw + (wo - 1) * sw + 1, sw))


def _padded(x, hn, wn, padding, fill):
    """(N, C, H, W) `x` as (C, N, hn, wn): inside a canvas of `fill`, shifted by the leading
    padding (a transposed view of `x` when the windows read only inside it)."""
    (pt, _), (pl, _) = padding
    n, c, h, w = x.shape
    xt = x.transpose(1, 0, 2, 3)
    if pt == 0 and pl == 0 and hn <= h and wn <= w:
        return xt
    xp = np.full((c, n, hn, wn), fill, x.dtype)
    hk, wk = min(h, hn - pt), min(w, wn - pl)
    xp[..., pt:pt + hk, pl:pl + wk] = xt[..., :hk, :wk]
    return xp


@functools.lru_cache(maxsize=64)
def _selection(size, kernel, stride, padding, dilation, dtype):
    """The 0/1 matrix (kh * kw * Ho * Wo, H * W) whose row for (kernel position, window) picks
    the pixel there (no pixel in the padding)."""
    (h, w), (kh, kw), (sh, sw), (dh, dw) = size, kernel, stride, dilation
    ho, wo = grid(h, kh, sh, padding[0], dh), grid(w, kw, sw, padding[1], dw)
    a, b, i, j = np.meshgrid(range(kh), range(kw), range(ho), range(wo), indexing='ij')
    r, c = i * sh - padding[0][0] + a * dh, j * sw - padding[1][0] + b * dw
    inside = ((r >= 0) & (r < h) & (c >= 0) & (c < w)).reshape(-1)
    s = np.zeros((kh * kw * ho * wo, h * w), dtype)
    s[np.flatnonzero(inside), (r * w + c).reshape(-1)[inside]] = 1
    return s


def _small(a, size):
    """Whether to use the selection matrix: a small map of finite floats (0 * inf is NaN)."""
    return size[0] * size[1] <= _SMALL_MAP and a.dtype.kind == 'f' and np.isfinite(a).all()


def im2col(x, kernel, stride, padding, dilation):
    """(N, C, H, W) -> (C * kh * kw, N * Ho * Wo): the windows of `x`, one per column, rows
    ordered (channel, kernel row, kernel column) like a convolution weight's, so that a
    convolution is one matrix product for the whole batch."""
    n, c, h, w = x.shape
    (kh, kw), (sh, sw), (dh, dw) = kernel, stride, dilation
    ho, wo = grid(h, kh, sh, padding[0], dh), grid(w, kw, sw, padding[1], dw)
    xp = _padded(x, _span(ho, kh, sh, dh), _span(wo, kw, sw, dw), padding, 0)
    out = np.empty((c, kh, kw, n, ho, wo), x.dtype)
    for a in range(kh):
        for b in range(kw):
            out[:, a, b] = xp[_window(a, b, ho, wo, stride, dilation)]
    return out.reshape(c * kh * kw, n * ho * wo)


def col2im(cols, size, kernel, stride, padding, dilation):
    """The transpose of im2col: (C * kh * kw, N * Ho * Wo) -> (N, C, H, W) with `size` = (H, W),
    adding up the windows where they overlap."""
    (h, w), (kh, kw), (sh, sw), (dh, dw) = size, kernel, stride, dilation
    (pt, _), (pl, _) = padding
    ho, wo = grid(h, kh, sh, padding[0], dh), grid(w, kw, sw, padding[1], dw)
    c, n = cols.shape[0] // (kh * kw), cols.shape[1] // (ho * wo)
    if _small(cols, size):
        s = _selection(size, kernel, stride, padding, dilation, cols.dtype)
        cols = cols.reshape(c, kh * kw, n, ho * wo).transpose(0, 2, 1, 3)
        return (cols.reshape(c * n, -1) @ s).reshape(c, n, h, w).transpose(1, 0, 2, 3)
    cols = cols.reshape(c, kh, kw, n, ho, wo)
    out = np.zeros((n, c, max(_span(ho, kh, sh, dh), pt + h), max(_span(wo, kw, sw, dw), pl + w)),
                   cols.dtype)
    canvas = out.transpose(1, 0, 2, 3)
    for a in range(kh):
        for b in range(kw):
            canvas[_window(a, b, ho, wo, stride, dilation)] += cols[:, a, b]
    return out[:, :, pt:pt + h, pl:pl + w]


def _lowest(dtype):
    if dtype.kind == 'f':
        return -np.inf
    return False if dtype.kind == 'b' else np.iinfo(dtype).min


def _first_valid(n, kernel, stride, pad, dilation):
    """Per window along one axis, the input position of its first element inside the input."""
    start = np.arange(n) * stride - pad
    skip = np.maximum(0, -(start // dilation))         # ceil(-start / dilation) where start < 0
    return start + skip * dilation


def _argmax_windows(x, positions, shape, first):
    """Flat H*W index of the first maximum over windows: `positions` yields, per kernel
    position, the values of every window there (N, C, Ho, Wo) and their flat indices (Ho, Wo).
    A window whose elements all hold the lowest value keeps `first`. A NaN wins, as in
    MindSpore's and PyTorch's kernels."""
    best = np.full(shape, _lowest(x.dtype), x.dtype)
    index = np.empty(shape, np.int64)
    index[...] = first
    nan = x.dtype.kind == 'f' and np.isnan(x).any()
    for v, flat in positions:       # np.where: faster than np.copyto(..., where=)
        better = v > best
        if nan:
            better |= np.isnan(v)
            best = np.where(better, v, best)
        else:
            best = np.maximum(best, v)
        index = np.where(better, flat, index)
    return index


def _tiled_argmax(x, kh, kw, ho, wo, base):
    """max_pool_index of windows that tile `x` (stride = kernel, no padding, no NaN): one copy
    lays each kernel position's values out contiguously (comparisons on strided views are
    slow), then the first position holding each window's maximum is found from the last."""
    n, c, _, w = x.shape
    tiles = x[:, :, :ho * kh, :wo * kw].reshape(n, c, ho, kh, wo, kw)
    tiles = np.ascontiguousarray(tiles.transpose(3, 5, 0, 1, 2, 4)).reshape(kh * kw, n, c, ho, wo)
    best = np.maximum.reduce(tiles, axis=0)
    winner = np.full(best.shape, kh * kw - 1, np.int16)
    for q in range(kh * kw - 2, -1, -1):
        winner = np.where(tiles[q] == best, np.int16(q), winner)
    offsets = (np.arange(kh)[:, None] * w + np.arange(kw)).reshape(-1)
    return base + offsets.take(winner)


def max_pool_index(x, kernel, stride, padding, dilation):
    """(N, C, H, W) -> (N, C, Ho, Wo) int64: the flat H*W index of the first maximum of each
    window (padding never wins)."""
    n, c, h, w = x.shape
    (kh, kw), (sh, sw), (dh, dw) = kernel, stride, dilation
    ((pt, _), (pl, _)) = padding
    ho, wo = grid(h, kh, sh, padding[0], dh), grid(w, kw, sw, padding[1], dw)
    rows = (np.arange(ho) * sh - pt)[:, None] * w
    cols = (np.arange(wo) * sw - pl)[None, :]
    if ((sh, sw) == (kh, kw) and (dh, dw) == (1, 1) and pt == pl == 0
            and not (x.dtype.kind == 'f' and np.isnan(x).any())):
        return _tiled_argmax(x, kh, kw, ho, wo, rows + cols)
    xp = _padded(x, _span(ho, kh, sh, dh), _span(wo, kw, sw, dw), padding, _lowest(x.dtype))
    xp = xp.transpose(1, 0, 2, 3)
    positions = ((xp[_window(a, b, ho, wo, stride, dilation)],
                  rows + cols + (a * dh * w + b * dw)) for a in range(kh) for b in range(kw))
    first = _first_valid(ho, kh, sh, pt, dh)[:, None] * w + _first_valid(wo, kw, sw, pl, dw)
    return _argmax_windows(x, positions, (n, c, ho, wo), first)


def bins(size, out):
    """MindSpore's adaptive pooling bins of one axis: [floor(i*size/out), ceil((i+1)*size/out))."""
    i = np.arange(out)
    return i * size // out, -(-(i + 1) * size // out)


def adaptive_max_index(x, output_size):
    """(N, C, H, W) -> (N, C, Ho, Wo) int64: the flat H*W index of the first maximum of each
    adaptive pooling bin."""
    n, c, h, w = x.shape
    ho, wo = output_size
    if ho and wo and h % ho == 0 and w % wo == 0:
        return max_pool_index(x, (h // ho, w // wo), (h // ho, w // wo), ((0, 0), (0, 0)), (1, 1))
    (r0, r1), (c0, c1) = bins(h, ho), bins(w, wo)
    kh = int((r1 - r0).max(initial=1))
    kw = int((c1 - c0).max(initial=1))
    flat = x.reshape(n, c, h * w)

    def positions():
        for a in range(kh):
            r = np.minimum(r0 + a, r1 - 1)[:, None] * w      # a bin's last row repeats: no change
            for b in range(kw):
                f = r + np.minimum(c0 + b, c1 - 1)[None, :]
                yield flat[:, :, f], f
    return _argmax_windows(x, positions(), (n, c, ho, wo), r0[:, None] * w + c0[None, :])
