# Tensor methods, item assignment in place, and gradients at non-smooth points (max ties, abs
# and relu at 0, sqrt at 0, clamp bounds), through indexing and shape ops.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor, Parameter
x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
def f(a):
    return (a[1:, ::2] * a[0, 1]).sum() + a[Tensor([0, 2])].sum() + a[a > 5].sum()
print(ms.grad(f)(x))
y = Tensor(np.arange(6, dtype=np.float32))
y[2] = 10.0
print(y)
y[1:3] = Tensor([7.0, 8.0])
print(y)
print(x.view(4, 3).shape, x.reshape((2, 6)).shape, x.T.shape, x.transpose(1, 0).shape)
print(x.sum(1), x.mean(), x.max(), x.min(axis=0), x.argmax(1))
print(x.abs().sqrt().exp().log())
print(x.flatten(), x.squeeze().shape, x.expand_dims(0).shape)
print(x.astype(ms.int32).dtype, x.float().dtype, x.int().dtype)
print(x.norm(), x.tolist()[0], x.size, x.ndim, x.nbytes)
print(len(x), [t.shape for t in x])
print(x.copy() is x)
z = x.clip(2, 5)
print(z)
print(ops.clamp(x, 2.0, 5.0))
print(ms.grad(lambda a: ops.clamp(a, 2.0, 5.0).sum())(x))
print(ms.grad(lambda a: a.max())(Tensor([1.0, 3.0, 3.0])))
print(ms.grad(lambda a: ops.abs(a).sum())(Tensor([-1.0, 0.0, 2.0])))
print(ms.grad(lambda a: ops.relu(a).sum())(Tensor([-1.0, 0.0, 2.0])))
print(ms.grad(lambda a: ops.sqrt(a).sum())(Tensor([0.0, 4.0])))
print(ms.grad(lambda a: ops.norm(a))(Tensor([3.0, 4.0])))
print(ms.grad(lambda a, b: ops.where(a > 1, a * b, b), (0, 1))(Tensor([0.0, 2.0]), Tensor([3.0, 4.0])))
print(ms.grad(lambda a: ops.stack([a, a * 2]).sum())(Tensor([1.0, 2.0])))
print(ms.grad(lambda a: ops.concat([a, a * 2], 0).sum())(Tensor([1.0, 2.0])))
print(ms.grad(lambda a: ops.broadcast_to(a, (3, 2)).sum())(Tensor([1.0, 2.0])))
print(ms.grad(lambda a: ops.cast(a, ms.float16).sum())(Tensor([1.0, 2.0])))
print(ms.grad(lambda a: ops.mean(a, 0))(x))
print(ms.grad(lambda a: ops.pow(2.0, a).sum())(Tensor([1.0, 2.0])))
