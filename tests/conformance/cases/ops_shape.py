# Shape ops and products: reshape, transpose, expand_dims, squeeze, broadcast_to, concat, stack, cast, dot, matmul.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
v = Tensor([1.0, 2.0, 3.0])
for name, r in [
    ("reshape", ops.reshape(x, (3, 2))), ("reshape -1", ops.reshape(x, (-1,))), ("Tensor.reshape", x.reshape(1, 6)),
    ("Tensor.reshape tuple", x.reshape((3, -1))), ("transpose", ops.transpose(x, (1, 0))),
    ("Tensor.transpose", x.transpose()), ("T", x.T), ("expand_dims 0", ops.expand_dims(v, 0)),
    ("expand_dims -1", ops.expand_dims(v, -1)), ("squeeze", ops.squeeze(Tensor(np.ones((1, 3, 1), np.float32)))),
    ("squeeze axis", ops.squeeze(Tensor(np.ones((1, 3, 1), np.float32)), 2)),
    ("squeeze non-1 axis", ops.squeeze(x, 0)),
    ("broadcast_to", ops.broadcast_to(v, (2, 3))), ("broadcast_to -1", ops.broadcast_to(Tensor([[1.0], [2.0]]), (-1, 3))),
    ("concat", ops.concat((x, x))), ("concat 1", ops.concat((x, x), 1)), ("concat list", ops.concat([v, v], axis=0)),
    ("stack", ops.stack((v, v))), ("stack 1", ops.stack([v, v], 1)),
    ("cast int32", ops.cast(Tensor([1.7, -1.7]), mindspore.int32)), ("cast f16", ops.cast(v, mindspore.float16)),
    ("cast bool", ops.cast(Tensor([0.0, 2.0]), mindspore.bool_)), ("cast f64", ops.cast(Tensor([1, 2]), mindspore.float64)),
    ("dot 2-D", ops.dot(x, x.T)), ("dot 2x3 3-D", ops.dot(x, Tensor(np.ones((2, 3, 1), np.float32)))),
    ("matmul", ops.matmul(x, x.T)), ("matmul 1-D 1-D", ops.matmul(v, v)), ("matmul 2-D 1-D", ops.matmul(x, v)),
    ("matmul 1-D 2-D", ops.matmul(Tensor([1.0, 1.0]), x)), ("matmul int", ops.matmul(Tensor([[1, 2]]), Tensor([[3], [4]]))),
    ("matmul batch", ops.matmul(Tensor(np.ones((2, 2, 3), np.float32)), Tensor(np.ones((3, 1), np.float32)))),
    ("flatten", ops.flatten(Tensor(np.ones((2, 2, 2), np.float32)))), ("Tensor.view", x.view(3, 2)),
]:
    print(name, r.shape, r.dtype)
    print(repr(r))
print(ops.shape(x), ops.rank(x), ops.size(x))
