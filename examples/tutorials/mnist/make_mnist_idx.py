"""Write MNIST-format IDX files of synthetic handwritten-like digits (NumPy only).

    python make_mnist_idx.py [ROOT] [--train N] [--test N]

writes ROOT/MNIST_Data/train/train-{images-idx3,labels-idx1}-ubyte and
ROOT/MNIST_Data/test/t10k-{images-idx3,labels-idx1}-ubyte: 28x28 uint8 white-on-black digits,
each a class-specific set of strokes under a random affine distortion (shift, scale, rotation,
shear), with random stroke width, wobble and noise. Same seed, same files. The sizes default to
6000 train and 1000 test images; the environment variable MNIST_IDX_SIZES="TRAIN,TEST"
overrides them (the tutorials call `make_mnist_idx` in place of downloading MNIST).
"""
import argparse
import os
import struct

import numpy as np

DEFAULT_SIZES = (6000, 1000)


def _arc(cx, cy, rx, ry, start, stop, n=10):
    t = np.radians(np.linspace(start, stop, n))
    return list(zip(cx + rx * np.cos(t), cy + ry * np.sin(t)))


# Each digit: polylines in a unit box (x to the right, y down).
STROKES = {
    0: [_arc(0.5, 0.5, 0.42, 0.5, 0, 360, 13)],
    1: [[(0.3, 0.2), (0.55, 0.0), (0.55, 1.0)]],
    2: [_arc(0.5, 0.28, 0.42, 0.28, 180, 370, 8) + [(0.0, 1.0), (1.0, 1.0)]],
    3: [_arc(0.45, 0.25, 0.45, 0.25, 200, 450, 8) + _arc(0.45, 0.73, 0.5, 0.27, 270, 520, 9)],
    4: [[(0.75, 1.0), (0.75, 0.0), (0.0, 0.68), (1.0, 0.68)]],
    5: [[(0.95, 0.0), (0.1, 0.0), (0.05, 0.45)] + _arc(0.45, 0.7, 0.5, 0.3, 240, 495, 9)],
    6: [[(0.85, 0.0), (0.3, 0.35)] + _arc(0.5, 0.72, 0.45, 0.28, 180, 540, 12)],
    7: [[(0.0, 0.0), (1.0, 0.0), (0.35, 1.0)], [(0.3, 0.5), (0.85, 0.5)]],
    8: [_arc(0.5, 0.24, 0.35, 0.24, 0, 360, 10), _arc(0.5, 0.73, 0.45, 0.27, 0, 360, 11)],
    9: [_arc(0.5, 0.3, 0.42, 0.3, 0, 360, 12), [(0.92, 0.3), (0.7, 1.0)]],
}


def _segments(digit):
    """(S, 2, 2) segment end points of one digit's strokes."""
    return np.asarray([(p, q) for line in STROKES[digit] for p, q in zip(line[:-1], line[1:])],
                      np.float32)


def _draw(seg, width):
    """Anti-aliased strokes: (N, 784) intensities in [0, 1] of segments (N, S, 2, 2) in pixels."""
    yy, xx = np.mgrid[0:28, 0:28]
    grid = np.stack([xx.ravel(), yy.ravel()], 1).astype(np.float32)  # (784, 2)
    a, ab = seg[:, :, None, 0], seg[:, :, None, 1] - seg[:, :, None, 0]  # (N, S, 1, 2)
    ap = grid - a
    t = np.clip((ap * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-6), 0, 1)
    d2 = ((ap - t[..., None] * ab) ** 2).sum(-1).min(1)
    return np.clip(width[:, None] + 0.5 - np.sqrt(d2), 0, 1)


def render(labels, rng):
    """uint8 images (N, 28, 28) of the digits `labels`."""
    n = len(labels)
    angle = rng.normal(0, 0.18, n)
    shear = rng.normal(0, 0.15, n)
    scale = rng.uniform(16, 21, n)
    aspect = rng.uniform(0.55, 0.8, n)
    cos, sin = np.cos(angle), np.sin(angle)
    mat = np.empty((n, 2, 2), np.float32)
    mat[:, 0, 0], mat[:, 0, 1] = scale * aspect * cos, scale * (shear * cos - sin)
    mat[:, 1, 0], mat[:, 1, 1] = scale * aspect * sin, scale * (shear * sin + cos)
    centre = (13.5 + rng.uniform(-2.5, 2.5, (n, 2))).astype(np.float32)
    width = rng.uniform(0.8, 1.7, n).astype(np.float32)
    images = np.empty((n, 784), np.float32)
    for digit in range(10):
        idx = np.flatnonzero(labels == digit)
        for chunk in np.array_split(idx, max(1, len(idx) // 400)):
            seg = _segments(digit) + rng.normal(0, 0.04, (len(chunk),) + _segments(digit).shape)
            pts = np.einsum('nij,nskj->nski', mat[chunk], seg - 0.5) + centre[chunk, None, None]
            images[chunk] = _draw(pts.astype(np.float32), width[chunk])
    images = images * rng.uniform(200, 255, (n, 1)) + rng.normal(0, 12, images.shape)
    return np.clip(images, 0, 255).astype(np.uint8).reshape(n, 28, 28)


def _write_idx(path, array):
    with open(path, 'wb') as f:
        f.write(struct.pack('>BBBB', 0, 0, 8, array.ndim))
        f.write(struct.pack('>' + 'I' * array.ndim, *array.shape))
        f.write(np.ascontiguousarray(array, np.uint8).tobytes())


def _count(path):
    try:
        with open(path, 'rb') as f:
            head = f.read(8)
        return struct.unpack('>I', head[4:8])[0] if len(head) == 8 else None
    except OSError:
        return None


def _sizes(n_train, n_test):
    env = os.environ.get('MNIST_IDX_SIZES')
    default = tuple(int(v) for v in env.split(',')) if env else DEFAULT_SIZES
    return n_train or default[0], n_test or default[1]


def make_mnist_idx(root='./', n_train=None, n_test=None, seed=0):
    """Write the train and test IDX files under ROOT/MNIST_Data (kept if already that size)."""
    n_train, n_test = _sizes(n_train, n_test)
    base = os.path.join(root, 'MNIST_Data')
    for usage, prefix, n, offset in (('train', 'train', n_train, 0), ('test', 't10k', n_test, 1)):
        folder = os.path.join(base, usage)
        images = os.path.join(folder, f'{prefix}-images-idx3-ubyte')
        labels = os.path.join(folder, f'{prefix}-labels-idx1-ubyte')
        if _count(images) == n and _count(labels) == n:
            continue
        os.makedirs(folder, exist_ok=True)
        rng = np.random.default_rng(seed + offset)
        y = rng.permutation(np.arange(n) % 10).astype(np.uint8)
        _write_idx(images, render(y, rng))
        _write_idx(labels, y)
    print(f'Synthetic MNIST_Data: {n_train} train and {n_test} test images in {base}')
    return base


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('root', nargs='?', default='./')
    parser.add_argument('--train', type=int, default=None)
    parser.add_argument('--test', type=int, default=None)
    args = parser.parse_args()
    make_mnist_idx(args.root, args.train, args.test)
