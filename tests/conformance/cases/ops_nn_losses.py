# binary_cross_entropy, kl_div, l1_loss, smooth_l1_loss, huber_loss: reductions, weights,
# broadcasting, int inputs, clamping, gradients (also at the kinks).
import numpy as np
import mindspore
from mindspore import ops, Tensor

p = Tensor([[0.2, 0.9, 0.0], [1.0, 0.5, 0.3]])
y = Tensor([[0.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
for red in ("none", "mean", "sum"):
    print("bce", red, ops.binary_cross_entropy(p, y, reduction=red))
print(ops.binary_cross_entropy(p, y, Tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]]), reduction="none"))
print(ops.binary_cross_entropy(Tensor([0.0, 1.0, 0.0, 1.0]), Tensor([1.0, 0.0, 0.0, 1.0]), reduction="none"))
print(mindspore.grad(lambda a, b: ops.binary_cross_entropy(a, b, reduction="sum"), (0, 1))(
    Tensor([0.2, 0.9, 0.5]), Tensor([0.0, 1.0, 0.3])))
print(mindspore.grad(lambda a: ops.binary_cross_entropy(a, Tensor([1.0, 0.0, 1.0]), Tensor([1.0, 2.0, 3.0])))(
    Tensor([0.0, 1.0, 0.5])))

lp = ops.log(Tensor([[0.3, 0.3, 0.4], [0.25, 0.25, 0.5]]))
a = Tensor([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]])
for red in ("none", "mean", "sum", "batchmean"):
    print("kl", red, ops.kl_div(lp, a, red))
print(ops.kl_div(lp, Tensor([[0.0, 0.5, 0.5], [0.1, 0.1, 0.8]]), "none"))
print(ops.kl_div(lp, Tensor([[-0.1, 0.5, 0.5], [0.1, 0.1, 0.8]]), "none"))
print(ops.kl_div(Tensor([-1.0, -2.0]), Tensor([0.3, 0.7]), "batchmean"))
print(mindspore.grad(lambda u: ops.kl_div(u, a, "batchmean"))(lp))

x = Tensor([[0.5, 2.0, -1.0], [3.0, 0.2, 1.0]])
t = Tensor([[0.0, 0.5, 1.0], [0.0, 0.2, 1.5]])
for red in ("none", "mean", "sum"):
    print("l1", red, ops.l1_loss(x, t, red))
    print("sl1", red, ops.smooth_l1_loss(x, t, reduction=red))
    print("sl1 beta", red, ops.smooth_l1_loss(x, t, 0.5, reduction=red))
    print("huber", red, ops.huber_loss(x, t, red))
    print("huber delta", red, ops.huber_loss(x, t, red, 2.0))
print(ops.l1_loss(x, Tensor([1.0, 2.0, 3.0]), "none"))
print(ops.huber_loss(x, Tensor([1.0, 2.0, 3.0]), "none"))
print(ops.l1_loss(Tensor([1, 2]), Tensor([0, 4]), "none"))
print(ops.l1_loss(Tensor([1, 2]), Tensor([0, 4])))
print(ops.huber_loss(Tensor([1, 2]), Tensor([0, 4])))
print(ops.smooth_l1_loss(x, t, 1))
print(ops.huber_loss(x, t, delta=2))
print(ops.smooth_l1_loss(x.astype(mindspore.float64), t))
d = Tensor([1.0, 0.0, 0.5, -1.0, 3.0])
z = Tensor([0.0, 0.0, 0.0, 0.0, 0.0])
print(mindspore.grad(lambda u, v: ops.l1_loss(u, v, "sum"), (0, 1))(d, z))
print(mindspore.grad(lambda u, v: ops.smooth_l1_loss(u, v, reduction="sum"), (0, 1))(d, z))
print(mindspore.grad(lambda u, v: ops.huber_loss(u, v, "mean", 0.5), (0, 1))(d, z))
print(mindspore.grad(lambda u: ops.smooth_l1_loss(u, z, 2.0, "mean"))(d))
