# The same Tensor object passed at two positions: each position receives the total gradient.
import mindspore
from mindspore import ops, Tensor

x = Tensor([-1.0, 2.0])
y = Tensor([-1.0, 2.0])
f = lambda a, b: a * 2 + b * 5
print("distinct", mindspore.grad(f, (0, 1))(x, y))
print("same object", mindspore.grad(f, (0, 1))(x, x))
w = lambda a, b: ops.where(a > 0, a * 2, b * 3)
print("where distinct", mindspore.grad(w, (0, 1))(x, y))
print("where same object", mindspore.grad(w, (0, 1))(x, x))
print("stop_gradient same object", mindspore.grad(lambda a, b: (a, ops.stop_gradient(b)), (0, 1))(x, x))
print("value_and_grad same object", mindspore.value_and_grad(f, (0, 1))(x, x))
