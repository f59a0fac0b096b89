# Gradients of common ops, including the special points abs'(0), relu'(0), sqrt'(0).
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor

x = Tensor([-2.0, -0.5, 0.0, 0.5, 3.0])
p = Tensor([0.25, 1.0, 4.0])
g = mindspore.grad
for name, r in [
    ("exp", g(ops.exp)(x)), ("log", g(ops.log)(p)), ("sqrt", g(ops.sqrt)(p)),
    ("sqrt 0", g(ops.sqrt)(Tensor([0.0]))), ("abs", g(ops.abs)(x)), ("relu", g(ops.relu)(x)),
    ("sin", g(ops.sin)(x)), ("cos", g(ops.cos)(x)), ("tanh", g(ops.tanh)(x)), ("sigmoid", g(ops.sigmoid)(x)),
    ("neg", g(ops.neg)(x)), ("pow 3", g(lambda t: ops.pow(t, 3))(x)),
    ("pow exponent", g(lambda e: ops.pow(Tensor([2.0, 3.0, 4.0]), e))(p)),
    ("div", g(lambda a, b: ops.div(a, b), (0, 1))(p, Tensor([2.0, -4.0, 8.0]))),
    ("maximum", g(lambda a, b: ops.maximum(a, b), (0, 1))(Tensor([1.0, 5.0, 2.0]), Tensor([3.0, 4.0, 2.0]))),
    ("minimum", g(lambda a, b: ops.minimum(a, b), (0, 1))(Tensor([1.0, 5.0, 2.0]), Tensor([3.0, 4.0, 2.0]))),
    ("where", g(lambda a, b: ops.where(a > 0, a * 2, b * 3), (0, 1))(x, Tensor([1.0, 1.0, 1.0, 1.0, 1.0]))),
    ("sum", g(lambda t: ops.sum(t * t))(x)), ("mean", g(lambda t: ops.mean(t * t))(x)),
    ("max axis", g(lambda t: ops.max(t, 1)[0])(Tensor([[1.0, 4.0, 2.0], [7.0, 0.0, 3.0]]))),
    ("norm", g(ops.norm)(Tensor([3.0, 4.0]))),
    ("matmul", g(lambda a, b: ops.matmul(a, b), (0, 1))(Tensor([[1.0, 2.0]]), Tensor([[3.0], [4.0]]))),
    ("reshape", g(lambda t: ops.reshape(t, (2, 2)) * Tensor([[1.0, 2.0], [3.0, 4.0]]))(Tensor([1.0, 1.0, 1.0, 1.0]))),
    ("transpose", g(lambda t: ops.transpose(t, (1, 0)) * Tensor([[1.0, 2.0]]))(Tensor([[1.0], [1.0]]))),
    ("broadcast", g(lambda t: t + Tensor([[1.0, 2.0], [3.0, 4.0]]))(Tensor([1.0, 1.0]))),
    ("broadcast_to", g(lambda t: ops.broadcast_to(t, (3, 2)))(Tensor([[1.0, 1.0]]))),
    ("concat", g(lambda a, b: ops.concat((a * 2, b * 3)), (0, 1))(Tensor([1.0]), Tensor([1.0, 1.0]))),
    ("stack", g(lambda a: ops.stack((a, a * a)))(Tensor([3.0]))),
    ("getitem", g(lambda t: t[1:] * 2)(Tensor([1.0, 2.0, 3.0]))),
    ("getitem int list", g(lambda t: t[[0, 0, 2]])(Tensor([1.0, 2.0, 3.0]))),
    ("getitem mask", g(lambda t: t[t > 1.5])(Tensor([1.0, 2.0, 3.0]))),
    ("cast", g(lambda t: ops.cast(t, mindspore.float64) * 2)(Tensor([1.0]))),
    ("bce", g(lambda z: ops.binary_cross_entropy_with_logits(z, Tensor([1.0, 0.0]), reduction="sum"))(Tensor([0.5, -0.5]))),
    ("mse", g(lambda a: ops.mse_loss(a, Tensor([0.0, 1.0])))(Tensor([1.0, 3.0]))),
    ("floor_divide", g(lambda a: a // 2)(Tensor([3.0, 5.0]))),
    ("pow operator", g(lambda a: a ** 2 + 2 ** a)(Tensor([1.0, 2.0]))),
    ("rsub rdiv", g(lambda a: (1 - a) + 1 / a)(Tensor([1.0, 2.0]))),
]:
    print(name, repr(r))
