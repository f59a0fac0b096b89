"""concat, +, zip, map with output_columns, and iterator options."""
import re

import numpy as np
import mindspore.dataset as ds


def rows(d):
    return [[a.tolist() for a in r] for r in d.create_tuple_iterator(output_numpy=True)]


def show(label, make):
    try:
        d = make()
        print(label, d.get_col_names(), d.get_dataset_size(), rows(d))
    except Exception as e:
        first = re.sub(r'<[\w.]+ object at 0x[0-9a-f]+>', '<dataset>', str(e).splitlines()[0])
        print(label, type(e).__name__ + ':', first.strip())


def ab():
    return ds.NumpySlicesDataset({'a': np.arange(5), 'b': np.arange(5) * 10.}, shuffle=False)


def abc():
    return ds.NumpySlicesDataset({'a': np.arange(3), 'b': np.arange(3) * 10, 'c': np.arange(3) * 100},
                                 shuffle=False)


def col(name, values):
    return ds.NumpySlicesDataset({name: values}, shuffle=False)


show('zip', lambda: ds.zip((ab(), col('c', np.arange(3) + 100))))
show('zip method', lambda: ab().zip(col('c', np.arange(3) + 100)))
show('zip method tuple', lambda: ab().zip((col('c', [7, 8, 9, 10, 11, 12]), col('d', [1., 2., 3., 4.]))))
show('concat +', lambda: ab().project('a') + col('a', [7, 8]))
show('concat list', lambda: ab().project('a').concat([col('a', [7, 8]), col('a', [9])]))
show('concat batch', lambda: (ab().project('a') + col('a', [7, 8])).batch(3))
show('concat repeat', lambda: (abc().project('a') + abc().project('a')).repeat(2))
for ins, outs in [('b', ['b1', 'b2']), ('c', ['c1', 'c2']), (['c', 'a'], ['s']),
                  (['b', 'c'], ['x', 'y', 'z']), (['c', 'a'], ['x', 'y']), ('b', 'a2')]:
    n = len(outs) if isinstance(outs, list) else 1
    show(f'map {ins} -> {outs}', lambda: abc().map(
        lambda *x: tuple(np.array(i) for i in range(n)) if n > 1 else np.array(0), ins, outs))
show('map 1 to 2', lambda: ab().map(lambda x: (x, x * 2), 'a', ['a1', 'a2']))
show('map 2 to 1', lambda: ab().map(lambda x, y: x + y, ['b', 'a'], ['s']))
show('map rename', lambda: ab().map(lambda x: x, 'b', 'bb'))
show('map list', lambda: ab().map([lambda x: x + 1, lambda x: x * 2], 'a'))
print('dict numpy', {k: v.tolist() for k, v in next(ab().create_dict_iterator(output_numpy=True)).items()})
print('dict tensor', {k: (type(v).__name__, v.shape, str(v.dtype)) for k, v in next(ab().batch(2).create_dict_iterator()).items()})
print('tuple columns', [a.tolist() for a in next(ab().create_tuple_iterator(columns=['b'], output_numpy=True))])
print('plain iteration', [type(r).__name__ for r in ab().take(1)])
it = ab().create_dict_iterator(num_epochs=2, output_numpy=True)
print('epochs', len(list(it)), len(list(it)))
try:
    next(it)
except Exception as e:
    print('third epoch', type(e).__name__ + ':', str(e).splitlines()[0].strip())
show('zip duplicate column', lambda: ab().zip(ab()))
show('zip not a tuple', lambda: ds.zip([ab(), ab()]))
show('zip one', lambda: ds.zip((ab(),)))
show('concat names differ', lambda: ab().project('a') + col('z', [7, 8]))
show('concat column count', lambda: ab() + col('a', [7, 8]))
show('concat dtypes differ', lambda: ab().project('a') + col('a', [7., 8.]))
show('map bad column', lambda: ab().map(lambda x: x, 'zz'))
show('map output count', lambda: ab().map(lambda x: (x, x), 'a'))
show('map 2 inputs 1 output', lambda: ab().map(lambda x, y: x + y, ['a', 'b']))
show('map not callable', lambda: ab().map(3, 'a'))
show('project bad column', lambda: ab().project('zz'))
show('rename bad column', lambda: ab().rename('zz', 'y'))
show('tuple iterator bad column', lambda: ab().project(['zz']))
show('take 0', lambda: ab().take(0))
show('shuffle 1', lambda: ab().shuffle(1))
show('repeat 0', lambda: ab().repeat(0))
