"""Datasets: sources, pipeline operations (batch, shuffle, map, ...) and their iterators."""
import builtins
import math
import os

import numpy as np

from ..common.tensor import Tensor
from . import config
from .samplers import (DistributedSampler, RandomSampler, SequentialSampler, Shuffle, as_sampler,
                       check_num_samples, pipeline_error)

__all__ = ['Dataset', 'GeneratorDataset', 'NumpySlicesDataset', 'MnistDataset', 'Cifar10Dataset',
           'BatchInfo', 'zip']

_INT32_MAX = 2147483647


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


def _check_int(value, name):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"Argument {name} with value {value} is not of type [<class 'int'>], "
                        f"but got {type(value)}.")


class _Pass:
    """One epoch of an iterator: the random generator it draws from and the epoch's number."""

    def __init__(self, rng, epoch=0):
        self.rng, self.epoch = rng, epoch


def _one_pass():
    return _Pass(config._generator())


class Dataset:
    """The base of every dataset: a lazy pipeline whose rows are lists of NumPy arrays."""

    def __init__(self, children=()):
        self.children = list(children)

    # ---- what a subclass provides -------------------------------------------------------
    def _epoch(self, p):
        """One pass over the rows (`p` is the `_Pass`)."""
        raise TypeError(f'{type(self).__name__} is not iterable')

    def _count(self):
        """The number of rows, or None when it is only known by iterating."""
        return None

    def get_col_names(self):
        """The names of the columns, in row order."""
        return list(self.children[0].get_col_names())

    def _batches(self, p, batch_size, drop_remainder):
        """Whole batches made without per-row Python work, or None where that is not possible."""
        return None

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
            n = sum(1 for _ in self._epoch(_one_pass()))
        return n

    def get_batch_size(self):
        """The batch size of the nearest `batch` upstream, else 1.

        Example:
            >>> import minispore.dataset as ds
            >>> ds.NumpySlicesDataset(np.arange(10)).batch(3).repeat(2).get_batch_size()
            3
        """
        return self.children[0].get_batch_size() if self.children else 1

    def get_repeat_count(self):
        """The count of the nearest `repeat` upstream (-1: endless), else 1.

        Example:
            >>> import minispore.dataset as ds
            >>> ds.NumpySlicesDataset(np.arange(10)).repeat(3).batch(2).get_repeat_count()
            3
        """
        return self.children[0].get_repeat_count() if self.children else 1

    def output_shapes(self, estimate=False):
        """The shape of each column in the first row, as lists.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset({'a': np.ones((5, 3)), 'b': np.arange(5)})
            >>> d.batch(2).output_shapes()
            [[2, 3], [2]]
        """
        return [list(a.shape) for a in next(iter(self._epoch(_one_pass())))]

    def output_types(self):
        """The NumPy dtype of each column in the first row.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset({'a': np.ones((5, 3), np.float32), 'b': np.arange(5)})
            >>> d.output_types()
            [dtype('float32'), dtype('int64')]
        """
        return [a.dtype for a in next(iter(self._epoch(_one_pass())))]

    # ---- pipeline operations ------------------------------------------------------------
    def batch(self, batch_size, drop_remainder=False, num_parallel_workers=None,
              per_batch_map=None, input_columns=None, output_columns=None,
              python_multiprocessing=False, max_rowsize=None):
        """Group `batch_size` consecutive rows, stacking each column.

        `batch_size` is an int or a callable taking a `BatchInfo` and returning the size of the
        next batch. `per_batch_map(col_1, ..., col_k, batch_info)` gets each of `input_columns`
        (default: all) as a list of the batch's arrays and returns a tuple of lists, one per
        output column (`output_columns`, default `input_columns`).

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset({'x': np.ones((5, 2))}, shuffle=False).batch(2)
            >>> [b['x'].shape for b in d.create_dict_iterator()]
            [(2, 2), (2, 2), (1, 2)]
            >>> def double(x, info):
            ...     return ([a * 2 for a in x],)
            >>> d = ds.NumpySlicesDataset({'x': np.arange(4)}, shuffle=False)
            >>> d = d.batch(3, per_batch_map=double)
            >>> [b[0].tolist() for b in d.create_tuple_iterator(output_numpy=True)]
            [[0, 2, 4], [6]]
        """
        return BatchDataset(self, batch_size, drop_remainder, per_batch_map, input_columns,
                            output_columns)

    def padded_batch(self, batch_size, drop_remainder=False, num_parallel_workers=None,
                     pad_info=None):
        """Batch rows of different shapes by padding them.

        `pad_info` maps a column to `(shape, value)`: rows are padded with `value` (cropped where
        larger) to `shape`, whose None entries (or a None shape) mean the largest in the batch.
        `pad_info={}` pads every column to the largest row with 0; columns not named in a
        non-empty `pad_info` are not padded; `pad_info=None` is `batch`.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.GeneratorDataset(lambda: iter([np.arange(k) for k in (1, 3, 2)]), ['v'])
            >>> [b[0].tolist() for b in d.padded_batch(2, pad_info={'v': (None, -1)})
            ...  .create_tuple_iterator(output_numpy=True)]
            [[[0, -1, -1], [0, 1, 2]], [[0, 1]]]
        """
        return PaddedBatchDataset(self, batch_size, drop_remainder, pad_info)

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

        The last operation's results become `output_columns` (default: `input_columns`): in
        place when there are as many outputs as inputs, else first, followed by the other
        columns.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset({'x': np.arange(3)}, shuffle=False)
            >>> d = d.map(lambda x: x * 10, input_columns='x')
            >>> [int(r['x']) for r in d.create_dict_iterator(output_numpy=True)]
            [0, 10, 20]
            >>> d = ds.NumpySlicesDataset({'x': np.arange(3), 'y': np.zeros(3)}, shuffle=False)
            >>> d.map(lambda x: (x, -x), 'x', ['p', 'n']).get_col_names()
            ['p', 'n', 'y']
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

    def concat(self, datasets):
        """This dataset's rows followed by those of `datasets` (one dataset or a list).

        All must have the same column names and dtypes; `a + b` is `a.concat(b)`.

        Example:
            >>> import minispore.dataset as ds
            >>> a = ds.NumpySlicesDataset({'x': [1, 2]}, shuffle=False)
            >>> b = ds.NumpySlicesDataset({'x': [3]}, shuffle=False)
            >>> [int(r[0]) for r in (a + b).create_tuple_iterator(output_numpy=True)]
            [1, 2, 3]
        """
        if isinstance(datasets, Dataset):
            datasets = [datasets]
        if not isinstance(datasets, list) or not all(isinstance(d, Dataset) for d in datasets):
            raise TypeError(f"Argument datasets with value {datasets} is not of type "
                            f"[<class 'list'>, {Dataset}], but got {type(datasets)}.")
        return ConcatDataset([self, *datasets])

    def __add__(self, datasets):
        return self.concat(datasets)

    def zip(self, datasets):
        """Rows of this dataset side by side with those of `datasets` (one or a tuple).

        Example:
            >>> import minispore.dataset as ds
            >>> a = ds.NumpySlicesDataset({'x': [1, 2, 3]}, shuffle=False)
            >>> b = ds.NumpySlicesDataset({'y': [4, 5]}, shuffle=False)
            >>> d = a.zip(b)
            >>> d.get_col_names(), d.get_dataset_size()
            (['x', 'y'], 2)
        """
        if isinstance(datasets, Dataset):
            datasets = (datasets,)
        if not isinstance(datasets, tuple):
            raise TypeError(f"Argument datasets with value {datasets} is not of type "
                            f"[<class 'tuple'>], but got {type(datasets)}.")
        return zip((self, *datasets))

    # ---- iteration ------------------------------------------------------------------------
    def create_tuple_iterator(self, columns=None, num_epochs=-1, output_numpy=False, do_copy=False):
        """An iterator of rows as lists (Tensors, or NumPy arrays with `output_numpy`).

        A `for` loop over it runs one epoch; `num_epochs` (-1: any number) bounds how many.

        Example:
            >>> import minispore.dataset as ds
            >>> d = ds.NumpySlicesDataset((np.ones((4, 2), np.float32), np.arange(4)),
            ...                           shuffle=False)
            >>> x, y = next(d.batch(4).create_tuple_iterator())
            >>> x.shape, x.dtype, y.dtype
            ((4, 2), mindspore.float32, mindspore.int64)
        """
        data = self if columns is None else self.project(columns)
        return _Iterator(data, num_epochs, output_numpy, as_dict=False)

    def create_dict_iterator(self, num_epochs=-1, output_numpy=False, do_copy=False):
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


def zip(datasets):
    """The rows of a tuple of datasets side by side, as long as the shortest.

    Column names must differ between the datasets.

    Example:
        >>> import minispore.dataset as ds
        >>> a = ds.NumpySlicesDataset({'x': [1, 2, 3]}, shuffle=False)
        >>> b = ds.NumpySlicesDataset({'y': [4, 5]}, shuffle=False)
        >>> [[int(v) for v in r] for r in ds.zip((a, b)).create_tuple_iterator(output_numpy=True)]
        [[1, 4], [2, 5]]
    """
    if not isinstance(datasets, tuple):
        raise TypeError(f"Argument datasets with value {datasets} is not of type "
                        f"[<class 'tuple'>], but got {type(datasets)}.")
    if len(datasets) < 2:
        raise ValueError("Can't zip empty or just one dataset!")
    for d in datasets:
        if not isinstance(d, Dataset):
            raise TypeError(f'Invalid dataset, expected Dataset object, but got {type(d)}!')
    return ZipDataset(list(datasets))


class _Iterator:
    """Iterates a dataset epoch by epoch: each pass of a `for` loop is one epoch."""

    def __init__(self, dataset, num_epochs, output_numpy, as_dict):
        if num_epochs is None or isinstance(num_epochs, bool) or not isinstance(num_epochs, int):
            raise TypeError(f"Argument num_epochs with value {num_epochs} is not of type "
                            f"[<class 'int'>], but got {type(num_epochs)}.")
        if num_epochs < 1 and num_epochs != -1:
            raise pipeline_error(f'RootNode: num_epochs should be either -1 or positive integer, '
                                 f'num_epochs: {num_epochs}', first='Syntax error. ')
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
                raise pipeline_error('EOF buffer encountered. User tries to fetch data beyond the '
                                     'specified number of epochs.')
            self._rows = iter(self._dataset._epoch(_Pass(self._rng, self._epochs_done)))
        try:
            row = next(self._rows)
        except StopIteration:
            self._rows = None
            self._epochs_done += 1
            raise
        if not self._output_numpy:
            row = [Tensor(a) for a in row]
        if self._as_dict:
            return dict(builtins.zip(self._names, row))
        return list(row)

    def get_next(self):
        """The next row."""
        return next(self)


# ---- sources ------------------------------------------------------------------------------

def _check_shards(num_shards, shard_id):
    if (num_shards is None) != (shard_id is None):
        raise ValueError('num_shards and shard_id need to be passed in together.')
    if num_shards is None:
        return
    _check_int(num_shards, 'num_shards')
    _check_int(shard_id, 'shard_id')
    if not 1 <= num_shards <= _INT32_MAX:
        raise ValueError(f'Input num_shards is not within the required interval of '
                         f'[1, {_INT32_MAX}].')
    if shard_id >= num_shards:
        raise ValueError('shard_id should be less than num_shards.')
    if shard_id < 0:
        raise ValueError(f'Input shard_id is not within the required interval of '
                         f'[0, {num_shards - 1}].')


def _source_sampler(sampler, num_samples, shuffle, num_shards, shard_id):
    """The sampler a source reads with: `sampler`, or one made from the other arguments."""
    check_num_samples(num_samples)
    _check_shards(num_shards, shard_id)
    if sampler is not None:
        if not (num_samples is None and shuffle is None and num_shards is None):
            raise ValueError(f'Conflicting arguments during sampler assignments. num_samples: '
                             f'{num_samples}, num_shards: {num_shards}, shard_id: {shard_id}, '
                             f'shuffle: {shuffle}.')
        return as_sampler(sampler)
    shuffle = True if shuffle is None else bool(shuffle) and shuffle is not Shuffle.FALSE
    if num_shards is not None:
        return DistributedSampler(num_shards, shard_id, shuffle=shuffle, num_samples=num_samples)
    if shuffle:
        return RandomSampler(num_samples=num_samples)
    return SequentialSampler(num_samples=num_samples)


class _RandomAccessSource(Dataset):
    """A source of `_length` rows read by index in the order its sampler gives."""

    def __init__(self, column_names, length, num_samples=None, shuffle=None, num_shards=None,
                 shard_id=None, sampler=None):
        super().__init__()
        self._names = list(column_names)
        self._length = length
        self._sampler = _source_sampler(sampler, num_samples, shuffle, num_shards, shard_id)

    def get_col_names(self):
        return list(self._names)

    def _order(self, p):
        return self._sampler._indices(self._length, p.rng)

    def _count(self):
        return self._sampler._count(self._length)


class _ArraySource(_RandomAccessSource):
    """A source whose columns are arrays indexed along their first axis."""

    def _init_columns(self, columns):
        self._columns = [np.asarray(c) for c in columns]

    def _epoch(self, p):
        cols = self._columns
        for i in self._order(p):
            yield [c[i] if c.ndim > 1 else np.asarray(c[i]) for c in cols]

    def _batches(self, p, batch_size, drop_remainder):
        """Whole batches by fancy indexing, for `batch` right after this source."""
        order = self._order(p)
        stop = len(order) - len(order) % batch_size if drop_remainder else len(order)
        for s in range(0, stop, batch_size):
            idx = order[s:s + batch_size]
            yield [c[idx] for c in self._columns]


class NumpySlicesDataset(_ArraySource):
    """A dataset of slices along the first axis of NumPy-like data.

    `data` is a list or array (one column), a tuple (one column per element) or a dict (column
    name to data). Rows are shuffled unless `shuffle=False`; `sampler`, or `num_shards` and
    `shard_id`, choose the rows (see the samplers).

    Example:
        >>> import minispore.dataset as ds
        >>> d = ds.NumpySlicesDataset({'x': np.arange(6).reshape(3, 2), 'y': [0, 1, 0]},
        ...                           shuffle=False)
        >>> d.get_col_names(), d.get_dataset_size()
        (['x', 'y'], 3)
        >>> next(d.create_tuple_iterator(output_numpy=True))
        [array([0, 1]), array(0)]
    """

    def __init__(self, data, column_names=None, num_samples=None, num_parallel_workers=1,
                 shuffle=None, sampler=None, num_shards=None, shard_id=None):
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
        super().__init__(names, length, num_samples, shuffle, num_shards, shard_id, sampler)
        self._init_columns(columns)


class GeneratorDataset(_RandomAccessSource):
    """A dataset of the rows a Python source yields.

    `source` is a callable returning an iterator, an iterable, or a random-accessible object
    (`__getitem__` and `__len__`). Each row is a tuple of arrays (or one array); Python ints
    become int64 and floats float64. Only random-accessible sources are shuffled (the default),
    sampled (`sampler`) or sharded (`num_shards`, `shard_id`).

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
                 num_parallel_workers=1, shuffle=None, sampler=None, num_shards=None, shard_id=None,
                 python_multiprocessing=True, max_rowsize=None):
        names = _as_list(column_names, 'column_names')
        if not names:
            raise ValueError('Argument column_names must be given as a non-empty list of names.')
        self._source = source
        self._random_access = hasattr(source, '__getitem__') and hasattr(source, '__len__')
        if self._random_access:
            super().__init__(names, len(source), num_samples, shuffle, num_shards, shard_id,
                             sampler)
            return
        if not callable(source) and not hasattr(source, '__iter__'):
            raise TypeError('Input `source` function of GeneratorDataset should be callable, '
                            'iterable or random accessible.')
        for name, value in (('sampler', sampler), ('num_shards', num_shards)):
            if value is not None:
                raise ValueError(f"{name} is not supported if source does not have attribute "
                                 f"'__getitem__'.")
        check_num_samples(num_samples)
        super().__init__(names, None, None, False)
        self._num_samples = num_samples

    def _row(self, item):
        row = [_to_array(v) for v in item] if isinstance(item, tuple) else [_to_array(item)]
        if len(row) != len(self._names):
            raise RuntimeError(f'the number of columns returned in source function ({len(row)}) '
                               f'does not match column_names ({len(self._names)}).')
        return row

    def _epoch(self, p):
        if self._random_access:
            for i in self._order(p):
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
        ...     header = bytes([0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 28])
        ...     _ = f.write(header + bytes(2 * 784))
        >>> with open(os.path.join(root, 'train-labels-idx1-ubyte'), 'wb') as f:
        ...     _ = f.write(bytes([0, 0, 8, 1, 0, 0, 0, 2, 3, 7]))
        >>> d = ds.MnistDataset(root, usage='train', shuffle=False)
        >>> image, label = next(d.create_tuple_iterator(output_numpy=True))
        >>> image.shape, image.dtype, label
        ((28, 28, 1), dtype('uint8'), array(3, dtype=uint32))
    """

    def __init__(self, dataset_dir, usage=None, num_samples=None, num_parallel_workers=None,
                 shuffle=None, sampler=None, num_shards=None, shard_id=None, cache=None):
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
        super().__init__(['image', 'label'], len(images), num_samples, shuffle, num_shards,
                         shard_id, sampler)
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
                 shuffle=None, sampler=None, num_shards=None, shard_id=None, cache=None):
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
        super().__init__(['image', 'label'], len(records), num_samples, shuffle, num_shards,
                         shard_id, sampler)
        self._init_columns([images, records[:, 0].astype(np.uint32)])



# ---- pipeline operations ------------------------------------------------------------------

def _shape_text(shape):
    return '<' + ','.join(str(d) for d in shape) + '>'


def _stack_column(values, j):
    """One batch column: the rows' arrays stacked along a new first axis."""
    try:
        return np.stack(values)
    except ValueError:
        values = [_to_array(v) for v in values]
        first = values[0].shape
        other = next(v.shape for v in values if v.shape != first)
        raise pipeline_error(f'Cannot batch tensors with different shapes in column {j}. First '
                             f'element had shape {_shape_text(first)} and this element had shape '
                             f'{_shape_text(other)}') from None


def _replace_columns(names, ins, outs):
    """The columns after `ins` become `outs`, and a function building a row from the results.

    As in MindSpore: in place when there are as many outputs as inputs, otherwise the outputs
    come first, followed by the columns that were not inputs.
    """
    in_idx = [names.index(c) for c in ins]
    if len(ins) == len(outs):
        new = list(names)
        for i, o in builtins.zip(in_idx, outs):
            new[i] = o

        def build(row, results):
            row = list(row)
            for i, r in builtins.zip(in_idx, results):
                row[i] = r
            return row
        return new, in_idx, build
    keep = [i for i in range(len(names)) if i not in in_idx]
    return outs + [names[i] for i in keep], in_idx, \
        lambda row, results: list(results) + [row[i] for i in keep]


class BatchInfo:
    """What a callable `batch_size` and a `per_batch_map` learn about the batch being made.

    Example:
        >>> import minispore.dataset as ds
        >>> d = ds.NumpySlicesDataset(np.arange(6), shuffle=False)
        >>> d = d.batch(lambda info: info.get_batch_num() + 1)
        >>> [b[0].tolist() for b in d.create_tuple_iterator(output_numpy=True)]
        [[0], [1, 2], [3, 4, 5]]
    """

    def __init__(self, batch_num, epoch_num):
        self._batch_num, self._epoch_num = batch_num, epoch_num

    def get_batch_num(self):
        """The number of this batch in its epoch, from 0."""
        return self._batch_num

    def get_epoch_num(self):
        """The number of the epoch, from 0."""
        return self._epoch_num


class BatchDataset(Dataset):
    """`batch`: consecutive rows stacked into batches."""

    def __init__(self, child, batch_size, drop_remainder=False, per_batch_map=None,
                 input_columns=None, output_columns=None):
        super().__init__([child])
        if not callable(batch_size):
            if not isinstance(batch_size, int):
                raise TypeError('batch_size should either be an int or a callable.')
            if not 1 <= batch_size <= _INT32_MAX:
                raise ValueError(f'Input batch_size is not within the required interval of '
                                 f'[1, {_INT32_MAX}].')
        if per_batch_map is None and input_columns is not None:
            raise ValueError('input_columns can be specified only when per_batch_map is set.')
        if per_batch_map is not None and not callable(per_batch_map):
            raise TypeError(f'per_batch_map should be a callable, but got {type(per_batch_map)}.')
        self._batch_size = batch_size if callable(batch_size) else int(batch_size)
        self._drop = bool(drop_remainder)
        self._map = per_batch_map
        self._ins = _as_list(input_columns, 'input_columns')
        self._outs = _as_list(output_columns, 'output_columns')
        self._layout = None

    def get_batch_size(self):
        return self._batch_size

    def _columns(self):
        if self._layout is None:
            names = self.children[0].get_col_names()
            if self._map is None:
                self._layout = names, None, None
            else:
                ins = self._ins or names
                for c in ins:
                    if c not in names:
                        raise pipeline_error(f"Invalid input_columns, '{c}' of 'input_columns' "
                                             f"doesn't exist.")
                self._layout = _replace_columns(names, ins, self._outs or ins)
        return self._layout

    def get_col_names(self):
        return list(self._columns()[0])

    def _count(self):
        n = self.children[0]._count()
        if n is None or callable(self._batch_size):
            return None
        return n // self._batch_size if self._drop else math.ceil(n / self._batch_size)

    def _stack(self, columns):
        return [_stack_column(c, j) for j, c in enumerate(columns)]

    def _finish(self, columns, info):
        """A batch from its columns (lists of row arrays): per_batch_map, then stacking."""
        _, in_idx, build = self._columns()
        if self._map is None:
            return self._stack(columns)
        out = self._map(*[columns[i] for i in in_idx], info)
        out = list(out) if isinstance(out, tuple) else [out]
        n_out = len(self._outs or self._ins or columns)
        if len(out) != n_out:
            raise pipeline_error(f"Invalid per_batch_map, the number of columns returned in "
                                 f"'per_batch_map' function should be {n_out} , but got: "
                                 f"{len(out)}")
        return self._stack(build(columns, out))

    def _epoch(self, p):
        child = self.children[0]
        self._columns()
        batches = None if callable(self._batch_size) else \
            child._batches(p, self._batch_size, self._drop)
        if batches is not None:
            for k, batch in enumerate(batches):
                yield batch if self._map is None and type(self) is BatchDataset \
                    else self._finish([list(c) for c in batch], BatchInfo(k, p.epoch))
            return
        rows, k = [], 0
        size = self._size_of(BatchInfo(k, p.epoch))
        for row in child._epoch(p):
            rows.append(row)
            if len(rows) == size:
                yield self._finish([list(c) for c in builtins.zip(*rows)], BatchInfo(k, p.epoch))
                rows, k = [], k + 1
                size = self._size_of(BatchInfo(k, p.epoch))
        if rows and not self._drop:
            yield self._finish([list(c) for c in builtins.zip(*rows)], BatchInfo(k, p.epoch))

    def _size_of(self, info):
        if not callable(self._batch_size):
            return self._batch_size
        size = self._batch_size(info)
        if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 1:
            raise pipeline_error(f'Invalid batch_size function, it should return a positive '
                                 f'integer, but got: {size}.')
        return int(size)


class PaddedBatchDataset(BatchDataset):
    """`padded_batch`: rows padded to a common shape per column, then stacked."""

    def __init__(self, child, batch_size, drop_remainder=False, pad_info=None):
        super().__init__(child, batch_size, drop_remainder)
        if pad_info is not None and not isinstance(pad_info, dict):
            raise TypeError(f"Argument pad_info with value {pad_info} is not of type "
                            f"[<class 'dict'>], but got {type(pad_info)}.")
        self._pad_info = pad_info

    def _stack(self, columns):
        if self._pad_info is None:
            return super()._stack(columns)
        names = self.children[0].get_col_names()
        for c in self._pad_info:
            if c not in names:
                raise pipeline_error(f'Invalid pad_info, column name: {c} does not exist.')
        out = []
        for j, (name, col) in enumerate(builtins.zip(names, columns)):
            if self._pad_info and name not in self._pad_info:
                out.append(_stack_column(col, j))
                continue
            shape, value = self._pad_info.get(name, (None, 0))
            out.append(_pad_column([_to_array(a) for a in col], shape, value))
        return out


def _pad_column(arrays, shape, value):
    largest = np.max([a.shape for a in arrays], axis=0) if arrays[0].ndim else ()
    target = tuple(int(m) if s is None else int(s)
                   for s, m in builtins.zip(shape or [None] * len(largest), largest))
    out = np.full((len(arrays),) + target, value, dtype=arrays[0].dtype)
    for k, a in enumerate(arrays):
        window = tuple(slice(0, min(d, t)) for d, t in builtins.zip(a.shape, target))
        out[(k,) + window] = a[window]
    return out


class ShuffleDataset(Dataset):
    """`shuffle`: rows drawn at random from a buffer of `buffer_size` rows."""

    def __init__(self, child, buffer_size):
        super().__init__([child])
        _check_int(buffer_size, 'buffer_size')
        if not 2 <= buffer_size <= _INT32_MAX:
            raise ValueError(f'Input buffer_size is not within the required interval of '
                             f'[2, {_INT32_MAX}].')
        self._buffer_size = buffer_size

    def _count(self):
        return self.children[0]._count()

    def _epoch(self, p):
        buffer, rng = [], p.rng
        for row in self.children[0]._epoch(p):
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
        for op in ops:
            if not callable(op):
                raise ValueError(f"Parameter operations's element of method map should be a python "
                                 f"function or class method which should be callable, but got: "
                                 f"{op}. It doesn't need parentheses for python function or class "
                                 f"method.")
        self._ops = list(ops)
        self._ins = _as_list(input_columns, 'input_columns')
        self._outs = _as_list(output_columns, 'output_columns')
        self._layout = None

    def _columns(self):
        if self._layout is None:
            names = self.children[0].get_col_names()
            ins = self._ins or names[:1]
            for c in ins:
                if c not in names:
                    raise pipeline_error(f"Invalid parameter, input column name: {c} doesn't "
                                         f"exist in the dataset columns.")
            self._layout = _replace_columns(names, ins, self._outs or ins)
        return self._layout

    def get_col_names(self):
        return list(self._columns()[0])

    def _count(self):
        return self.children[0]._count()

    def _apply(self, rows, batched):
        """Rows (or stacked batches, applying the operations' `_batch`) with the ops applied."""
        _, in_idx, build = self._columns()
        n_out = len(self._outs or self._ins or in_idx)
        for row in rows:
            args = [row[i] for i in in_idx]
            for op in self._ops:
                out = op._batch(*args) if batched else op(*args)
                args = list(out) if isinstance(out, tuple) else [out]
            if len(args) != n_out:
                raise pipeline_error(
                    f"Invalid columns, the number of columns returned in 'map' operations should "
                    f"match the number of 'output_columns', but got the number of columns returned "
                    f"in 'map' operations: {len(args)}, the number of 'output_columns': {n_out}.")
            yield build(row, [_to_array(a) for a in args])

    def _epoch(self, p):
        return self._apply(self.children[0]._epoch(p), batched=False)

    def _batches(self, p, batch_size, drop_remainder):
        if not all(hasattr(op, '_batch') for op in self._ops):
            return None
        batches = self.children[0]._batches(p, batch_size, drop_remainder)
        return None if batches is None else self._apply(batches, batched=True)


class RepeatDataset(Dataset):
    """`repeat`: the child's epochs one after another."""

    def __init__(self, child, count=None):
        super().__init__([child])
        count = -1 if count is None else count
        _check_int(count, 'count')
        if count < 1 and count != -1:
            raise ValueError('count should be either -1 or positive integer, range[1, INT32_MAX].')
        self._times = count

    def get_repeat_count(self):
        return self._times

    def _count(self):
        n = self.children[0]._count()
        if self._times == -1:
            return -1
        return None if n is None else n * self._times

    def _epoch(self, p):
        k = 0
        while self._times == -1 or k < self._times:
            yield from self.children[0]._epoch(p)
            k += 1


class TakeDataset(Dataset):
    """`take`: at most the first `count` rows."""

    def __init__(self, child, count=-1):
        super().__init__([child])
        _check_int(count, 'count')
        if count < 1 and count != -1:
            raise ValueError(f'count should be either -1 or within the required interval of '
                             f'(0, {_INT32_MAX}], got {count}.')
        self._n = count

    def _count(self):
        n = self.children[0]._count()
        return n if n is None or self._n == -1 else min(n, self._n)

    def _epoch(self, p):
        if self._n == -1:
            yield from self.children[0]._epoch(p)
            return
        for k, row in enumerate(self.children[0]._epoch(p)):
            if k >= self._n:
                return
            yield row


class SkipDataset(Dataset):
    """`skip`: all rows but the first `count`."""

    def __init__(self, child, count):
        super().__init__([child])
        _check_int(count, 'count')
        if not 0 <= count <= _INT32_MAX:
            raise ValueError(f'Input count is not within the required interval of '
                             f'[0, {_INT32_MAX}].')
        self._n = count

    def _count(self):
        n = self.children[0]._count()
        return None if n is None else max(n - self._n, 0)

    def _epoch(self, p):
        for k, row in enumerate(self.children[0]._epoch(p)):
            if k >= self._n:
                yield row


class ProjectDataset(Dataset):
    """`project`: some columns, in a given order."""

    def __init__(self, child, columns):
        super().__init__([child])
        self._names = _as_list(columns, 'columns')
        self._idx = None

    def get_col_names(self):
        if self._idx is None:
            names = self.children[0].get_col_names()
            for c in self._names:
                if c not in names:
                    raise pipeline_error(f'Invalid column, column name: {c} does not exist.')
            self._idx = [names.index(c) for c in self._names]
        return list(self._names)

    def _count(self):
        return self.children[0]._count()

    def _epoch(self, p):
        self.get_col_names()
        idx = self._idx
        for row in self.children[0]._epoch(p):
            yield [row[i] for i in idx]


class RenameDataset(Dataset):
    """`rename`: the same rows under new column names."""

    def __init__(self, child, input_columns, output_columns):
        super().__init__([child])
        self._ins = _as_list(input_columns, 'input_columns')
        self._outs = _as_list(output_columns, 'output_columns')
        if len(self._ins) != len(self._outs):
            raise ValueError('input_columns and output_columns must have the same length.')

    def get_col_names(self):
        names = self.children[0].get_col_names()
        if any(c not in names for c in self._ins):
            raise pipeline_error('Invalid column, column to be renamed does not exist.')
        mapping = dict(builtins.zip(self._ins, self._outs))
        return [mapping.get(c, c) for c in names]

    def _count(self):
        return self.children[0]._count()

    def _epoch(self, p):
        return self.children[0]._epoch(p)


class ConcatDataset(Dataset):
    """`concat`: the children's rows one child after another."""

    def get_col_names(self):
        names = self.children[0].get_col_names()
        if any(d.get_col_names() != names for d in self.children[1:]):
            raise pipeline_error("Invalid columns, 'column name' or 'column order' of concat "
                                 "datasets should be the same.")
        return names

    def _count(self):
        counts = [d._count() for d in self.children]
        return None if None in counts else sum(counts)

    def _epoch(self, p):
        self.get_col_names()
        dtypes = None
        for child in self.children:
            first = True
            for row in child._epoch(p):
                if first:
                    got = [a.dtype for a in row]
                    dtypes = dtypes or got
                    for want, have in builtins.zip(dtypes, got):
                        if want != have:
                            raise pipeline_error(
                                f'Concat: the data types of the two datasets to be concatenated '
                                f'should be the same, but got: {want} and {have}.')
                    first = False
                yield row


class ZipDataset(Dataset):
    """`zip`: the children's rows side by side, as many as the shortest child has."""

    def get_col_names(self):
        names = [c for d in self.children for c in d.get_col_names()]
        repeated = [c for k, c in enumerate(names) if c in names[:k]]
        if repeated:
            raise pipeline_error(f'Invalid data, duplicate column {repeated[-1]} already exists '
                                 f'when zipping datasets.')
        return names

    def _count(self):
        counts = [d._count() for d in self.children]
        return None if None in counts else min(counts)

    def _epoch(self, p):
        self.get_col_names()
        for rows in builtins.zip(*[d._epoch(p) for d in self.children]):
            yield [a for row in rows for a in row]
