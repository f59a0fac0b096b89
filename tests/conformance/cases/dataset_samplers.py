"""Samplers and the sampler/shuffle/num_shards/shard_id/num_samples arguments of the sources."""
import numpy as np
import mindspore.dataset as ds


def values(d):
    return [r[0].tolist() for r in d.create_tuple_iterator(output_numpy=True)]


def show(label, make):
    try:
        d = make()
        print(label, d.get_dataset_size(), values(d))
    except Exception as e:
        print(label, type(e).__name__ + ':', str(e).splitlines()[0].strip())


def src(**kw):
    return ds.NumpySlicesDataset(np.arange(10), ['x'], **kw)


class Source:
    def __getitem__(self, i):
        return (np.array(i * 10),)

    def __len__(self):
        return 6


def gen():
    for i in range(6):
        yield (np.array(i),)


show('sequential', lambda: src(sampler=ds.SequentialSampler()))
show('sequential 2 5', lambda: src(sampler=ds.SequentialSampler(2, 5)))
show('subset', lambda: src(sampler=ds.SubsetSampler([3, 1, 7])))
show('subset 2', lambda: src(sampler=ds.SubsetSampler([3, 1, 7], 2)))
show('list sampler', lambda: src(sampler=[4, 0, 9]))
print('subset random', sorted(values(src(sampler=ds.SubsetRandomSampler([3, 1, 7])))),
      src(sampler=ds.SubsetRandomSampler([3, 1, 7], 2)).get_dataset_size())
for shard in range(3):
    show(f'distributed 3 {shard}', lambda: src(sampler=ds.DistributedSampler(3, shard, shuffle=False)))
show('distributed 4 3', lambda: src(sampler=ds.DistributedSampler(4, 3, shuffle=False)))
show('distributed 4 1 n2', lambda: src(sampler=ds.DistributedSampler(4, 1, shuffle=False, num_samples=2)))
show('shards 4 3', lambda: src(num_shards=4, shard_id=3, shuffle=False))
show('shards num_samples', lambda: src(num_samples=3, num_shards=2, shard_id=1, shuffle=False))
show('num_samples 4', lambda: src(num_samples=4, shuffle=False))
show('num_samples 0', lambda: src(num_samples=0, shuffle=False))
show('child sampler', lambda: src(sampler=(lambda s: (s.add_child(ds.SequentialSampler(2, 4)), s)[1])(
    ds.SubsetSampler([0, 2]))))
show('generator subset', lambda: ds.GeneratorDataset(Source(), ['x'], sampler=ds.SubsetSampler([5, 0])))
show('generator shards', lambda: ds.GeneratorDataset(Source(), ['x'], num_shards=4, shard_id=3, shuffle=False))
show('generator iterable num_samples', lambda: ds.GeneratorDataset(gen, ['x'], num_samples=4))
print('random sizes', src(sampler=ds.RandomSampler(num_samples=4)).get_dataset_size(),
      sorted(set(values(src(sampler=ds.RandomSampler())))) == list(range(10)))
print('get_num_samples', ds.SequentialSampler(1, 3).get_num_samples(), ds.RandomSampler().get_num_samples())
show('shard_id too large', lambda: src(num_shards=3, shard_id=3))
show('shard_id alone', lambda: src(shard_id=1))
show('num_shards 0', lambda: src(num_shards=0, shard_id=0))
show('shard_id float', lambda: src(num_shards=2, shard_id=1.0))
show('sampler and shuffle', lambda: src(sampler=ds.SequentialSampler(), shuffle=False))
show('sampler and num_samples', lambda: src(sampler=ds.SequentialSampler(), num_samples=3))
show('sampler bad type', lambda: src(sampler=3))
show('num_samples -1', lambda: src(num_samples=-1))
show('subset out of range', lambda: src(sampler=ds.SubsetSampler([3, 12])))
show('subset float', lambda: src(sampler=ds.SubsetSampler([1.5])))
show('distributed shard out of range', lambda: src(sampler=ds.DistributedSampler(3, 3)))
show('random replacement int', lambda: src(sampler=ds.RandomSampler(replacement=1)))
show('iterable with sampler', lambda: ds.GeneratorDataset(gen, ['x'], sampler=ds.SequentialSampler()))
show('iterable with shards', lambda: ds.GeneratorDataset(gen, ['x'], num_shards=2, shard_id=1))
