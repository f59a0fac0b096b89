# A tiny training loop: Dense(3, 1, 'ones', 'zeros'), MSELoss, manual SGD via value_and_grad.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter

net = nn.Dense(3, 1, weight_init="ones", bias_init="zeros")
loss_fn = nn.MSELoss()
np.random.seed(0)
x = Tensor(np.random.randn(8, 3).astype(np.float32))
true_w = np.array([[0.5], [-1.0], [2.0]], np.float32)
y = Tensor(x.asnumpy() @ true_w + 0.1)


def forward(data, label):
    logits = net(data)
    return loss_fn(logits, label), logits


params = net.trainable_params()
grad_fn = mindspore.value_and_grad(forward, None, params, has_aux=True)
lr = 0.1
for step in range(20):
    (loss, logits), grads = grad_fn(x, y)
    for p, g in zip(params, grads):
        if step % 2 == 0:
            p.set_data(p - lr * g)
        else:
            ops.assign(p, p - lr * g)
    if step % 4 == 0 or step == 19:
        print(f"step {step:2d} loss: {loss.asnumpy():>7f}", logits.shape)
print(net.weight)
print(net.weight.value())
print(net.bias.value())

net2 = nn.Dense(3, 1, "ones", "zeros")
xo = ops.ones((4, 3), mindspore.float32)
yo = ops.zeros((4, 1), mindspore.float32)
fn = mindspore.value_and_grad(lambda a, b: loss_fn(net2(a), b), None, net2.trainable_params())
for _ in range(3):
    loss, grads = fn(xo, yo)
    for p, g in zip(net2.trainable_params(), grads):
        p.set_data(p - 0.1 * g)
    print(loss)
