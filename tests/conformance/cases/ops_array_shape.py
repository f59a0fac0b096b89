# Axis moves, tiling, repetition, splitting, narrowing, flipping, transposing and padding.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
x3 = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
v = Tensor(np.arange(10, dtype=np.float32))
i = Tensor([[1, 2], [3, 4]])
for name, r in [
    ("swapaxes", ops.swapaxes(x3, 0, 2)), ("swapaxes same", ops.swapaxes(x, 1, -1)),
    ("moveaxis", ops.moveaxis(x3, 0, -1)), ("moveaxis tuple", ops.moveaxis(x3, (0, 1), (2, 0))),
    ("movedim", ops.movedim(x3, 1, 0)),
    ("tile", ops.tile(i, (2,))), ("tile longer", ops.tile(Tensor([1, 2]), (2, 1, 2))), ("tile 2-D", ops.tile(x, (2, 1))),
    ("tile zero", ops.tile(Tensor([1.0, 2.0]), (0,))),
    ("repeat_interleave", ops.repeat_interleave(i, 2)), ("repeat_interleave 0", ops.repeat_interleave(i, 2, 0)),
    ("repeat_interleave list", ops.repeat_interleave(i, [1, 2], 0)),
    ("repeat_interleave tensor", ops.repeat_interleave(x, Tensor([1, 0, 2, 1]), 1)),
    ("repeat_interleave tensor scalar", ops.repeat_interleave(x, Tensor(2), 1)),
    ("repeat_interleave flat list", ops.repeat_interleave(i, [1, 2, 0, 1])),
    ("repeat_interleave one count", ops.repeat_interleave(i, [3], 0)), ("repeat_interleave 0-d", ops.repeat_interleave(Tensor(3.0), 3)),
    ("narrow", ops.narrow(x, 1, 1, 2)), ("narrow -1", ops.narrow(x, -1, 2, 2)), ("narrow 0", ops.narrow(x, 0, 0, 3)),
    ("flip", ops.flip(x, (0,))), ("flip list", ops.flip(x, [0, 1])), ("flip -1", ops.flip(x3, (-1,))), ("flip none", ops.flip(x, ())),
    ("t", ops.t(x)), ("t 1-D", ops.t(Tensor([1.0, 2.0]))), ("t 0-d", ops.t(Tensor(1.0))), ("t int", ops.t(i)),
    ("pad", ops.pad(x, (1, 2))), ("pad value", ops.pad(x, (1, 0, 0, 1), value=6.5)),
    ("pad int value", ops.pad(Tensor([[1, 2]]), (1, 0), value=6.5)), ("pad crop", ops.pad(x, (-1, 1, 0, -1))),
    ("pad 1-D", ops.pad(Tensor([1.0, 2.0]), [1, 1])), ("pad list", ops.pad(x, [0, 0, 1, 1])),
    ("pad empty", ops.pad(x, ())), ("pad int", ops.pad(Tensor([[1, 2]]), (1, 1))),
    ("reflect", ops.pad(x, (2, 1), mode='reflect')), ("reflect 3-D", ops.pad(x3, (2, 1, 1, 2), mode='reflect')),
    ("reflect crop", ops.pad(x, (-1, 1), mode='reflect')), ("reflect 3-D last", ops.pad(x3, (1, 1), mode='reflect')),
    ("replicate", ops.pad(x, (2, 1), mode='replicate')), ("replicate 3-D", ops.pad(x3, (2, 1, 1, 3), mode='replicate')),
    ("replicate 4-D", ops.pad(Tensor(np.arange(8, dtype=np.float32).reshape(1, 2, 2, 2)), (1, 1, 1, 1, 1, 1), mode='replicate')),
    ("circular", ops.pad(x, (2, 1), mode='circular')), ("circular 3-D", ops.pad(x3, (2, 1, 1, 2), mode='circular')),
    ("circular crop", ops.pad(x, (-1, 1), mode='circular')), ("circular crop right", ops.pad(x, (1, -1), mode='circular')),
]:
    print(name, r.shape, r.dtype)
    print(repr(r))

for name, rs in [
    ("split int", ops.split(v, 3)), ("split list", ops.split(v, [3, 7])), ("split tuple", ops.split(v, (3, 7))),
    ("split axis 1", ops.split(x, 2, axis=1)), ("split -1", ops.split(x, 2, -1)), ("split big", ops.split(x, 5)),
    ("split zero size", ops.split(x, [0, 3])),
    ("chunk 3", ops.chunk(v, 3)), ("chunk 4", ops.chunk(v, 4)), ("chunk 6", ops.chunk(v, 6)), ("chunk 20", ops.chunk(v, 20)),
    ("chunk axis 1", ops.chunk(x, 3, 1)),
    ("tensor_split 3", ops.tensor_split(v, 3)), ("tensor_split 4", ops.tensor_split(v, 4)), ("tensor_split 12", ops.tensor_split(v, 12)),
    ("tensor_split indices", ops.tensor_split(v, [2, 5])), ("tensor_split past end", ops.tensor_split(v, (2, 5, 20))),
    ("tensor_split decreasing", ops.tensor_split(v, [5, 2])), ("tensor_split negative", ops.tensor_split(v, [-3, 8])),
    ("tensor_split empty", ops.tensor_split(v, [])), ("tensor_split axis 1", ops.tensor_split(x, [1], axis=1)),
    ("unbind", ops.unbind(x)), ("unbind 1", ops.unbind(x, 1)), ("unbind -1", ops.unbind(i, -1)), ("unbind one", ops.unbind(Tensor([[1.0, 2.0]]))),
]:
    print(name, type(rs).__name__, len(rs), [r.shape for r in rs])
    for r in rs:
        print(repr(r))
