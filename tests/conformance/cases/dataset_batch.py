"""batch with per_batch_map and a callable batch size, padded_batch, and the size getters."""
import numpy as np
import mindspore.dataset as ds


def rows(d):
    return [[a.tolist() for a in r] for r in d.create_tuple_iterator(output_numpy=True)]


def show(label, make):
    try:
        d = make()
        print(label, d.get_col_names(), d.get_dataset_size(), rows(d))
    except Exception as e:
        print(label, type(e).__name__ + ':', str(e).splitlines()[0].strip())


def ab():
    return ds.NumpySlicesDataset({'a': np.arange(5), 'b': np.arange(5) * 10.}, shuffle=False)


def ragged():
    return ds.GeneratorDataset(lambda: iter([(np.arange(k), np.ones((k, 2)) * k) for k in (1, 3, 2, 4)]),
                               ['p', 'q'])


def twice_and_add_batch_num(a, b, info):
    return [x * 2 for x in a], [y + info.get_batch_num() for y in b]


def sum_and_triple(a, info):
    return [x.sum() for x in a], [x * 3 for x in a]


show('batch 2', lambda: ab().batch(2))
show('batch 2 drop', lambda: ab().batch(2, drop_remainder=True))
show('batch True', lambda: ab().batch(True))
show('callable size', lambda: ab().project('a').batch(lambda info: info.get_batch_num() + 1))
show('callable size drop', lambda: ab().project('a').batch(lambda info: info.get_batch_num() + 1,
                                                            drop_remainder=True))
show('callable epoch', lambda: ab().project('a').repeat(2).batch(lambda info: info.get_epoch_num() + 2))
show('per_batch_map', lambda: ab().batch(2, per_batch_map=twice_and_add_batch_num, input_columns=['a', 'b']))
show('per_batch_map all columns', lambda: ab().batch(2, per_batch_map=twice_and_add_batch_num))
show('per_batch_map 1 to 2', lambda: ab().batch(2, per_batch_map=sum_and_triple, input_columns=['a'],
                                                 output_columns=['s', 't']))
show('per_batch_map rename', lambda: ab().batch(2, per_batch_map=lambda b, info: (b,), input_columns=['b'],
                                                 output_columns=['bb']))
show('per_batch_map array', lambda: ab().batch(2, per_batch_map=lambda b, info: (np.array(b) * 2,),
                                                input_columns=['b']))
show('per_batch_map list', lambda: ab().batch(2, per_batch_map=lambda b, info: [x * 2 for x in b],
                                               input_columns=['b']))
show('padded all', lambda: ragged().padded_batch(2, pad_info={}))
show('padded shape', lambda: ragged().project('p').padded_batch(2, pad_info={'p': ([5], -1)}))
show('padded largest', lambda: ragged().project('p').padded_batch(2, pad_info={'p': (None, -1)}))
show('padded crop', lambda: ragged().project('p').padded_batch(2, pad_info={'p': ([2], -1)}))
show('padded None dim', lambda: ragged().project('q').padded_batch(2, pad_info={'q': ([None, 3], 7)}))
show('padded both', lambda: ragged().padded_batch(2, pad_info={'p': ([5], -1), 'q': ([4, 2], 9)}))
print('padded dtypes', [str(a.dtype) for a in next(ragged().padded_batch(2, pad_info={})
                                                      .create_tuple_iterator(output_numpy=True))])
print('get_batch_size', ab().get_batch_size(), ab().batch(3).get_batch_size(),
      ab().batch(3).repeat(2).get_batch_size(), ab().batch(3).map(lambda x: x, 'a').get_batch_size())
print('get_repeat_count', ab().get_repeat_count(), ab().repeat(3).get_repeat_count(),
      ab().repeat(3).batch(2).get_repeat_count(), ab().repeat(2).repeat(3).get_repeat_count(),
      ab().repeat().get_repeat_count())
print('output_shapes', ab().output_shapes(), ab().batch(2).output_shapes(),
      ds.GeneratorDataset(lambda: iter([(np.ones((2, 3)),)]), ['x']).output_shapes())
print('output_types', ab().output_types(), ab().batch(2).output_types())
show('batch_size 0', lambda: ab().batch(0))
show('batch_size float', lambda: ab().batch(2.0))
show('input_columns without per_batch_map', lambda: ab().batch(2, input_columns=['a']))
show('per_batch_map bad column', lambda: ab().batch(2, per_batch_map=sum_and_triple, input_columns=['q']))
show('per_batch_map output count', lambda: ab().batch(2, per_batch_map=sum_and_triple, input_columns=['a']))
show('batch ragged', lambda: ragged().batch(2))
show('padded unpadded column', lambda: ragged().padded_batch(2, pad_info={'p': ([5], -1)}))
show('padded bad column', lambda: ragged().padded_batch(2, pad_info={'zz': ([2], -1)}))
