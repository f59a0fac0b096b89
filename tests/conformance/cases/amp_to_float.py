# Cell.to_float: a float16 network with a float32 last layer; values, dtypes, gradients.
import numpy as np, mindspore as ms
from mindspore import nn, ops, Tensor
net = nn.SequentialCell([nn.Dense(2, 3, weight_init='ones', bias_init='zeros'), nn.ReLU(), nn.Dense(3, 1, weight_init='ones', bias_init='zeros')])
net.to_float(ms.float16)
net[2].to_float(ms.float32)
x = Tensor(np.array([[0.1, 0.2]], np.float32))
y = net(x)
print(y, y.dtype, net[0](x).dtype)
print(ms.grad(lambda x: net(x).sum(), None, net.trainable_params())(x))
