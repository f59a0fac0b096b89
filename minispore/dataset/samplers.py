"""Samplers: which rows of a random-access source one epoch reads, and in what order."""
import math
from enum import Enum

import numpy as np

__all__ = ['Sampler', 'SequentialSampler', 'RandomSampler', 'SubsetSampler', 'SubsetRandomSampler',
           'DistributedSampler', 'WeightedRandomSampler', 'Shuffle']

_INT64_MAX = 9223372036854775807


class Shuffle(str, Enum):
    """Shuffle modes for a source's `shuffle` (here every mode but FALSE shuffles all rows).

    Example:
        >>> import minispore.dataset as ds
        >>> ds.Shuffle.GLOBAL.value
        'global'
    """
    FALSE = 'false'
    ADAPTIVE = 'adaptive'
    GLOBAL = 'global'
    PARTIAL = 'partial'
    FILES = 'files'
    INFILE = 'infile'


def pipeline_error(detail, first='Exception thrown from dataset pipeline. '
                                 "Refer to 'Dataset Pipeline Error Message'. "):
    """A RuntimeError worded as MindSpore's data pipeline reports its errors."""
    rule = '-' * 66
    return RuntimeError(f'{first}\n\n{rule}\n- Dataset Pipeline Error Message: \n{rule}\n'
                        f'[ERROR] {detail}\n')


def check_num_samples(num_samples):
    """Raise MindSpore's ValueError unless `num_samples` is None or in [0, INT64_MAX]."""
    if num_samples is None:
        return
    if isinstance(num_samples, bool) or not isinstance(num_samples, int):
        raise TypeError(f"Argument num_samples with value {num_samples} is not of type "
                        f"[<class 'int'>], but got {type(num_samples)}.")
    if not 0 <= num_samples <= _INT64_MAX:
        raise ValueError(f'num_samples exceeds the boundary between 0 and {_INT64_MAX}(INT64_MAX)!')


def _check_bool(value, name):
    if not isinstance(value, bool):
        raise TypeError(f'{name} must be a boolean value but was: {value}.')


def _check_indices(indices, name):
    if isinstance(indices, (str, bytes)) or not hasattr(indices, '__iter__'):
        raise TypeError(f'Unsupported sampler object of type ({type(indices)})')
    indices = list(indices)
    for i, v in enumerate(indices):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise TypeError(f'{name}: Type of indices element must be int, but got list[{i}]: {v}, '
                            f'type: {type(v)}.')
    return np.asarray(indices, dtype=np.int64)


def _check_bounds(indices, n):
    bad = indices[(indices < 0) | (indices >= n)]
    if bad.size:
        raise pipeline_error(f'Sample ID ({int(bad[0])}) is out of bound, expected range '
                             f'[0, {n - 1}]')
    return indices


class Sampler:
    """The base of samplers; a subclass with `__iter__` yielding row indices is a user sampler.

    A user sampler reads the number of rows of its source from `self.dataset_size`.

    Example:
        >>> import minispore.dataset as ds
        >>> class Reverse(ds.Sampler):
        ...     def __iter__(self):
        ...         return iter(range(self.dataset_size - 1, -1, -1))
        >>> d = ds.NumpySlicesDataset(np.arange(4), sampler=Reverse())
        >>> [int(x[0]) for x in d.create_tuple_iterator(output_numpy=True)]
        [3, 2, 1, 0]
    """

    def __init__(self, num_samples=None):
        check_num_samples(num_samples)
        self.num_samples = num_samples
        self.child_sampler = None
        self.dataset_size = None

    def add_child(self, sampler):
        """Sample from the rows `sampler` picks instead of from all rows."""
        if not isinstance(sampler, Sampler):
            raise TypeError('Input sampler can only be an instance of Sampler.')
        self.child_sampler = sampler

    def get_child(self):
        """The child sampler, or None."""
        return self.child_sampler

    def get_num_samples(self):
        """The `num_samples` given, or None."""
        return self.num_samples

    def _limit(self, k):
        return min(k, self.num_samples) if self.num_samples else k

    def _sample(self, n, rng):
        """Indices into `n` rows; a user sampler's `__iter__` gives them."""
        self.dataset_size = n
        indices = np.fromiter(iter(self), dtype=np.int64)
        return _check_bounds(indices[:self._limit(len(indices))], n)

    def _size(self, n):
        return None

    def _indices(self, n, rng):
        if self.child_sampler is None:
            return self._sample(n, rng)
        base = self.child_sampler._indices(n, rng)
        return base[self._sample(len(base), rng)]

    def _count(self, n):
        """Rows per epoch from `n` source rows, or None when only iterating tells."""
        if self.child_sampler is not None:
            n = self.child_sampler._count(n)
            if n is None:
                return None
        return self._size(n)


class _IterableSampler(Sampler):
    """Any iterable of row indices given as `sampler=`."""

    def __init__(self, iterable):
        super().__init__()
        self._iterable = iterable

    def _sample(self, n, rng):
        return _check_bounds(np.fromiter(iter(self._iterable), dtype=np.int64), n)

    def _size(self, n):
        return len(self._iterable) if hasattr(self._iterable, '__len__') else None


def as_sampler(sampler):
    """`sampler` as a Sampler: Samplers as they are, other iterables of indices wrapped."""
    if isinstance(sampler, Sampler):
        return sampler
    if isinstance(sampler, (str, bytes)) or not hasattr(sampler, '__iter__'):
        raise TypeError('sampler should be either iterable or from mindspore.dataset.samplers.')
    return _IterableSampler(sampler)


class SequentialSampler(Sampler):
    """Rows in order from `start_index` (default 0), at most `num_samples` of them.

    Example:
        >>> import minispore.dataset as ds
        >>> d = ds.NumpySlicesDataset(np.arange(10), sampler=ds.SequentialSampler(2, 5))
        >>> [int(x[0]) for x in d.create_tuple_iterator(output_numpy=True)]
        [2, 3, 4, 5, 6]
    """

    def __init__(self, start_index=None, num_samples=None):
        super().__init__(num_samples)
        if start_index is not None and (isinstance(start_index, bool)
                                        or not isinstance(start_index, int)):
            raise TypeError(f"Argument start_index with value {start_index} is not of type "
                            f"[<class 'int'>], but got {type(start_index)}.")
        self.start_index = start_index

    def _start(self, n):
        start = self.start_index or 0
        if not 0 <= start < max(n, 1):
            raise pipeline_error(f'Invalid parameter, start_index must be less than num_rows, but '
                                 f'got start_index: {start}, num_rows: {n}.')
        return start

    def _sample(self, n, rng):
        start = self._start(n)
        return np.arange(start, start + self._limit(n - start))

    def _size(self, n):
        return self._limit(max(n - (self.start_index or 0), 0))


class RandomSampler(Sampler):
    """Rows in a random order (with `replacement`, drawn independently), at most `num_samples`.

    Example:
        >>> import minispore.dataset as ds
        >>> d = ds.NumpySlicesDataset(np.arange(10), sampler=ds.RandomSampler(num_samples=4))
        >>> rows = [int(x[0]) for x in d.create_tuple_iterator(output_numpy=True)]
        >>> len(rows), len(set(rows)), set(rows) <= set(range(10))
        (4, 4, True)
    """

    def __init__(self, replacement=False, num_samples=None, shuffle=Shuffle.GLOBAL):
        super().__init__(num_samples)
        _check_bool(replacement, 'replacement')
        self.replacement, self.shuffle = replacement, shuffle

    def _sample(self, n, rng):
        k = self._limit(n)
        if self.replacement:
            return rng.integers(0, n, k) if n else np.arange(0)
        return rng.permutation(n)[:k]

    def _size(self, n):
        return self._limit(n)


class SubsetSampler(Sampler):
    """The rows at `indices`, in that order, at most `num_samples` of them.

    Example:
        >>> import minispore.dataset as ds
        >>> d = ds.NumpySlicesDataset(np.arange(10), sampler=ds.SubsetSampler([3, 1, 7]))
        >>> [int(x[0]) for x in d.create_tuple_iterator(output_numpy=True)]
        [3, 1, 7]
    """

    def __init__(self, indices, num_samples=None):
        super().__init__(num_samples)
        self._indices_arr = _check_indices(indices, type(self).__name__)
        self.indices = list(indices)

    def _sample(self, n, rng):
        return _check_bounds(self._indices_arr[:self._limit(len(self._indices_arr))], n)

    def _size(self, n):
        return self._limit(len(self._indices_arr))


class SubsetRandomSampler(SubsetSampler):
    """The rows at `indices` in a random order, at most `num_samples` of them.

    Example:
        >>> import minispore.dataset as ds
        >>> d = ds.NumpySlicesDataset(np.arange(10), sampler=ds.SubsetRandomSampler([3, 1, 7]))
        >>> sorted(int(x[0]) for x in d.create_tuple_iterator(output_numpy=True))
        [1, 3, 7]
    """

    def _sample(self, n, rng):
        chosen = self._indices_arr[rng.permutation(len(self._indices_arr))]
        return _check_bounds(chosen[:self._limit(len(chosen))], n)


class DistributedSampler(Sampler):
    """Shard `shard_id` of `num_shards`: every `num_shards`-th row from `shard_id`.

    Each shard gets ceil(rows / num_shards) rows, wrapping around to the first rows; with
    `shuffle` the rows are permuted first (the same permutation in every shard for one seed).

    Example:
        >>> import minispore.dataset as ds
        >>> s = ds.DistributedSampler(4, 3, shuffle=False)
        >>> d = ds.NumpySlicesDataset(np.arange(10), sampler=s)
        >>> [int(x[0]) for x in d.create_tuple_iterator(output_numpy=True)]
        [3, 7, 1]
    """

    def __init__(self, num_shards, shard_id, shuffle=True, num_samples=None):
        super().__init__(num_samples)
        for name, v in (('num_shards', num_shards), ('shard_id', shard_id)):
            if isinstance(v, bool) or not isinstance(v, int):
                raise TypeError(f"Argument {name} with value {v} is not of type [<class 'int'>], "
                                f"but got {type(v)}.")
        if not isinstance(shuffle, (bool, Shuffle)):
            raise TypeError(f'shuffle must be a boolean value or valid shuffle mode but was: '
                            f'{shuffle}.')
        self.num_shards, self.shard_id, self.shuffle = num_shards, shard_id, bool(shuffle)

    def _sample(self, n, rng):
        if self.num_shards < 1:
            raise pipeline_error(f'DistributedSampler: num_shards must be greater than 0, but got: '
                                 f'{self.num_shards}')
        if not 0 <= self.shard_id < self.num_shards:
            raise pipeline_error(f'DistributedSampler: shard_id must be in range [0, '
                                 f'{self.num_shards}), but got: {self.shard_id}')
        order = rng.permutation(n) if self.shuffle else np.arange(n)
        if not n:
            return order
        per = math.ceil(n / self.num_shards)
        return order[(np.arange(self._limit(per)) * self.num_shards + self.shard_id) % n]

    def _size(self, n):
        return self._limit(math.ceil(n / self.num_shards)) if self.num_shards > 0 else 0


class WeightedRandomSampler(Sampler):
    """`num_samples` rows (default: one per weight) drawn with probabilities in ratio `weights`.

    Example:
        >>> import minispore.dataset as ds
        >>> s = ds.WeightedRandomSampler([0, 0, 1, 0], num_samples=3)
        >>> d = ds.NumpySlicesDataset(np.arange(4), sampler=s)
        >>> [int(x[0]) for x in d.create_tuple_iterator(output_numpy=True)]
        [2, 2, 2]
    """

    def __init__(self, weights, num_samples=None, replacement=True):
        super().__init__(num_samples)
        _check_bool(replacement, 'replacement')
        w = np.asarray(weights, dtype=np.float64)
        if w.ndim != 1 or not w.size or (w < 0).any() or not w.sum() > 0:
            raise ValueError('weights must be a non-empty list of non-negative numbers, not all '
                             'zero.')
        self.weights, self.replacement = list(weights), replacement
        self._p = w / w.sum()

    def _sample(self, n, rng):
        k = self._size(n)
        picked = rng.choice(len(self._p), k, replace=self.replacement, p=self._p)
        return _check_bounds(picked, n)

    def _size(self, n):
        return self.num_samples or len(self._p)
