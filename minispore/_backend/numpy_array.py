"""NumPy kernels of item assignment, gather, scatter-add and split (array_func)."""
import numpy as np


def ms_shape(shape):
    """A shape as MindSpore's messages print it: `(2, 3)`, `(2)`, `()`."""
    return '(' + ', '.join(map(str, shape)) + ')'


def assign(data, index, value):
    """`data[index] = value` in place, raising MindSpore's errors for a bad index or value."""
    try:
        data[index] = value
    except IndexError as e:
        text = str(e)
        if 'out of bounds' in text:
            raise IndexError(text[:1].upper() + text[1:]) from None
        raise
    except ValueError:
        target = np.broadcast_to(np.zeros((), data.dtype), data.shape)[index].shape
        if _fits(np.shape(value), target):
            raise
        raise ValueError(f"For 'BroadcastTo', in order to broadcast, each dimension pair must "
                         f"be equal or input dimension is 1 or target dimension is -1. But got "
                         f"x_shape: {ms_shape(np.shape(value))}, target shape: "
                         f"{ms_shape(target)}.") from None


def _fits(shape, target):
    """Whether NumPy's assignment broadcasts a value of `shape` to `target`."""
    while len(shape) > len(target) and shape[0] == 1:
        shape = shape[1:]
    try:
        return len(shape) <= len(target) and np.broadcast_shapes(shape, target) == target
    except ValueError:
        return False


def setitem(x, value, index, basic):
    out = np.array(x)
    assign(out, index, value)
    return out


def gather(x, indices, axis):
    try:
        return np.take(x, indices, axis)
    except IndexError:
        n = x.shape[axis]
        bad = indices[(indices >= n) | (indices < -n)].flat[0]
        raise RuntimeError(f"For 'Gather', the 'input_indices' should be in the range [0, {n}), "
                           f"but got {bad}.") from None


def add_at(out, indices, updates, axis, zeros=False):
    """`out[..., indices[j], ...] += updates[..., j, ...]` along `axis`, repeated indices summed
    (`zeros`: out is all zeros, so the first writes need not add).

    Rounds of plain fancy-index writes, each over indices that occur once in it (an owner array
    picks one occurrence per target), are several times faster than np.add.at; after a few
    rounds what remains (heavily repeated indices) is summed per target after a sort.
    """
    n, flat = out.shape[axis], indices.reshape(-1)
    k = flat.size
    if not k:
        return out
    rows = np.moveaxis(out, axis, 0) if axis else out
    upd = updates.reshape(out.shape[:axis] + (k,) + out.shape[axis + 1:])
    if axis:
        upd = np.moveaxis(upd, axis, 0)
    owner, rest, f = np.empty(n, np.intp), np.arange(k), flat
    for round in range(4):
        owner[f] = rest
        won = owner[f] == rest
        if round == 0 and won.all():
            if zeros:
                rows[f] = upd
            else:
                rows[f] += upd
            return out
        if round == 0 and zeros:
            rows[f[won]] = upd[rest[won]]
        else:
            rows[f[won]] += upd[rest[won]]
        rest = rest[~won]
        if not rest.size:
            return out
        f = flat[rest]
    f = np.where(f < 0, f + n, f)
    order = np.argsort(f, kind='stable')
    f, rest = f[order], rest[order]
    starts = np.flatnonzero(np.concatenate(([True], f[1:] != f[:-1])))
    rows[f[starts]] += np.add.reduceat(upd[rest], starts, axis=0)
    return out


def scatter_add(updates, indices, axis, shape):
    return add_at(np.zeros(shape, updates.dtype), indices, updates, axis, zeros=True)


def split(x, axis, indices):
    return tuple(np.split(x, indices, axis))
