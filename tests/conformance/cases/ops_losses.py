# binary_cross_entropy_with_logits (all reductions, weight, pos_weight), mse_loss, nn losses.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor

logits = Tensor([[0.5, -1.0, 2.0], [-0.3, 0.8, 0.0]])
labels = Tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.5]])
weight = Tensor([1.0, 2.0, 0.5])
pos_weight = Tensor([3.0, 1.0, 2.0])
bce = ops.binary_cross_entropy_with_logits
for red in ("mean", "sum", "none"):
    print(red, repr(bce(logits, labels, reduction=red)))
    print(red, "w", repr(bce(logits, labels, weight, reduction=red)))
    print(red, "pw", repr(bce(logits, labels, pos_weight=pos_weight, reduction=red)))
    print(red, "w+pw", repr(bce(logits, labels, weight, pos_weight, red)))
print(repr(bce(logits, labels, ops.ones_like(logits), ops.ones_like(logits))))
print(repr(bce(Tensor([100.0, -100.0]), Tensor([0.0, 1.0]))))
print(repr(bce(Tensor(0.3), Tensor(1.0))))

a = Tensor([[1.0, 2.0], [3.0, -1.0]])
b = Tensor([[0.5, 2.0], [1.0, 1.0]])
for red in ("mean", "sum", "none"):
    print("mse", red, repr(ops.mse_loss(a, b, reduction=red)))
print(repr(ops.mse_loss(Tensor([1.0, 2.0]), Tensor([0.0, 0.0]))))
print(repr(ops.mse_loss(Tensor([1.0, 2.0]), Tensor(0.0))))

print(repr(nn.MSELoss()(Tensor([1.0, 2.0]), Tensor([0.0, 0.0]))))
print(repr(nn.MSELoss(reduction="sum")(a, b)))
print(repr(nn.MSELoss(reduction="none")(a, b)))
print(repr(nn.BCEWithLogitsLoss()(logits, labels)))
print(repr(nn.BCEWithLogitsLoss(reduction="sum")(logits, labels)))
print(repr(nn.BCEWithLogitsLoss(reduction="none")(logits, labels)))
print(repr(nn.BCEWithLogitsLoss(weight=weight, pos_weight=pos_weight)(logits, labels)))
