# Datasets: GeneratorDataset from a random-access class and a generator, NumpySlicesDataset from dicts,
# tuples, lists and arrays, map/batch/shuffle/repeat/skip/take chains, transforms, iterator outputs.
import numpy as np
import mindspore as ms
import mindspore.dataset as ds
import mindspore.dataset.transforms as transforms
import mindspore.dataset.vision as vision
from mindspore import dtype as mstype

class MyAccessible:
    def __init__(self):
        self._data = np.arange(20, dtype=np.float32).reshape(10, 2)
        self._label = np.arange(10, dtype=np.int64) % 3
    def __getitem__(self, index):
        return self._data[index], self._label[index]
    def __len__(self):
        return len(self._data)

d = ds.GeneratorDataset(source=MyAccessible(), column_names=["data", "label"], shuffle=False)
print(d.get_dataset_size(), d.get_col_names(), d.output_shapes(), d.output_types())
for item in d.create_dict_iterator(num_epochs=1, output_numpy=True):
    print(item['data'], item['data'].dtype, item['label'], type(item['label']).__name__, item['label'].dtype)
    break
for data, label in d.create_tuple_iterator():
    print(data, label)
    break
d2 = d.map(operations=lambda x: x * 2, input_columns=["data"]).batch(4)
print(d2.get_dataset_size())
for item in d2.create_dict_iterator(num_epochs=1, output_numpy=True):
    print(item['data'].shape, item['label'])
d3 = ds.GeneratorDataset(source=MyAccessible(), column_names=["data", "label"], shuffle=False).batch(4, drop_remainder=True)
print(d3.get_dataset_size(), [x[0].shape for x in d3.create_tuple_iterator(output_numpy=True)])
d4 = ds.GeneratorDataset(MyAccessible(), ["data", "label"], shuffle=False).map(operations=transforms.TypeCast(mstype.int32), input_columns="label")
for item in d4.create_dict_iterator(output_numpy=True):
    print(item['label'].dtype)
    break

def gen():
    for i in range(5):
        yield np.array([i, i + 1], np.float32), np.array(i % 2, np.int32)
g = ds.GeneratorDataset(gen, ["x", "y"])
for x, y in g.create_tuple_iterator():
    print(x, y, x.dtype, y.dtype, y.shape)
print(g.get_dataset_size())
def gen1():
    for i in range(3):
        yield (np.array([i]),)
g1 = ds.GeneratorDataset(gen1, column_names=["a"])
print([a.dtype for (a,) in g1.create_tuple_iterator(output_numpy=True)])
g2 = ds.GeneratorDataset([(np.array(1.5),), (np.array(2.5),)], column_names=["a"], shuffle=False)
print([r['a'] for r in g2.create_dict_iterator(output_numpy=True)])

n = ds.NumpySlicesDataset({"a": np.arange(6).reshape(3, 2), "b": [1.0, 2.0, 3.0]}, shuffle=False)
print(n.get_col_names(), n.get_dataset_size())
for r in n.create_dict_iterator(output_numpy=True):
    print(r['a'], r['a'].dtype, r['b'], r['b'].dtype)
n2 = ds.NumpySlicesDataset((np.ones((4, 2), np.float32), np.array([0, 1, 0, 1], np.int32)), column_names=["x", "y"], shuffle=False)
print(n2.get_col_names())
for x, y in n2.batch(3).create_tuple_iterator():
    print(x.shape, y)
n3 = ds.NumpySlicesDataset([1, 2, 3], shuffle=False)
print(n3.get_col_names(), [int(r[0]) for r in n3.create_tuple_iterator(output_numpy=True)])
n4 = ds.NumpySlicesDataset(np.arange(6).reshape(3, 2), column_names=["col"], shuffle=False)
print([r['col'].tolist() for r in n4.create_dict_iterator(output_numpy=True)])
ds.config.set_seed(0)
s = ds.NumpySlicesDataset(np.arange(10), column_names=["v"], shuffle=False).shuffle(buffer_size=10).batch(5)
print(s.get_dataset_size(), sorted(sum([r['v'].tolist() for r in s.create_dict_iterator(output_numpy=True)], [])))
m = ds.NumpySlicesDataset({"img": np.ones((2, 4, 4, 3), np.uint8) * 255, "label": [0, 1]}, shuffle=False)
m = m.map(operations=[vision.Rescale(1.0 / 255.0, 0.0), vision.HWC2CHW()], input_columns="img")
m = m.map(operations=transforms.OneHot(3), input_columns="label")
for r in m.create_dict_iterator(output_numpy=True):
    print(r['img'].shape, r['img'].dtype, r['img'][0, 0, 0], r['label'], r['label'].dtype)
r2 = ds.NumpySlicesDataset({"a": np.arange(4)}, shuffle=False).repeat(2).skip(1).take(5)
print([int(r['a']) for r in r2.create_dict_iterator(output_numpy=True)], r2.get_dataset_size())
r3 = ds.NumpySlicesDataset({"a": np.arange(4, dtype=np.float32)}, shuffle=False).map(lambda a: (a, a * 3), input_columns=["a"], output_columns=["a", "b"])
print(r3.get_col_names(), [(float(r['a']), float(r['b'])) for r in r3.create_dict_iterator(output_numpy=True)])
it = ds.NumpySlicesDataset({"a": np.arange(2, dtype=np.float32)}, shuffle=False).create_dict_iterator()
r = next(iter(it))
print(type(r['a']).__name__, r['a'])
print(type(d).__name__, type(d2).__name__, type(n).__name__)
