"""Random ops, drawing from the generator that `minispore.set_seed` seeds."""
import numbers
import zlib

import numpy as np

from ..common import dtype as mstype
from ..common import seed as _global
from ..common.tensor import Tensor, _wrap
from .functional import add, mul, sub

__all__ = ["bernoulli", "dropout", "dropout2d", "multinomial", "normal", "rand", "rand_like",
           "randint", "randint_like", "randn", "randn_like", "uniform"]

_FLOATS = frozenset(map(np.dtype, (np.float16, np.float32, np.float64)))
_INTS = frozenset(map(np.dtype, (np.int8, np.int16, np.int32, np.int64)))
_f32 = np.dtype(np.float32)

# Op-level seeds: one stream per (op, seed), so that repeated calls with the same seed give new
# numbers and a rerun of the program (or a new `set_seed`) gives the same ones again.
_streams = {}
_streams_owner = [None]


def _rng(seed, op):
    """The generator `op` draws from: the global one, or the stream of its op-level `seed`."""
    if seed is None:
        return _global._rng
    if seed.__class__ is not int:
        if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
            raise TypeError(f"For '{op}', the 'seed' must be int, but got "
                            f"'{type(seed).__name__}'")
        seed = int(seed)
    if seed < 0:
        raise ValueError(f"For '{op}', the 'seed' must be int and must >= 0, but got '{seed}' "
                         f"with type 'int'.")
    if seed == 0 and _global._seed is None:
        return _global._rng
    if _streams_owner[0] is not _global._rng:       # set_seed was called: restart the streams
        _streams.clear()
        _streams_owner[0] = _global._rng
    key = (op, seed)
    rng = _streams.get(key)
    if rng is None:
        base = 0 if _global._seed is None else _global._seed + 1
        rng = _streams[key] = np.random.default_rng([base, seed, zlib.crc32(op.encode())])
    return rng


def _float_dtype(dtype, default, op):
    np_dtype = mstype.to_numpy(dtype or default)
    if np_dtype not in _FLOATS:
        raise ValueError(f"For '{op}', the 'dtype' must be a float type, but got "
                         f"{mstype.from_numpy(np_dtype)}.")
    return np_dtype


def _int_dtype(dtype, op):
    np_dtype = mstype.to_numpy(dtype)
    if np_dtype not in _INTS:
        raise ValueError(f"For '{op}', the 'dtype' must be an int type, but got "
                         f"{mstype.from_numpy(np_dtype)}.")
    return np_dtype


def _check_dims(shape, op):
    for i, s in enumerate(shape):
        if s < 0:
            raise ValueError(f"For '{op}', the {i}th dimension of the shape must be greater "
                             f"than or equal to 0, but got {s}.")
    return shape


def _size(size, op):
    """`rand(2, 3)`, `rand((2, 3))` and `rand([2, 3])` all mean shape (2, 3); `rand()` is (1,)."""
    if not size:
        return (1,)
    if len(size) == 1:
        size = size[0]
        if isinstance(size, numbers.Integral):
            return _check_dims((int(size),), op)
        if not isinstance(size, (tuple, list)):
            raise TypeError(f"For '{op}', if the length of the argument 'shape' is 1, the type "
                            f"of the argument 'shape' must be one of ['int', 'list', 'tuple'], "
                            f"but got {size}.")
    for s in size:
        if not isinstance(s, numbers.Integral):
            raise TypeError(f"For '{op}', the type of the argument 'shape' must all be int, "
                            f"but got {s}.")
    return _check_dims(tuple(map(int, size)), op)


def _is_float(value):
    return value.__class__ is float or (isinstance(value, numbers.Real)
                                        and not isinstance(value, numbers.Integral))


def _check_tensor(x, name, op):
    if not isinstance(x, Tensor):
        raise TypeError(f"For '{op}', the '{name}' must be a Tensor, but got {type(x)}")


def _check_int(value, name, op):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"For '{op}', '{name}' must be an int, but got {type(value)}.")


def _integers(rng, low, high, shape, np_dtype, op):
    if low >= high:
        raise RuntimeError(f"For '{op}', invalid min/max values: ({low}/{high})")
    return _wrap(rng.integers(low, high, shape).astype(np_dtype, copy=False))


def _uniform01(rng, shape, np_dtype):
    """Uniform [0, 1) samples of `np_dtype`, drawn in float32 unless float64 is asked for."""
    if np_dtype == np.float64:
        return rng.random(shape)
    out = rng.random(shape, _f32)
    if np_dtype == _f32:
        return out
    # Rounding to a narrower type could reach 1.0: keep below it.
    return np.minimum(out.astype(np_dtype), np.nextafter(np_dtype.type(1), np_dtype.type(0)))


def _normal01(rng, shape, np_dtype):
    if np_dtype == np.float64:
        return rng.standard_normal(shape)
    out = rng.standard_normal(shape, _f32)
    return out if np_dtype == _f32 else out.astype(np_dtype)


# ---- samples of a given shape ----
def rand(*size, dtype=None, seed=None):
    """Samples uniform in [0, 1) of shape `size` (Float32 unless `dtype`, a float type, is given).

    Example:
        >>> ops.rand(2, 3).shape
        (2, 3)
        >>> ops.rand((2,), dtype=mindspore.float64).dtype
        mindspore.float64
    """
    np_dtype = _float_dtype(dtype, mstype.float32, 'rand')
    return _wrap(_uniform01(_rng(seed, 'rand'), _size(size, 'rand'), np_dtype))


def randn(*size, dtype=None, seed=None):
    """Standard normal samples of shape `size` (Float32 unless `dtype`, a float type, is given).

    Example:
        >>> ops.randn(2, 3).shape
        (2, 3)
    """
    np_dtype = _float_dtype(dtype, mstype.float32, 'randn')
    return _wrap(_normal01(_rng(seed, 'randn'), _size(size, 'randn'), np_dtype))


def randint(low, high, size, seed=None, *, dtype=None):
    """Integers uniform in [low, high) of shape `size`, a tuple (Int64 unless `dtype` is given).

    Example:
        >>> x = ops.randint(0, 5, (2, 3))
        >>> x.shape, x.dtype, bool(((x >= 0) & (x < 5)).all())
        ((2, 3), mindspore.int64, True)
    """
    np_dtype = _int_dtype(dtype or mstype.int64, 'randint')
    if not isinstance(size, tuple):
        raise ValueError(f"For 'randint', the input 'size' must be a tuple, but got {size}.")
    _check_int(low, 'low', 'randint')
    _check_int(high, 'high', 'randint')
    return _integers(_rng(seed, 'randint'), low, high, _check_dims(size, 'randint'), np_dtype,
                     'randint')


def normal(shape, mean, stddev, seed=None):
    """Normal samples with mean `mean` and standard deviation `stddev`; the output's shape is
    `shape` broadcast with theirs, its dtype that of `randn * stddev + mean` (differentiable in
    `mean` and `stddev`).

    Args:
        shape (tuple[int]): positive sizes.
        mean, stddev (Union[Tensor, int, float]): broadcast against `shape`.

    Example:
        >>> ops.normal((2, 3), Tensor([0., 10., 20.]), 1.0).shape
        (2, 3)
    """
    for name, value in (('mean', mean), ('stddev', stddev)):
        if not isinstance(value, (Tensor, int, float, np.ndarray)):
            raise TypeError(f"For 'normal', the type of '{name}' must be Tensor, int, or float, "
                            f"but got: {type(value)}")
    mean = mean if isinstance(mean, Tensor) else Tensor(mean)
    stddev = stddev if isinstance(stddev, Tensor) else Tensor(stddev)
    rng = _rng(seed, 'normal')
    if not isinstance(shape, tuple):
        raise TypeError(f"For 'normal', the type of 'shape' must be tuple, but got: "
                        f"{type(shape)}")
    for s in shape:
        if not isinstance(s, int):
            raise TypeError(f"For 'normal', the elements of 'shape' must be int, but got: "
                            f"{type(s)}")
        if s < 1:
            raise ValueError(f"For 'normal', the elements of 'shape' must be positive int, but "
                             f"got: {s}")
    return add(mul(_wrap(rng.standard_normal(shape, _f32)), stddev), mean)


def uniform(shape, minval, maxval, seed=None, dtype=mstype.float32):
    """Samples uniform in [minval, maxval) of `shape` broadcast with the bounds' shapes.

    Float32 samples are `rand * (maxval - minval) + minval` (differentiable in the bounds); Int32
    ones need 0-d bounds with minval < maxval. `minval` and `maxval` are Tensors of `dtype`.

    Example:
        >>> x = ops.uniform((2, 3), Tensor(1.0), Tensor(2.0))
        >>> x.shape, bool(((x >= 1) & (x < 2)).all())
        ((2, 3), True)
    """
    if not isinstance(minval, Tensor) or not isinstance(maxval, Tensor):
        raise TypeError("For functional operator[uniform], the input[minval] and input[maxval] "
                        "must be a Tensor.")
    np_dtype = mstype.to_numpy(dtype)
    if np_dtype not in (np.int32, np.float32):
        raise TypeError(f"For 'uniform', the 'dtype' must be mindspore.int32 or "
                        f"mindspore.float32, but got {mstype.from_numpy(np_dtype)}.")
    for bound in (minval, maxval):
        if bound._data.dtype != np_dtype:
            raise TypeError(f"For 'uniform', the value data type '{mstype.from_numpy(np_dtype)}' "
                            f"is not consistent with assigned tensor data type {bound.dtype}.")
    rng = _rng(seed, 'uniform')
    if not isinstance(shape, tuple) or not all(isinstance(s, int) for s in shape):
        raise TypeError(f"For 'uniform', the 'shape' must be a tuple of ints, but got {shape!r}.")
    _check_dims(shape, 'uniform')
    if np_dtype == np.int32:
        for name, bound in (('minval', minval), ('maxval', maxval)):
            if bound.ndim:
                raise ValueError(f"For 'uniform', the '{name}' should be a scalar tensor when "
                                 f"'dtype' is Int32, but got shape {bound.shape}.")
        return _integers(rng, int(minval._data), int(maxval._data), shape, np_dtype, 'uniform')
    return add(mul(_wrap(rng.random(shape, _f32)), sub(maxval, minval)), minval)


# ---- samples shaped like a tensor ----
def rand_like(input, seed=None, *, dtype=None):
    """Samples uniform in [0, 1) with the shape of `input` (and its dtype unless `dtype`).

    Example:
        >>> ops.rand_like(Tensor(np.zeros((2, 2)))).dtype
        mindspore.float64
    """
    _check_tensor(input, 'input', 'rand_like')
    np_dtype = _float_dtype(dtype or input.dtype, None, 'rand_like')
    return _wrap(_uniform01(_rng(seed, 'rand_like'), input.shape, np_dtype))


def randn_like(input, seed=None, *, dtype=None):
    """Standard normal samples with the shape of `input` (Float32 unless `dtype` is given, as
    MindSpore 2.10 does whatever the dtype of `input`).

    Example:
        >>> ops.randn_like(Tensor(np.zeros((2, 2)))).dtype
        mindspore.float32
    """
    _check_tensor(input, 'input', 'randn_like')
    np_dtype = _float_dtype(dtype, mstype.float32, 'randn_like')
    return _wrap(_normal01(_rng(seed, 'randn_like'), input.shape, np_dtype))


def randint_like(input, low, high, seed=None, *, dtype=None):
    """Integers uniform in [low, high) with the shape of `input` (and its dtype, which must then
    be an int type, unless `dtype` is given).

    Example:
        >>> x = ops.randint_like(Tensor([[1, 2], [3, 4]]), 0, 3)
        >>> x.shape, x.dtype, bool(((x >= 0) & (x < 3)).all())
        ((2, 2), mindspore.int64, True)
    """
    _check_tensor(input, 'input', 'randint_like')
    np_dtype = _int_dtype(dtype or input.dtype, 'randint_like')
    _check_int(low, 'low', 'randint_like')
    _check_int(high, 'high', 'randint_like')
    return _integers(_rng(seed, 'randint_like'), low, high, input.shape, np_dtype,
                     'randint_like')


_BERNOULLI_TYPES = frozenset(map(np.dtype, (np.bool_, np.float32, np.float64, np.int8, np.int16,
                                            np.int32, np.int64, np.uint8)))


def bernoulli(input, p=0.5, seed=None):
    """0/1 samples, 1 with probability `p`, with the shape and dtype of `input`.

    Args:
        input (Tensor): gives the shape and dtype (bool, float32/64, int8/16/32/64 or uint8).
        p (Union[float, Tensor]): in [0, 1]; a float32/64 Tensor of the shape of `input` or of
            one element.
        seed (int): -1 or None draws from the global generator; a seed >= 0 gives the same
            samples at every call, as in MindSpore.

    Example:
        >>> ops.bernoulli(Tensor([1.0, 2.0, 3.0]), p=Tensor([0.0, 1.0, 1.0]))
        Tensor(shape=[3], dtype=Float32, value= [ 0.00000000e+00,  1.00000000e+00,  1.00000000e+00])
    """
    if seed is None:
        seed = -1
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise TypeError(f"For 'bernoulli', the type of 'seed' must be 'int', but got "
                        f"'{type(seed).__name__}'.")
    if seed < -1:
        raise ValueError(f"For 'bernoulli', the 'seed' must be -1 or a non-negative integer, "
                         f"but got {seed}.")
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'bernoulli', the 'input' must be a Tensor, but got "
                        f"{type(input).__name__}.")
    x = input._data
    if x.dtype not in _BERNOULLI_TYPES:
        raise TypeError(f"For 'bernoulli', the 'input' must be a type of {{Tensor[Bool], "
                        f"Tensor[Float32], Tensor[Float64], Tensor[Int16], Tensor[Int32], "
                        f"Tensor[Int64], Tensor[Int8], Tensor[UInt8]}}, but got "
                        f"Tensor[{input.dtype}].")
    if isinstance(p, Tensor):
        prob = p._data
        if prob.dtype not in (np.float32, np.float64):
            raise TypeError(f"For 'bernoulli', the 'p' must be a type of {{Tensor[Float32], "
                            f"Tensor[Float64]}}, but got Tensor[{p.dtype}].")
        if prob.shape != x.shape and prob.size != 1:
            raise ValueError(f"For 'bernoulli', 'input' and 'p' should have the same shape or "
                             f"'p' have a size of 1, but got {list(x.shape)} and "
                             f"{list(prob.shape)}.")
        bad = prob[(prob < 0) | (prob > 1) | np.isnan(prob)]
        if bad.size:
            raise ValueError(f"For bernoulli, p should be in [0, 1], but got {bad.flat[0]}.")
        if prob.size == 1:
            prob = prob.reshape(())
    else:
        if not _is_float(p):
            raise TypeError(f"For 'bernoulli', the 'p' must be a float or a float Tensor, but "
                            f"got {type(p).__name__}.")
        if not 0 <= p <= 1:
            raise ValueError(f"For bernoulli, p should be in [0, 1], but got {p}.")
        prob = p
    rng = _global._rng if seed == -1 else np.random.default_rng(seed)
    return _wrap((rng.random(x.shape) < prob).astype(x.dtype))


def multinomial(input, num_samples, replacement=True, seed=None):
    """Int32 indices of `num_samples` draws from the distribution(s) given by the non-negative
    weights in `input` (1-D, or 2-D with one distribution per row).

    Args:
        input (Tensor): weights (need not sum to 1).
        num_samples (int): draws per distribution; without `replacement` at most the number
            of categories.
        replacement (bool): draw with replacement.

    Example:
        >>> ops.multinomial(Tensor([0.0, 9.0, 0.0]), 2)
        Tensor(shape=[2], dtype=Int32, value= [1, 1])
    """
    _check_tensor(input, 'input', 'multinomial')
    if input.ndim not in (1, 2):
        raise ValueError(f"For 'multinomial', the dimension of inputs must be 1d or 2d, but got "
                         f"{input.ndim}.")
    if not isinstance(num_samples, int) or isinstance(num_samples, bool):
        raise TypeError(f"For 'multinomial', the 'num_samples' must be an int, but got "
                        f"{type(num_samples).__name__}.")
    if num_samples < 0:
        raise ValueError(f"For 'multinomial', num_samples should be a nonnegative number, but "
                         f"got {num_samples}.")
    rng = _rng(seed, 'multinomial')
    weights = np.asarray(input._data, np.float64)
    rows = weights.reshape(-1, weights.shape[-1])
    n = rows.shape[1]
    with np.errstate(all='ignore'):
        if not replacement:
            if n < num_samples:
                raise ValueError(f"For 'multinomial', the 'num_samples' must be less than the "
                                 f"last dimension of input without 'replacement', but got "
                                 f"'num_samples': {num_samples} and 'replacement': "
                                 f"{replacement}")
            # Exponential races: the num_samples smallest of E_i / w_i are a draw without
            # replacement with probabilities proportional to w.
            keys = np.log(rng.random(rows.shape)) / (rows + 1e-6)
            out = np.argsort(-keys, axis=1, kind='stable')[:, :num_samples]
        else:
            cdf = np.cumsum(rows, axis=1)
            cdf /= cdf[:, -1:]
            offset = np.arange(len(rows))[:, None]
            u = rng.random((len(rows), num_samples)) + offset
            out = np.searchsorted((cdf + offset).ravel(), u.ravel(), side='right')
            out = np.minimum(out.reshape(u.shape) - offset * n, n - 1)
    return _wrap(out.reshape(weights.shape[:-1] + (num_samples,)).astype(np.int32))


# ---- dropout ----
def _check_training(training, op):
    if training.__class__ is not bool:
        raise TypeError(f"For '{op}', the 'training' must be a bool, but got "
                        f"{type(training).__name__}.")


_DROPOUT_TYPES = _FLOATS


def dropout(input, p=0.5, training=True, seed=None):
    """Zero each element with probability `p` and scale the others by 1 / (1 - p), in training;
    `input` itself otherwise. The gradient is the same mask and scale.

    Args:
        input (Tensor): float16, float32 or float64.
        p (float): the dropping probability, in [0, 1).

    Example:
        >>> x = ops.dropout(ops.ones((2, 3)), p=0.5)
        >>> bool(((x == 0) | (x == 2)).all())
        True
    """
    _check_training(training, 'dropout')
    if not training:
        return input
    if isinstance(p, Tensor):
        p = float(p._data)
    elif not _is_float(p):
        raise TypeError(f"For 'dropout', the 'p' must be a float, but got {type(p).__name__}.")
    keep = 1 - p
    if not 0 < keep <= 1:
        raise RuntimeError(f"For 'dropout', the 'keep_prob' (1 - p) must be in (0.0, 1.0], but "
                           f"got {keep:.6g}.")
    _check_tensor(input, 'input', 'dropout')
    x = input._data
    if x.dtype not in _DROPOUT_TYPES:
        raise TypeError(f"For 'dropout', the 'input' must be a type of {{Tensor[BFloat16], "
                        f"Tensor[Float16], Tensor[Float32], Tensor[Float64]}}, but got "
                        f"Tensor[{input.dtype}].")
    rng = _rng(seed, 'dropout')
    if keep == 1:
        return input
    return mul(input, _wrap((rng.random(x.shape, _f32) < keep) * x.dtype.type(1 / keep)))


_DROPOUT2D_TYPES = _FLOATS | _INTS


def dropout2d(input, p=0.5, training=True):
    """Zero whole channels (`input[n, c]` of an NCHW tensor) with probability `p` and scale the
    others by 1 / (1 - p), in training; `input` itself otherwise.

    Args:
        input (Tensor): 4-D, of a float or int type.
        p (float): the dropping probability, in [0, 1].

    Example:
        >>> x = ops.dropout2d(ops.ones((2, 4, 3, 3)), p=0.5)
        >>> x.shape, sorted(set(x.asnumpy().ravel().tolist())) in ([0.0, 2.0], [0.0], [2.0])
        ((2, 4, 3, 3), True)
    """
    _check_training(training, 'dropout2d')
    if not training:
        return input
    if isinstance(p, bool) or not isinstance(p, (int, float)):
        raise TypeError(f"For 'dropout2d', the type of 'p' should be 'float', but got type "
                        f"'{type(p).__name__}'.")
    keep = 1.0 - p
    if not 0 <= keep <= 1:
        raise ValueError(f"For 'dropout2d', the 'keep_prob' (1 - p) must be in range of "
                         f"[0.0, 1.0], but got {keep:.6g} with type 'float'.")
    _check_tensor(input, 'input', 'dropout2d')
    x = input._data
    if x.ndim != 4:
        raise ValueError(f"For 'dropout2d', the rank of input must be equal to 4, but got "
                         f"{x.ndim}.")
    if x.dtype not in _DROPOUT2D_TYPES:
        raise TypeError(f"For 'dropout2d', the 'input' must be a type of {{Tensor[BFloat16], "
                        f"Tensor[Float16], Tensor[Float32], Tensor[Float64], Tensor[Int16], "
                        f"Tensor[Int32], Tensor[Int64], Tensor[Int8]}}, but got "
                        f"Tensor[{input.dtype}].")
    keep_mask = _global._rng.random(x.shape[:2] + (1, 1), _f32) < keep
    scale = 1 / keep if keep else 0.0
    if x.dtype.kind in 'iu':
        return _wrap((x * (keep_mask * scale)).astype(x.dtype))
    return mul(input, _wrap(keep_mask * x.dtype.type(scale)))
