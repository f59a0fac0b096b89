# Gradients of array ops: gather (repeated indices add up), index_select, gather_elements, masked_select,
# select, scatter, tile, repeat_interleave, split, flip, tril, diag, diagonal, narrow and pad.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) / 4)
w = Tensor(np.linspace(-1.0, 2.0, 12).astype(np.float32).reshape(3, 4))


def weighted(y):
    return (y * Tensor(np.arange(1, y.size + 1, dtype=np.float32).reshape(y.shape))).sum()


cases = [
    ("gather", lambda a: weighted(ops.gather(a, Tensor([2, 0, 2]), 0))),
    ("gather axis 1", lambda a: weighted(ops.gather(a, Tensor([[1, 1], [3, 0]]), 1))),
    ("index_select", lambda a: weighted(ops.index_select(a, 1, Tensor([0, 2, 0])))),
    ("gather_elements", lambda a: weighted(ops.gather_elements(a, 1, Tensor([[0, 0], [3, 1], [2, 2]])))),
    ("masked_select", lambda a: weighted(ops.masked_select(a, a > 1.2))),
    ("select", lambda a: weighted(ops.select(a > 1.2, a * a, -a))),
    ("tile", lambda a: weighted(ops.tile(a, (2, 1)))),
    ("repeat_interleave", lambda a: weighted(ops.repeat_interleave(a, 2, 1))),
    ("repeat_interleave list", lambda a: weighted(ops.repeat_interleave(a, [2, 0, 1], 0))),
    ("split", lambda a: sum(weighted(p) * k for k, p in enumerate(ops.split(a, [1, 3], 1), 1))),
    ("chunk", lambda a: weighted(ops.chunk(a, 2, 1)[1])),
    ("unbind", lambda a: weighted(ops.unbind(a, 0)[2])),
    ("flip", lambda a: weighted(ops.flip(a, (0, 1)))),
    ("tril", lambda a: weighted(ops.tril(a))),
    ("triu", lambda a: weighted(ops.triu(a, 1))),
    ("diag", lambda a: weighted(ops.diag(a[0]))),
    ("diagonal", lambda a: weighted(ops.diagonal(a, 1))),
    ("narrow", lambda a: weighted(ops.narrow(a, 1, 1, 2))),
    ("swapaxes", lambda a: weighted(ops.swapaxes(a, 0, 1))),
    ("pad", lambda a: weighted(ops.pad(a, (1, -1, 0, 2), value=3.0))),
    ("pad reflect", lambda a: weighted(ops.pad(a, (2, 1), mode='reflect'))),
    ("pad replicate", lambda a: weighted(ops.pad(a, (2, 1), mode='replicate'))),
]
for name, f in cases:
    print(name, repr(mindspore.grad(f)(x)))

# scatter: the gradient of src is gathered at index, that of input is zero where src was written.
f = lambda a, s: weighted(ops.scatter(a, 1, Tensor([[1, 2], [0, 3], [2, 2]]), s) * 2)
print("scatter", mindspore.grad(f, (0, 1))(x, Tensor(np.ones((3, 2), np.float32))))
