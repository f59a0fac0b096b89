# Activation functions: values (including the kinks), options, float16/float64, int inputs.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([-7.0, -3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0, 6.0, 7.0])
h = Tensor(np.array([0.5, -1.0], np.float16))
d = Tensor(np.array([0.5, -1.0]))
i = Tensor(np.array([-3, 0, 4], np.int32))
for name, r in [
    ("relu6", ops.relu6(x)), ("leaky_relu", ops.leaky_relu(x)), ("leaky_relu 0.5", ops.leaky_relu(x, 0.5)),
    ("leaky_relu -0.5", ops.leaky_relu(x, -0.5)), ("leaky_relu 1.5", ops.leaky_relu(x, 1.5)),
    ("elu", ops.elu(x)), ("selu", ops.selu(x)), ("celu", ops.celu(x)), ("celu 2", ops.celu(x, 2.0)),
    ("gelu", ops.gelu(x)), ("gelu tanh", ops.gelu(x, approximate='tanh')), ("silu", ops.silu(x)),
    ("mish", ops.mish(Tensor([-3.0, 0.0, 0.5, 1.0, 3.0, 7.0]))), ("hardswish", ops.hardswish(x)),
    ("hardsigmoid", ops.hardsigmoid(x)), ("softsign", ops.softsign(x)), ("logsigmoid", ops.logsigmoid(x)),
    ("f16 relu6", ops.relu6(h)), ("f16 leaky_relu", ops.leaky_relu(h)), ("f16 elu", ops.elu(h)),
    ("f16 selu", ops.selu(h)), ("f16 celu", ops.celu(h)), ("f16 gelu", ops.gelu(h)), ("f16 silu", ops.silu(h)),
    ("f16 mish", ops.mish(h)), ("f16 hardswish", ops.hardswish(h)), ("f16 hardsigmoid", ops.hardsigmoid(h)),
    ("f16 softsign", ops.softsign(h)),
    ("f64 leaky_relu", ops.leaky_relu(d)), ("f64 elu", ops.elu(d)), ("f64 selu", ops.selu(d)),
    ("f64 celu", ops.celu(d)), ("f64 gelu", ops.gelu(d)), ("f64 silu", ops.silu(d)), ("f64 mish", ops.mish(d)),
    ("f64 hardswish", ops.hardswish(d)), ("f64 hardsigmoid", ops.hardsigmoid(d)), ("f64 softsign", ops.softsign(d)),
    ("f64 logsigmoid", ops.logsigmoid(d)),
    ("int leaky_relu", ops.leaky_relu(i)), ("int leaky_relu 2", ops.leaky_relu(i, 2)),
    ("int hardswish", ops.hardswish(Tensor(np.array([-3, -2, -1, 0, 1, 2, 4], np.int32)))),
    ("int hardsigmoid", ops.hardsigmoid(i)), ("int64 hardswish", ops.hardswish(Tensor([-1, 0, 4]))),
    ("2-d gelu", ops.gelu(Tensor([[0.1, -0.2], [0.3, -0.4]]))),
]:
    print(name, r.dtype, repr(r))
