"""Datasets: sources, pipeline operations (batch, shuffle, map, ...) and their iterators."""
import math
import os

import numpy as np

from ..common.tensor import Tensor
from . import config

__all__ = ['Dataset', 'GeneratorDataset', 'NumpySlicesDataset', 'MnistDataset', 'Cifar10Dataset']


def _as_list(names, what):
    if names is None:
        return None
    if isinstance(names, str):
        return [names]
    names = list(names)
    if not all(isinstance(n, str) for n in names):
        raise TypeError(f"Argument {what} with value {names} is not of type [<class 'str'>].")
    return names


def _to_array(value):
    if isinstance(value, np.ndarray):
        return value
    if hasattr(value, 'asnumpy'):
        return value.asnumpy()
    return np.asarray(value)


class Dataset:
    """The base of every dataset: a lazy pipeline whose rows are lists of NumPy arrays."""

    def __init__(self, children=()):
        self.children = list(children)

    # ---- what a subclass provides -------------------------------------------------------
    def _epoch(self, rng):
        """One pass over the rows."""
        raise TypeError(f'{type(self).__name__} is not iterable')

    def _count(self):
        """The number of rows, or None when it is only known by iterating."""
        return None

    def get_col_names(self):
        """The names of the columns, in row order."""
        return list(self.children[0].get_col_names())

    # ---- sizes ----------------------------------------------------------------------------
    def get_dataset_size(self):
        """The number of rows (batches after `batch`) one epoch yields.

        Example:
            >>> import minispore.dataset as ds
            >>> ds.NumpySlicesDataset(np.arange(10), shuffle=False).batch(3).get_dataset_size()
            4
        """
        n = self._count()
        if n is None:
            n = sum(1 for _ in self._epoch(config._generator()))
        return n

    def get_batch_size(self):
        """The batch size of the nearest `batch` upstream, else 1."""
        return self.children[0].get_batch_size() if self.children else 1

    def get_repeat_count(self):
        """The count of the nearest `repeat` upstream, else 1."""
        return self.children[0].get_repeat_count() if self.children else 1

    def output_shapes(self):
        """The shape of each column in the first row."""
        return [list(a.shape) for a in next(iter(self._epoch(config._generator())))]

    def output_types(self):
        """The NumPy dtype of each column in the first row."""
        return [a.dtype for a in next(iter(self._epoch(config._generator())))]

    # ---- pipeline operations ------------------------------------------------------------
    def batch(self, batch_size, drop_remainder=False, num_parallel_workers=None):
        """Group `batch_size` consecutive rows, stacking each column.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset({'x': np.ones((5, 2))}, shuffle=False).batch(2)
            >>> [b['x'].shape for b in d.create_dict_iterator()]
            [(2, 2), (2, 2), (1, 2)]
        """
        return BatchDataset(self, batch_size, drop_remainder)

    def shuffle(self, buffer_size):
        """Shuffle rows through a buffer of `buffer_size` rows.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset(np.arange(6), shuffle=False).shuffle(6)
            >>> sorted(int(x[0]) for x in d.create_tuple_iterator(output_numpy=True))
            [0, 1, 2, 3, 4, 5]
        """
        return ShuffleDataset(self, buffer_size)

    def map(self, operations=None, input_columns=None, output_columns=None,
            num_parallel_workers=None, python_multiprocessing=False, cache=None, callbacks=None,
            max_rowsize=None, offload=None):
        """Apply `operations` (one callable or a list, in order) to `input_columns`.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset({'x': np.arange(3)}, shuffle=False)
            >>> d = d.map(lambda x: x * 10, input_columns='x')
            >>> [int(r['x']) for r in d.create_dict_iterator(output_numpy=True)]
            [0, 10, 20]
        """
        return MapDataset(self, operations, input_columns, output_columns)

    def repeat(self, count=None):
        """Repeat the dataset `count` times (None or -1: endlessly).

        Example:
            >>> import minispore.dataset as ds
            >>> ds.NumpySlicesDataset(np.arange(3)).repeat(2).get_dataset_size()
            6
        """
        return RepeatDataset(self, count)

    def take(self, count=-1):
        """At most the first `count` rows (-1: all).

        Example:
            >>> import minispore.dataset as ds
            >>> ds.NumpySlicesDataset(np.arange(10)).take(4).get_dataset_size()
            4
        """
        return TakeDataset(self, count)

    def skip(self, count):
        """All rows but the first `count`.

        Example:
            >>> import minispore.dataset as ds
            >>> ds.NumpySlicesDataset(np.arange(10)).skip(4).get_dataset_size()
            6
        """
        return SkipDataset(self, count)

    def project(self, columns):
        """Keep only `columns`, in that order."""
        return ProjectDataset(self, columns)

    def rename(self, input_columns, output_columns):
        """Rename `input_columns` to `output_columns`."""
        return RenameDataset(self, input_columns, output_columns)

    # ---- iteration ------------------------------------------------------------------------
    def create_tuple_iterator(self, columns=None, num_epochs=-1, output_numpy=False, do_copy=True):
        """An iterator of rows as lists (Tensors, or NumPy arrays with `output_numpy`).

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset((np.ones((4, 2), np.float32), np.arange(4)), shuffle=False)
            >>> x, y = next(d.batch(4).create_tuple_iterator())
            >>> x.shape, x.dtype, y.dtype
            ((4, 2), mindspore.float32, mindspore.int64)
        """
        data = self if columns is None else self.project(columns)
        return _Iterator(data, num_epochs, output_numpy, as_dict=False)

    def create_dict_iterator(self, num_epochs=-1, output_numpy=False, do_copy=True):
        """An iterator of rows as dicts from column name to Tensor (or NumPy array).

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset({'a': [1, 2], 'b': [3., 4.]}, shuffle=False)
            >>> next(d.create_dict_iterator(output_numpy=True))
            {'a': array(1), 'b': array(3.)}
        """
        return _Iterator(self, num_epochs, output_numpy, as_dict=True)

    def __iter__(self):
        return self.create_tuple_iterator()


class _Iterator:
    """Iterates a dataset epoch by epoch: each pass of a `for` loop is one epoch."""

    def __init__(self, dataset, num_epochs, output_numpy, as_dict):
        if num_epochs is None or isinstance(num_epochs, bool) or not isinstance(num_epochs, int) \
                or (num_epochs < 1 and num_epochs != -1):
            raise ValueError(f'num_epochs must be a positive integer or -1, but got {num_epochs}.')
        self._dataset = dataset
        self._names = dataset.get_col_names()
        self._num_epochs = num_epochs
        self._output_numpy = output_numpy
        self._as_dict = as_dict
        self._rng = config._generator()
        self._epochs_done = 0
        self._rows = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._rows is None:
            if self._num_epochs != -1 and self._epochs_done >= self._num_epochs:
                raise RuntimeError('EOF buffer encountered. User tries to fetch data beyond the '
                                   'specified number of epochs.')
            self._rows = iter(self._dataset._epoch(self._rng))
        try:
            row = next(self._rows)
        except StopIteration:
            self._rows = None
            self._epochs_done += 1
            raise
        if not self._output_numpy:
            row = [Tensor(a) for a in row]
        if self._as_dict:
            return dict(zip(self._names, row))
        return list(row)

    def get_next(self):
        """The next row."""
        return next(self)


# ---- sources ------------------------------------------------------------------------------

def _shard_indices(order, num_shards, shard_id):
    if num_shards is None:
        return order
    if shard_id is None or not 0 <= shard_id < num_shards:
        raise ValueError(f'Input shard_id is not within the required interval of [0, {num_shards - 1}].')
    n = len(order)
    per = math.ceil(n / num_shards)
    return order[(np.arange(per) * num_shards + shard_id) % n] if n else order


class _RandomAccessSource(Dataset):
    """A source of `_length` rows read by index, optionally shuffled each epoch."""

    def __init__(self, column_names, length, num_samples, shuffle, num_shards, shard_id):
        super().__init__()
        self._names = list(column_names)
        self._length = length
        self._num_samples = num_samples
        self._shuffle = True if shuffle is None else bool(shuffle)
        self._num_shards, self._shard_id = num_shards, shard_id
        if num_samples is not None and (not isinstance(num_samples, int) or num_samples < 0):
            raise ValueError(f'num_samples must be a non-negative integer, but got {num_samples}.')
        if (num_shards is None) != (shard_id is None):
            raise RuntimeError('num_shards and shard_id need to be passed in together.')

    def get_col_names(self):
        return list(self._names)

    def _order(self, rng):
        order = rng.permutation(self._length) if self._shuffle else np.arange(self._length)
        order = _shard_indices(order, self._num_shards, self._shard_id)
        if self._num_samples:
            order = order[:self._num_samples]
        return order

    def _count(self):
        n = self._length
        if self._num_shards is not None:
            n = math.ceil(n / self._num_shards)
        return min(n, self._num_samples) if self._num_samples else n


class _ArraySource(_RandomAccessSource):
    """A source whose columns are arrays indexed along their first axis."""

    def _init_columns(self, columns):
        self._columns = [np.asarray(c) for c in columns]

    def _epoch(self, rng):
        cols = self._columns
        for i in self._order(rng):
            yield [c[i] if c.ndim > 1 else np.asarray(c[i]) for c in cols]

    def _batches(self, rng, batch_size, drop_remainder):
        """Whole batches by fancy indexing, for `batch` right after this source."""
        order = self._order(rng)
        stop = len(order) - len(order) % batch_size if drop_remainder else len(order)
        for s in range(0, stop, batch_size):
            idx = order[s:s + batch_size]
            yield [c[idx] for c in self._columns]


class NumpySlicesDataset(_ArraySource):
    """A dataset of slices along the first axis of NumPy-like data.

    `data` is a list or array (one column), a tuple (one column per element) or a dict (column
    name to data).

    Example:
        >>> import minispore.dataset as ds
        >>> d = ds.NumpySlicesDataset({'x': np.arange(6).reshape(3, 2), 'y': [0, 1, 0]}, shuffle=False)
        >>> d.get_col_names(), d.get_dataset_size()
        (['x', 'y'], 3)
        >>> next(d.create_tuple_iterator(output_numpy=True))
        [array([0, 1]), array(0)]
    """

    def __init__(self, data, column_names=None, num_samples=None, num_parallel_workers=1,
                 shuffle=None, num_shards=None, shard_id=None):
        if isinstance(data, dict):
            names, columns = [str(k) for k in data], list(data.values())
        elif isinstance(data, tuple):
            names, columns = [f'column_{i}' for i in range(len(data))], list(data)
        else:
            names, columns = ['column_0'], [data]
        columns = [_to_array(c) for c in columns]
        if column_names is not None:
            column_names = _as_list(column_names, 'column_names')
            if len(column_names) != len(columns):
                raise ValueError(f'Number of column_names ({len(column_names)}) does not match the '
                                 f'number of data columns ({len(columns)}).')
            names = column_names
        lengths = {len(c) for c in columns}
        if len(lengths) > 1:
            raise ValueError(f'The first dimension of all data columns must be equal, but got '
                             f'{sorted(lengths)}.')
        length = lengths.pop() if lengths else 0
        super().__init__(names, length, num_samples, shuffle, num_shards, shard_id)
        self._init_columns(columns)


class GeneratorDataset(_RandomAccessSource):
    """A dataset of the rows a Python source yields.

    `source` is a callable returning an iterator, an iterable, or a random-accessible object
    (`__getitem__` and `__len__`). Each row is a tuple of arrays (or one array); Python ints
    become int64 and floats float64. Only random-accessible sources are shuffled (the default).

    Example:
        >>> import minispore.dataset as ds
        >>> def gen():
        ...     for i in range(4):
        ...         yield np.full(2, i, np.float32), i
        >>> d = ds.GeneratorDataset(gen, ['data', 'label'])
        >>> d.get_dataset_size()
        4
        >>> [(x.shape, y.shape) for x, y in d.batch(2).create_tuple_iterator()]
        [((2, 2), (2,)), ((2, 2), (2,))]
    """

    def __init__(self, source, column_names=None, column_types=None, schema=None, num_samples=None,
                 num_parallel_workers=1, shuffle=None, num_shards=None, shard_id=None,
                 python_multiprocessing=True, max_rowsize=None):
        names = _as_list(column_names, 'column_names')
        if not names:
            raise ValueError('Argument column_names must be given as a non-empty list of names.')
        self._source = source
        self._random_access = hasattr(source, '__getitem__') and hasattr(source, '__len__')
        if self._random_access:
            super().__init__(names, len(source), num_samples, shuffle, num_shards, shard_id)
        else:
            if not callable(source) and not hasattr(source, '__iter__'):
                raise TypeError('Input `source` function of GeneratorDataset should be callable, '
                                'iterable or random accessible.')
            if num_shards is not None:
                raise ValueError('num_shards needs a random-accessible source.')
            super().__init__(names, None, num_samples, False, None, None)

    def _row(self, item):
        row = [_to_array(v) for v in item] if isinstance(item, tuple) else [_to_array(item)]
        if len(row) != len(self._names):
            raise RuntimeError(f'the number of columns returned in source function ({len(row)}) '
                               f'does not match column_names ({len(self._names)}).')
        return row

    def _epoch(self, rng):
        if self._random_access:
            for i in self._order(rng):
                yield self._row(self._source[int(i)])
            return
        items = self._source() if callable(self._source) else iter(self._source)
        for k, item in enumerate(items):
            if self._num_samples and k >= self._num_samples:
                return
            yield self._row(item)

    def _count(self):
        return super()._count() if self._random_access else None


def _read_idx(path):
    with open(path, 'rb') as f:
        raw = f.read()
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 8:
        raise RuntimeError(f'Invalid MNIST file: {path}, it is not an unsigned-byte IDX file.')
    ndim = raw[3]
    shape = tuple(int(d) for d in np.frombuffer(raw, '>u4', ndim, 4))
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * ndim).reshape(shape)


def _usage_files(dataset_dir, usage, names, kind):
    usage = 'all' if usage is None else usage
    if usage not in ('train', 'test', 'all'):
        raise ValueError(f"Input usage is not within the valid set of ['train', 'test', 'all'].")
    if not os.path.isdir(dataset_dir):
        raise ValueError(f'The folder {dataset_dir} does not exist or is not a directory or '
                         f'permission denied!')
    wanted = ['train', 'test'] if usage == 'all' else [usage]
    files = sorted(f for u in wanted for f in names(u))
    if not files:
        raise RuntimeError(f'Invalid file, no {kind} {usage} files found in {dataset_dir}.')
    return files


class MnistDataset(_ArraySource):
    """The MNIST dataset from its IDX files: `image` (28, 28, 1) uint8 and `label` uint32.

    `usage` is 'train' (train-images-idx3-ubyte, train-labels-idx1-ubyte), 'test' (t10k-*)
    or 'all' / None (both).

    Example:
        >>> import minispore.dataset as ds, tempfile, os
        >>> root = tempfile.mkdtemp()
        >>> with open(os.path.join(root, 'train-images-idx3-ubyte'), 'wb') as f:
        ...     _ = f.write(bytes([0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 28]) + bytes(2 * 784))
        >>> with open(os.path.join(root, 'train-labels-idx1-ubyte'), 'wb') as f:
        ...     _ = f.write(bytes([0, 0, 8, 1, 0, 0, 0, 2, 3, 7]))
        >>> d = ds.MnistDataset(root, usage='train', shuffle=False)
        >>> image, label = next(d.create_tuple_iterator(output_numpy=True))
        >>> image.shape, image.dtype, label
        ((28, 28, 1), dtype('uint8'), array(3, dtype=uint32))
    """

    def __init__(self, dataset_dir, usage=None, num_samples=None, num_parallel_workers=None,
                 shuffle=None, num_shards=None, shard_id=None):
        prefix = {'train': 'train', 'test': 't10k'}

        def names(u):
            path = os.path.join(dataset_dir, f'{prefix[u]}-images-idx3-ubyte')
            return [prefix[u]] if os.path.exists(path) else []
        images, labels = [], []
        for p in _usage_files(dataset_dir, usage, names, 'MNIST'):
            img = _read_idx(os.path.join(dataset_dir, f'{p}-images-idx3-ubyte'))
            lab = _read_idx(os.path.join(dataset_dir, f'{p}-labels-idx1-ubyte'))
            if len(img) != len(lab):
                raise RuntimeError(f'Invalid MNIST files {p}-*: {len(img)} images but '
                                   f'{len(lab)} labels.')
            images.append(img.reshape(len(img), 28, 28, 1))
            labels.append(lab.astype(np.uint32))
        images, labels = np.concatenate(images), np.concatenate(labels)
        super().__init__(['image', 'label'], len(images), num_samples, shuffle, num_shards, shard_id)
        self._init_columns([images, labels])


class Cifar10Dataset(_ArraySource):
    """The CIFAR-10 dataset from its binary files: `image` (32, 32, 3) uint8, `label` uint32.

    `usage` is 'train' (data_batch_*.bin), 'test' (test_batch.bin) or 'all' / None (both).
    Each record is one label byte and 3072 image bytes, channel by channel.

    Example:
        >>> import minispore.dataset as ds, tempfile, os
        >>> root = tempfile.mkdtemp()
        >>> np.concatenate([[[4]], np.zeros((1, 3072))], 1).astype(np.uint8).tofile(
        ...     os.path.join(root, 'test_batch.bin'))
        >>> d = ds.Cifar10Dataset(root, usage='test')
        >>> [(a.shape, a.dtype) for a in next(d.create_tuple_iterator())]
        [((32, 32, 3), mindspore.uint8), ((), mindspore.uint32)]
    """

    def __init__(self, dataset_dir, usage=None, num_samples=None, num_parallel_workers=None,
                 shuffle=None, num_shards=None, shard_id=None):
        def names(u):
            if not os.path.isdir(dataset_dir):
                return []
            pick = (lambda f: f.startswith('data_batch_') and f.endswith('.bin')) if u == 'train' \
                else (lambda f: f == 'test_batch.bin')
            return [f for f in os.listdir(dataset_dir) if pick(f)]
        records = []
        for f in _usage_files(dataset_dir, usage, names, 'CIFAR-10'):
            raw = np.fromfile(os.path.join(dataset_dir, f), np.uint8)
            if raw.size % 3073:
                raise RuntimeError(f'Invalid cifar10 file, failed to read data from: '
                                   f'{os.path.join(dataset_dir, f)}, re-download dataset(make sure '
                                   f'it is CIFAR-10 binary version).')
            records.append(raw.reshape(-1, 3073))
        records = np.concatenate(records)
        images = np.ascontiguousarray(records[:, 1:].reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1))
        super().__init__(['image', 'label'], len(records), num_samples, shuffle, num_shards, shard_id)
        self._init_columns([images, records[:, 0].astype(np.uint32)])


# ---- pipeline operations ------------------------------------------------------------------

def _stack(rows, names):
    out = []
    for j, name in enumerate(names):
        col = [r[j] for r in rows]
        shape = col[0].shape
        for a in col:
            if a.shape != shape:
                raise RuntimeError(
                    f'Inconsistent batch shapes, batch operation expects same shape for each data '
                    f"row, but got inconsistent shape in column '{name}', expected shape for this "
                    f'column is:{list(shape)}, got shape:{list(a.shape)}')
        out.append(np.stack(col))
    return out


class BatchDataset(Dataset):
    """`batch`: consecutive rows stacked into batches."""

    def __init__(self, child, batch_size, drop_remainder=False):
        super().__init__([child])
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f'batch_size is not within the required interval of [1, 2147483647].')
        self._batch_size, self._drop = batch_size, bool(drop_remainder)

    def get_batch_size(self):
        return self._batch_size

    def _count(self):
        n = self.children[0]._count()
        if n is None:
            return None
        return n // self._batch_size if self._drop else math.ceil(n / self._batch_size)

    def _epoch(self, rng):
        child = self.children[0]
        if isinstance(child, _ArraySource):
            yield from child._batches(rng, self._batch_size, self._drop)
            return
        names, rows = child.get_col_names(), []
        for row in child._epoch(rng):
            rows.append(row)
            if len(rows) == self._batch_size:
                yield _stack(rows, names)
                rows = []
        if rows and not self._drop:
            yield _stack(rows, names)


class ShuffleDataset(Dataset):
    """`shuffle`: rows drawn at random from a buffer of `buffer_size` rows."""

    def __init__(self, child, buffer_size):
        super().__init__([child])
        if isinstance(buffer_size, bool) or not isinstance(buffer_size, int) or buffer_size < 2:
            raise ValueError('buffer_size is not within the required interval of [2, 2147483647].')
        self._buffer_size = buffer_size

    def _count(self):
        return self.children[0]._count()

    def _epoch(self, rng):
        buffer = []
        for row in self.children[0]._epoch(rng):
            if len(buffer) < self._buffer_size:
                buffer.append(row)
                continue
            j = int(rng.integers(len(buffer)))
            buffer[j], row = row, buffer[j]
            yield row
        for j in rng.permutation(len(buffer)):
            yield buffer[j]


class MapDataset(Dataset):
    """`map`: operations applied in order to some columns of each row."""

    def __init__(self, child, operations, input_columns=None, output_columns=None):
        super().__init__([child])
        ops = operations if isinstance(operations, (list, tuple)) else [operations]
        if not ops or not all(callable(op) for op in ops):
            raise TypeError('operations must be a callable or a list of callables.')
        self._ops = list(ops)
        names = child.get_col_names()
        ins = _as_list(input_columns, 'input_columns') or names[:1]
        for c in ins:
            if c not in names:
                raise RuntimeError(f'Invalid column, column name: {c} does not exist in dataset '
                                   f'columns {names}.')
        outs = _as_list(output_columns, 'output_columns') or ins
        self._in_idx = [names.index(c) for c in ins]
        keep = [i for i, c in enumerate(names) if c not in ins]
        first = min(self._in_idx)
        before = [i for i in keep if i < first]
        after = [i for i in keep if i > first]
        self._names = [names[i] for i in before] + outs + [names[i] for i in after]
        self._before, self._after, self._n_out = before, after, len(outs)

    def get_col_names(self):
        return list(self._names)

    def _count(self):
        return self.children[0]._count()

    def _epoch(self, rng):
        for row in self.children[0]._epoch(rng):
            args = [row[i] for i in self._in_idx]
            for op in self._ops:
                out = op(*args)
                args = list(out) if isinstance(out, tuple) else [out]
            if len(args) != self._n_out:
                raise RuntimeError(f'The number of map outputs ({len(args)}) does not match the '
                                   f'number of output_columns ({self._n_out}).')
            yield [row[i] for i in self._before] + [_to_array(a) for a in args] + \
                [row[i] for i in self._after]


class RepeatDataset(Dataset):
    """`repeat`: the child's epochs one after another."""

    def __init__(self, child, count=None):
        super().__init__([child])
        count = -1 if count is None else count
        if isinstance(count, bool) or not isinstance(count, int) or (count < 1 and count != -1):
            raise ValueError('count is not within the required interval of [-1, 0), (0, 2147483647].')
        self._times = count

    def get_repeat_count(self):
        return self._times

    def _count(self):
        n = self.children[0]._count()
        if self._times == -1:
            return -1
        return None if n is None else n * self._times

    def _epoch(self, rng):
        k = 0
        while self._times == -1 or k < self._times:
            yield from self.children[0]._epoch(rng)
            k += 1


class TakeDataset(Dataset):
    """`take`: at most the first `count` rows."""

    def __init__(self, child, count=-1):
        super().__init__([child])
        if isinstance(count, bool) or not isinstance(count, int) or (count < 1 and count != -1):
            raise ValueError('count is not within the required interval of [-1, 0), (0, 2147483647].')
        self._n = count

    def _count(self):
        n = self.children[0]._count()
        return n if n is None or self._n == -1 else min(n, self._n)

    def _epoch(self, rng):
        if self._n == -1:
            yield from self.children[0]._epoch(rng)
            return
        for k, row in enumerate(self.children[0]._epoch(rng)):
            if k >= self._n:
                return
            yield row


class SkipDataset(Dataset):
    """`skip`: all rows but the first `count`."""

    def __init__(self, child, count):
        super().__init__([child])
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError('count is not within the required interval of [0, 2147483647].')
        self._n = count

    def _count(self):
        n = self.children[0]._count()
        return None if n is None else max(n - self._n, 0)

    def _epoch(self, rng):
        for k, row in enumerate(self.children[0]._epoch(rng)):
            if k >= self._n:
                yield row


class ProjectDataset(Dataset):
    """`project`: some columns, in a given order."""

    def __init__(self, child, columns):
        super().__init__([child])
        names = child.get_col_names()
        self._names = _as_list(columns, 'columns')
        for c in self._names:
            if c not in names:
                raise RuntimeError(f'Invalid column, column name: {c} does not exist in dataset '
                                   f'columns {names}.')
        self._idx = [names.index(c) for c in self._names]

    def get_col_names(self):
        return list(self._names)

    def _count(self):
        return self.children[0]._count()

    def _epoch(self, rng):
        for row in self.children[0]._epoch(rng):
            yield [row[i] for i in self._idx]


class RenameDataset(Dataset):
    """`rename`: the same rows under new column names."""

    def __init__(self, child, input_columns, output_columns):
        super().__init__([child])
        ins, outs = _as_list(input_columns, 'input_columns'), _as_list(output_columns, 'output_columns')
        if len(ins) != len(outs):
            raise ValueError('input_columns and output_columns must have the same length.')
        mapping = dict(zip(ins, outs))
        self._names = [mapping.get(c, c) for c in child.get_col_names()]

    def get_col_names(self):
        return list(self._names)

    def _count(self):
        return self.children[0]._count()

    def _epoch(self, rng):
        return self.children[0]._epoch(rng)
