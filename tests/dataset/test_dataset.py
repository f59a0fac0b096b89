"""minispore.dataset against MindSpore 2.10 (data/goldens.json, from data/make_goldens.py)."""
import json
import os
import struct

import numpy as np
import pytest

import minispore as ms
import minispore.dataset as ds
import minispore.dataset.transforms as T
import minispore.dataset.vision as vision

with open(os.path.join(os.path.dirname(__file__), 'data', 'goldens.json')) as _f:
    GOLD = json.load(_f)


def _img():
    return np.random.default_rng(0).integers(0, 256, (5, 7, 3), dtype=np.uint8)


def _gen():
    for i in range(7):
        yield np.full((2, 3), i, np.float32), i, float(i)


def _g():
    return ds.GeneratorDataset(_gen, ['x', 'y', 'z'], shuffle=False)


PIPELINES = {
    'gen': lambda: _g(),
    'gen_b3': lambda: _g().batch(3),
    'gen_b3d': lambda: _g().batch(3, drop_remainder=True),
    'gen_b2_r3': lambda: _g().batch(2).repeat(3),
    'gen_r2_b3': lambda: _g().repeat(2).batch(3),
    'gen_take_skip': lambda: _g().skip(2).take(3),
    'gen_map': lambda: _g().map(lambda x: (x.sum(), x), 'x', ['s', 'x']),
    'slices_dict': lambda: ds.NumpySlicesDataset(
        {'a': np.zeros((5, 2), np.float32), 'b': np.arange(5, dtype=np.int32)}, shuffle=False).batch(2),
    'slices_list': lambda: ds.NumpySlicesDataset([1.5, 2.5, 3.5], shuffle=False),
    'shard': lambda: ds.NumpySlicesDataset(np.arange(7), shuffle=False, num_shards=3, shard_id=1),
    'mnist_pipe': lambda: _g().map([vision.Rescale(1 / 255., 0), vision.HWC2CHW()], 'x')
    .map(T.TypeCast(ms.int32), 'y').map(T.OneHot(7), 'y').batch(4),
}


@pytest.mark.parametrize('name', sorted(PIPELINES))
def test_pipeline_matches_mindspore(name):
    d = PIPELINES[name]()
    rows = list(d.create_tuple_iterator(output_numpy=True))
    got = dict(cols=d.get_col_names(), size=d.get_dataset_size(), n=len(rows),
               shapes=[[list(a.shape) for a in r] for r in rows[:2]],
               dtypes=[str(a.dtype) for a in rows[0]])
    assert got == GOLD[name]


def test_shard_values():
    d = PIPELINES['shard']()
    assert [int(r[0]) for r in d.create_tuple_iterator(output_numpy=True)] == GOLD['shard_vals']


def test_tensor_output_and_dict_iterator():
    x, y, z = next(_g().batch(2).create_tuple_iterator())
    assert isinstance(x, ms.Tensor) and x.dtype == ms.float32 and x.shape == (2, 2, 3)
    assert y.dtype == ms.int64 and z.dtype == ms.float64
    row = next(_g().create_dict_iterator())
    assert list(row) == ['x', 'y', 'z'] and isinstance(row['x'], ms.Tensor)
    assert [type(r) for r in _g().take(1)] == [list]


def test_epochs():
    it = ds.NumpySlicesDataset(np.arange(5), shuffle=False).create_tuple_iterator(num_epochs=2)
    assert len(list(it)) == 5 and len(list(it)) == 5
    with pytest.raises(RuntimeError, match='beyond the specified number of epochs'):
        list(it)
    it = ds.NumpySlicesDataset(np.arange(5)).create_tuple_iterator()
    assert [len(list(it)) for _ in range(3)] == [5, 5, 5]


def test_vision_matches_mindspore():
    img = _img()
    np.testing.assert_array_equal(vision.Resize((3, 4))(img), GOLD['resize_lin'])
    up = vision.Resize((8, 9))(img).astype(int) - GOLD['resize_up']   # uint8 upscaling: within 1
    assert np.abs(up).max() <= 1 and (up != 0).mean() < 0.03
    np.testing.assert_array_equal(vision.Resize((3, 4), vision.Inter.NEAREST)(img), GOLD['resize_nn'])
    np.testing.assert_allclose(vision.Resize((4, 3))(img.astype(np.float32)), GOLD['resize_f32'], rtol=1e-5)
    shapes = [list(vision.Resize(s)(np.zeros(sh, np.uint8)).shape)
              for s, sh in [(5, (6, 8, 3)), (5, (6, 7, 3)), (4, (7, 5, 3)), (3, (9, 4))]]
    assert shapes == GOLD['resize_int']
    crops = [vision.CenterCrop(c)(np.arange(h * w, dtype=np.uint8).reshape(h, w)).tolist()
             for c, h, w in [(2, 5, 5), (3, 6, 6), (2, 4, 5)]]
    assert crops == GOLD['center']
    np.testing.assert_allclose(vision.Normalize([10, 20, 30], [2, 4, 8])(img), GOLD['normalize'], rtol=1e-6)
    np.testing.assert_allclose(vision.ToTensor()(img[:2, :2]), GOLD['totensor'], rtol=1e-6)
    np.testing.assert_allclose(T.OneHot(3, 0.3)(np.array([0, 2])), GOLD['onehot_smooth'])


def test_random_transforms_and_shuffle_are_seeded():
    img = _img()

    def run():
        ms.set_seed(3)
        crops = [vision.RandomCrop(3, padding=1)(img) for _ in range(4)]
        flips = [vision.RandomHorizontalFlip()(img) for _ in range(4)]
        d = ds.NumpySlicesDataset(np.arange(20)).shuffle(5)
        return crops, flips, [int(r[0]) for r in d.create_tuple_iterator(output_numpy=True)]
    a, b = run(), run()
    for u, v in zip(a[0] + a[1], b[0] + b[1]):
        np.testing.assert_array_equal(u, v)
    assert a[2] == b[2] and sorted(a[2]) == list(range(20)) and a[2] != list(range(20))
    ds.config.set_seed(5)
    first = [int(r[0]) for r in ds.NumpySlicesDataset(np.arange(20)).create_tuple_iterator(output_numpy=True)]
    ds.config.set_seed(5)
    again = [int(r[0]) for r in ds.NumpySlicesDataset(np.arange(20)).create_tuple_iterator(output_numpy=True)]
    assert first == again and ds.config.get_seed() == 5
    ds.config._seed = None


def test_random_crop_matches_a_window():
    img = _img()
    out = vision.RandomCrop((2, 3))(img)
    assert any((img[y:y + 2, x:x + 3] == out).all() for y in range(4) for x in range(5))
    assert (vision.RandomHorizontalFlip(1.0)(img) == img[:, ::-1]).all()
    assert (vision.RandomVerticalFlip(1.0)(img) == img[::-1]).all()


def _idx(path, arr):
    with open(path, 'wb') as f:
        f.write(struct.pack('>BBBB', 0, 0, 8, arr.ndim) + struct.pack('>' + 'I' * arr.ndim, *arr.shape))
        f.write(arr.tobytes())


def test_mnist(tmp_path):
    rng = np.random.default_rng(1)
    data = {}
    for pre, n in (('train', 5), ('t10k', 3)):
        data[pre] = (rng.integers(0, 256, (n, 28, 28), dtype=np.uint8), rng.integers(0, 10, n, dtype=np.uint8))
        _idx(tmp_path / f'{pre}-images-idx3-ubyte', data[pre][0])
        _idx(tmp_path / f'{pre}-labels-idx1-ubyte', data[pre][1])
    # MindSpore 2.10 on these files: sizes 8/5/3/8, 'all' reads t10k first
    sizes = [ds.MnistDataset(str(tmp_path), usage=u).get_dataset_size() for u in (None, 'train', 'test', 'all')]
    assert sizes == [8, 5, 3, 8]
    d = ds.MnistDataset(str(tmp_path), shuffle=False)
    assert d.get_col_names() == ['image', 'label']
    rows = list(d.create_tuple_iterator(output_numpy=True))
    images = np.concatenate([data['t10k'][0], data['train'][0]])
    labels = np.concatenate([data['t10k'][1], data['train'][1]])
    np.testing.assert_array_equal(np.stack([r[0] for r in rows]), images[..., None])
    assert rows[0][0].dtype == np.uint8 and rows[0][1].dtype == np.uint32 and rows[0][1].shape == ()
    np.testing.assert_array_equal([r[1] for r in rows], labels)
    b = next(ds.MnistDataset(str(tmp_path), usage='train', shuffle=False).batch(4).create_tuple_iterator())
    assert b[0].shape == (4, 28, 28, 1) and b[1].dtype == ms.uint32
    assert ds.MnistDataset(str(tmp_path), num_samples=2).get_dataset_size() == 2


def test_cifar10(tmp_path):
    rng = np.random.default_rng(2)
    recs = {}
    for name, n in (('data_batch_1.bin', 3), ('data_batch_2.bin', 2), ('test_batch.bin', 4)):
        recs[name] = np.concatenate([rng.integers(0, 10, (n, 1)), rng.integers(0, 256, (n, 3072))], 1).astype(np.uint8)
        recs[name].tofile(tmp_path / name)
    sizes = [ds.Cifar10Dataset(str(tmp_path), usage=u).get_dataset_size() for u in (None, 'train', 'test', 'all')]
    assert sizes == [9, 5, 4, 9]
    rows = list(ds.Cifar10Dataset(str(tmp_path), shuffle=False).create_tuple_iterator(output_numpy=True))
    allrec = np.concatenate([recs['data_batch_1.bin'], recs['data_batch_2.bin'], recs['test_batch.bin']])
    np.testing.assert_array_equal(rows[4][0], allrec[4, 1:].reshape(3, 32, 32).transpose(1, 2, 0))
    assert [int(r[1]) for r in rows] == allrec[:, 0].tolist()
    assert rows[0][0].shape == (32, 32, 3) and rows[0][0].dtype == np.uint8 and rows[0][1].dtype == np.uint32


def test_generator_sources_and_errors():
    class Source:
        def __getitem__(self, i):
            return np.float32(i), np.array([i, i])

        def __len__(self):
            return 6
    d = ds.GeneratorDataset(Source(), ['a', 'b'], shuffle=False)
    assert d.get_dataset_size() == 6 and [int(r[0]) for r in d.create_tuple_iterator(output_numpy=True)] == list(range(6))
    assert ds.GeneratorDataset([np.ones(2)] * 3, 'v').get_dataset_size() == 3
    bad = ds.GeneratorDataset(lambda: iter([np.ones(2), np.ones(3)]), ['v'], shuffle=False).batch(2)
    with pytest.raises(RuntimeError, match='Cannot batch tensors with different shapes in column 0'):
        list(bad.create_tuple_iterator())
    assert ds.NumpySlicesDataset(np.arange(4)).project('column_0').rename('column_0', 'k').get_col_names() == ['k']


def test_runner_maps_dataset_modules(tmp_path):
    import subprocess
    import sys
    script = tmp_path / 's.py'
    script.write_text('import mindspore.dataset as ds\nimport mindspore.dataset.vision as v\n'
                      'from mindspore.dataset.transforms import TypeCast\n'
                      'print(ds.NumpySlicesDataset([1, 2]).get_dataset_size(), v.HWC2CHW.__name__)\n')
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = subprocess.run([sys.executable, '-m', 'minispore', 'run', str(script)], capture_output=True,
                         text=True, cwd=root, env={**os.environ, 'PYTHONPATH': root})
    assert out.stdout.strip() == '2 HWC2CHW', out.stderr


def _values(d):
    return [r[0].tolist() for r in d.create_tuple_iterator(output_numpy=True)]


def test_vectorised_map_before_batch_matches_row_by_row():
    rng = np.random.default_rng(4)
    images = rng.integers(0, 256, (50, 6, 5, 3), dtype=np.uint8)
    labels = rng.integers(0, 10, 50).astype(np.uint32)

    def pipeline(extra, is_hwc):
        d = ds.NumpySlicesDataset({'image': images, 'label': labels}, shuffle=False)
        ops = [vision.Rescale(1 / 255., 0), vision.Normalize((0.1, 0.2, 0.3), (0.3, 0.2, 0.1))]
        if not is_hwc:
            ops = [vision.HWC2CHW(), vision.Rescale(1 / 255., 0),
                   vision.Normalize((0.1, 0.2, 0.3), (0.3, 0.2, 0.1), is_hwc=False)]
        d = d.map(ops + extra, 'image').map([T.TypeCast(ms.int32), T.OneHot(10)], 'label')
        return list(d.batch(16).create_tuple_iterator(output_numpy=True))
    for is_hwc in (True, False):
        fast, slow = pipeline([], is_hwc), pipeline([lambda x: x], is_hwc)   # a lambda: row by row
        assert len(fast) == len(slow) == 4
        for a, b in zip(fast, slow):
            for u, v in zip(a, b):
                assert u.dtype == v.dtype and u.shape == v.shape
                np.testing.assert_array_equal(u, v)


def test_samplers_with_batch_and_seed():
    d = ds.NumpySlicesDataset(np.arange(10), sampler=ds.SubsetSampler([3, 1, 7]))
    assert _values(d.batch(2)) == [[3, 1], [7]]
    shards = []
    for k in range(3):   # as in three processes started with one seed
        ds.config.set_seed(11)
        shards.append(_values(ds.NumpySlicesDataset(np.arange(10), num_shards=3, shard_id=k)))
    ds.config.set_seed(11)
    first = _values(ds.NumpySlicesDataset(np.arange(10), sampler=ds.RandomSampler()))
    ds.config.set_seed(11)
    assert _values(ds.NumpySlicesDataset(np.arange(10), sampler=ds.RandomSampler())) == first
    assert sorted(first) == list(range(10)) and first != list(range(10))
    ds.config._seed = None
    assert [len(s) for s in shards] == [4, 4, 4] and set(sum(shards, [])) == set(range(10))
    with_replacement = _values(ds.NumpySlicesDataset(np.arange(3), sampler=ds.RandomSampler(True, 3)))
    assert len(with_replacement) == 3 and set(with_replacement) <= {0, 1, 2}


def test_weighted_and_user_samplers():
    d = ds.NumpySlicesDataset(np.arange(4), sampler=ds.WeightedRandomSampler([0, 1, 0, 1], 20))
    got = _values(d)
    assert len(got) == 20 and set(got) == {1, 3} and d.get_dataset_size() == 20

    class EveryOther(ds.Sampler):
        def __iter__(self):
            return iter(range(0, self.dataset_size, 2))
    assert _values(ds.NumpySlicesDataset(np.arange(7), sampler=EveryOther())) == [0, 2, 4, 6]
    assert _values(ds.NumpySlicesDataset(np.arange(7), sampler=EveryOther(num_samples=2))) == [0, 2]
