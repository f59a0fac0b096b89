# Optimizers update Parameters in place: an asnumpy() taken before the step sees the new values.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

for make in (lambda p: nn.SGD(p, 0.1), lambda p: nn.Momentum(p, 0.1, 0.9),
             lambda p: nn.Adam(p, 0.1)):
    net = nn.Dense(3, 2, weight_init='ones', bias_init='zeros')
    before = net.weight.asnumpy()
    opt = make(net.trainable_params())
    grad_fn = ms.value_and_grad(lambda x: net(x).sum(), None, opt.parameters)
    loss, grads = grad_fn(Tensor(np.ones((1, 3), np.float32)))
    opt(grads)
    print(type(opt).__name__, before[0], net.weight.asnumpy()[0])
