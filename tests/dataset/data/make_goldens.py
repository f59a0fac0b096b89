"""Golden values for tests/dataset: run with MindSpore 2.10 (python make_goldens.py > goldens.json)."""
import numpy as np, json, mindspore as ms, mindspore.dataset as ds
import mindspore.dataset.vision as vision, mindspore.dataset.transforms as T
rng = np.random.default_rng(0)
img = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)
out = {}
out['resize_lin'] = vision.Resize((3, 4))(img).tolist()
out['resize_up'] = vision.Resize((8, 9))(img).tolist()
out['resize_nn'] = vision.Resize((3, 4), vision.Inter.NEAREST)(img).tolist()
out['resize_f32'] = vision.Resize((4, 3))(img.astype(np.float32)).tolist()
out['resize_int'] = [list(vision.Resize(s)(np.zeros(sh, np.uint8)).shape) for s, sh in [(5, (6, 8, 3)), (5, (6, 7, 3)), (4, (7, 5, 3)), (3, (9, 4))]]
out['center'] = [vision.CenterCrop(c)(np.arange(h * w, dtype=np.uint8).reshape(h, w)).tolist() for c, h, w in [(2, 5, 5), (3, 6, 6), (2, 4, 5)]]
out['normalize'] = vision.Normalize([10, 20, 30], [2, 4, 8])(img).tolist()
out['totensor'] = vision.ToTensor()(img[:2, :2]).tolist()
out['onehot_smooth'] = [T.OneHot(3, 0.3)(np.array(k)).tolist() for k in (0, 2)]  # one label at a time
def pipe(name, d):
    rows = list(d.create_tuple_iterator(output_numpy=True))
    out[name] = dict(cols=d.get_col_names(), size=d.get_dataset_size(), n=len(rows),
                     shapes=[[list(a.shape) for a in r] for r in rows[:2]],
                     dtypes=[str(a.dtype) for a in rows[0]])
def gen():
    for i in range(7):
        yield np.full((2, 3), i, np.float32), i, float(i)
G = lambda: ds.GeneratorDataset(gen, ['x', 'y', 'z'], shuffle=False)
pipe('gen', G())
pipe('gen_b3', G().batch(3))
pipe('gen_b3d', G().batch(3, drop_remainder=True))
pipe('gen_b2_r3', G().batch(2).repeat(3))
pipe('gen_r2_b3', G().repeat(2).batch(3))
pipe('gen_take_skip', G().skip(2).take(3))
pipe('gen_map', G().map(lambda x: (x.sum(), x), 'x', ['s', 'x']))
pipe('slices_dict', ds.NumpySlicesDataset({'a': np.zeros((5, 2), np.float32), 'b': np.arange(5, dtype=np.int32)}, shuffle=False).batch(2))
pipe('slices_list', ds.NumpySlicesDataset([1.5, 2.5, 3.5], shuffle=False))
pipe('shard', ds.NumpySlicesDataset(np.arange(7), shuffle=False, num_shards=3, shard_id=1))
out['shard_vals'] = [int(r[0]) for r in ds.NumpySlicesDataset(np.arange(7), shuffle=False, num_shards=3, shard_id=1).create_tuple_iterator(output_numpy=True)]
pipe('mnist_pipe', G().map([vision.Rescale(1/255., 0), vision.HWC2CHW()], 'x').map(T.TypeCast(ms.int32), 'y').map(T.OneHot(7), 'y').batch(4))
print(json.dumps(out))
