# Elementwise ops: values and result dtypes.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([-2.0, -0.5, 0.0, 0.5, 3.0])
y = Tensor([1.0, 2.0, -1.0, 0.25, 3.0])
p = Tensor([0.25, 1.0, 4.0])
i = Tensor([-3, 0, 4])
j = Tensor([2, 5, -1])
for name, r in [
    ("add", ops.add(x, y)), ("sub", ops.sub(x, y)), ("mul", ops.mul(x, y)), ("div", ops.div(x, y)),
    ("add scalar", ops.add(x, 2)), ("mul scalar", ops.mul(2.5, x)),
    ("neg", ops.neg(x)), ("pow", ops.pow(p, 2)), ("pow t", ops.pow(p, Tensor([0.5, 2.0, -1.0]))),
    ("exp", ops.exp(x)), ("log", ops.log(p)), ("sqrt", ops.sqrt(p)), ("abs", ops.abs(x)),
    ("sin", ops.sin(x)), ("cos", ops.cos(x)), ("tanh", ops.tanh(x)), ("sigmoid", ops.sigmoid(x)),
    ("relu", ops.relu(x)), ("maximum", ops.maximum(x, y)), ("minimum", ops.minimum(x, y)),
    ("where", ops.where(x > 0, x, y)), ("where scalar", ops.where(x > 0, x, 0.0)),
    ("int add", ops.add(i, j)), ("int mul", ops.mul(i, j)), ("int div", ops.div(i, j)),
    ("int neg", ops.neg(i)), ("int abs", ops.abs(i)), ("int pow", ops.pow(j, 2)),
    ("int maximum", ops.maximum(i, j)), ("int relu", ops.relu(i)),
    ("int sqrt", ops.sqrt(Tensor([4, 9]))),
    ("mixed maximum", ops.maximum(i, Tensor([0.5, 0.5, 0.5]))),
    ("log 0", ops.log(Tensor([0.0, -1.0]))), ("sqrt neg", ops.sqrt(Tensor([-1.0]))),
    ("div 0", ops.div(Tensor([1.0, -1.0, 0.0]), Tensor([0.0, 0.0, 0.0]))),
    ("exp big", ops.exp(Tensor([100.0]))),
    ("f64 exp", ops.exp(Tensor(np.array([1.0])))), ("f16 sigmoid", ops.sigmoid(Tensor(np.array([0.5], np.float16)))),
    ("0-d sin", ops.sin(Tensor(1.0))), ("2-d tanh", ops.tanh(Tensor([[0.1, 0.2], [0.3, 0.4]]))),
    ("broadcast add", ops.add(Tensor([[1.0], [2.0]]), Tensor([10.0, 20.0, 30.0]))),
]:
    print(name, r.dtype, repr(r))
print(repr(x.exp()), repr(x.abs()), repr(p.sqrt()), repr(p.log()))
