# Gradients of the elementwise math and activations, including MindSpore's values at the kinks.
import numpy as np
import mindspore
from mindspore import ops, Tensor

k = Tensor([-3.0, -1.0, 0.0, 1.0, 3.0, 6.0, 7.0])
u = Tensor([-0.5, 0.0, 0.3, 0.7])
for name in ["relu6", "leaky_relu", "elu", "selu", "celu", "gelu", "silu", "hardswish",
             "hardsigmoid", "softsign", "logsigmoid", "ceil", "round", "trunc", "tan", "atan",
             "sinh", "cosh", "asinh", "exp2", "expm1", "erf", "erfc"]:
    if name == "selu":
        g = mindspore.grad(ops.selu)(Tensor([0.0, 1.0, 3.0]))   # x < 0: see mindspore_api.md section 12
    else:
        g = mindspore.grad(getattr(ops, name))(k)
    print(name, repr(g))
print("mish", repr(mindspore.grad(ops.mish)(Tensor([-3.0, 0.0, 1.0]))))
for name in ["asin", "acos", "atanh", "erfinv"]:
    print(name, repr(mindspore.grad(getattr(ops, name))(u)))
p = Tensor([0.5, 1.0, 2.0, 4.0])
for name in ["log2", "log10", "log1p", "rsqrt", "reciprocal"]:
    print(name, repr(mindspore.grad(getattr(ops, name))(p)))
print("acosh", repr(mindspore.grad(ops.acosh)(Tensor([1.5, 2.0, 3.0]))))
print("gelu tanh", repr(mindspore.grad(lambda x: ops.gelu(x, approximate='tanh'))(k)))
print("leaky_relu 0.5", repr(mindspore.grad(lambda x: ops.leaky_relu(x, 0.5))(k)))
print("celu 2", repr(mindspore.grad(lambda x: ops.celu(x, 2.0))(k)))
print("second order gelu", repr(mindspore.grad(mindspore.grad(ops.gelu))(k)))
print("second order softsign", repr(mindspore.grad(mindspore.grad(ops.softsign))(Tensor([-1.0, 0.5, 3.0]))))
print("second order erf", repr(mindspore.grad(mindspore.grad(ops.erf))(u)))
print("second order tan", repr(mindspore.grad(mindspore.grad(ops.tan))(u)))

x = Tensor([0.5, -1.0, 2.0, -2.0, 2.0])
y = Tensor([1.0, 2.0, 0.5, 3.0, -1.0])
both = (0, 1)
print("hypot", mindspore.grad(ops.hypot, both)(x, y))
print("atan2", mindspore.grad(ops.atan2, both)(x, y))
print("logaddexp", mindspore.grad(ops.logaddexp, both)(x, y))
print("xlogy", mindspore.grad(ops.xlogy, both)(Tensor([0.0, 0.5, 2.0]), Tensor([2.0, 1.5, 3.0])))
print("fmod", mindspore.grad(ops.fmod, both)(Tensor([-7.5, 7.5, 3.0, 4.5]), Tensor([2.0, -2.0, 1.25, 2.0])))
print("lerp", mindspore.grad(ops.lerp, (0, 1, 2))(x, y, Tensor([0.3, 0.3, 0.3, 0.3, 0.3])))
print("addcmul", mindspore.grad(ops.addcmul, (0, 1, 2, 3))(x, y, x, Tensor(2.0)))
print("addcdiv", mindspore.grad(ops.addcdiv, (0, 1, 2, 3))(x, y, Tensor([1.0, 2.0, 3.0, 4.0, 5.0]), Tensor(2.0)))
print("masked_fill", mindspore.grad(ops.masked_fill, (0, 2))(x, Tensor([True, False, True, False, False]), Tensor(2.0)))
print("nan_to_num", mindspore.grad(ops.nan_to_num)(Tensor([float('nan'), float('inf'), -float('inf'), 1.0])))
print("broadcast atan2", mindspore.grad(ops.atan2, both)(Tensor([[1.0], [2.0]]), Tensor([1.0, -1.0, 3.0])))
