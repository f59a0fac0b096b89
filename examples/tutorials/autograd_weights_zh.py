# MindSpore's autograd tutorial (Chinese): gradients of network weights and stop_gradient.
# Code cells of the notebook tutorial, concatenated in order and unchanged.
# Added at the top: a numpy seed (the document uses numpy randomness unseeded).
import numpy as np
np.random.seed(42)

import numpy as np
from mindspore import ops, Tensor
import mindspore.nn as nn
import mindspore as ms

# 定义网络
net = nn.Dense(10, 1)

# 定义损失函数
loss_fn = nn.MSELoss()

# 结合前向网络和损失函数
def forward(inputs, labels):
    logits = net(inputs)
    loss = loss_fn(logits, labels)
    return loss, logits

inputs = Tensor(np.random.randn(16, 10).astype(np.float32))
labels = Tensor(np.random.randn(16, 1).astype(np.float32))
weights = net.trainable_params()

# 这里has_aux设置成True，表示只有loss参与求导，而logits不参与
grad_fn = ops.value_and_grad(forward, grad_position=None, weights=weights, has_aux=True)
(loss, logits), params_gradient = grad_fn(inputs, labels)

# 打印结果
print(logits.shape, len(weights), len(params_gradient))

class Net(nn.Cell):
    def __init__(self):
        super(Net, self).__init__()
        self.w = ms.Parameter(ms.Tensor(np.array([6], np.float32)), name='w')
        self.b = ms.Parameter(ms.Tensor(np.array([1.0], np.float32)), name='b', requires_grad=False)

    def construct(self, x):
        out = x * self.w + self.b
        return out

# 构建求导网络
net = Net()
params = net.trainable_params()
x = ms.Tensor([5], dtype=ms.float32)
value, gradient = ops.value_and_grad(net, grad_position=None, weights=params)(x)

print(gradient)

from mindspore.ops import stop_gradient

class Net(nn.Cell):
    def __init__(self):
        super(Net, self).__init__()
        self.w = ms.Parameter(ms.Tensor(np.array([6], np.float32)), name='w')
        self.b = ms.Parameter(ms.Tensor(np.array([1.0], np.float32)), name='b')

    def construct(self, x):
        out = x * self.w + self.b
        # 停止梯度更新，out对梯度计算无贡献
        out = stop_gradient(out)
        return out

net = Net()
params = net.trainable_params()
x = ms.Tensor([100], dtype=ms.float32)
value, output = ops.value_and_grad(net, grad_position=None, weights=params)(x)

print(f"wgrad: {output[0]}\nbgrad: {output[1]}")
