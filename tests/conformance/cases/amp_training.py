# The mixed-precision tutorial's training idiom step by step: an O3 (float16) network, value_and_grad with
# loss_scaler.scale(loss), unscale(grads), all_finite, adjust; with 2**20 the scaled float16 gradients overflow.
# Dense without bias: a bias gradient is a float16 sum over the batch, which MindSpore accumulates in float32.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, amp

np.random.seed(1)
X = Tensor(np.random.randn(8, 4).astype(np.float32))
Y = Tensor(np.random.randint(0, 3, 8).astype(np.int32))
W1 = Tensor((np.random.randn(6, 4) / 2).astype(np.float32))
W2 = Tensor((np.random.randn(3, 6) / 2).astype(np.float32))


def make(level):
    net = nn.SequentialCell([nn.Dense(4, 6, W1, has_bias=False), nn.ReLU(), nn.Dense(6, 3, W2, has_bias=False)])
    return amp.auto_mixed_precision(net, level)


def show(t):
    return np.array2string(t.asnumpy().astype(np.float64), precision=8)


for level, scaler in [('O3', amp.DynamicLossScaler(scale_value=2 ** 16, scale_factor=2, scale_window=3)),
                      ('O3', amp.StaticLossScaler(128)), ('O1', amp.DynamicLossScaler(2 ** 20, 4, 2))]:
    model = make(level)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = nn.Momentum(model.trainable_params(), 0.1, 0.9)

    def forward_fn(data, label):
        logits = model(data)
        loss = loss_fn(logits, label)
        loss = scaler.scale(loss)
        return loss, logits

    grad_fn = mindspore.value_and_grad(forward_fn, None, model.trainable_params(), has_aux=True)

    def train_step(data, label):
        (loss, logits), grads = grad_fn(data, label)
        loss = scaler.unscale(loss)
        is_finite = amp.all_finite(grads)
        if is_finite:
            grads = scaler.unscale(grads)
            optimizer(grads)
        scaler.adjust(is_finite)
        return loss, is_finite, logits, grads

    print(level, type(scaler).__name__)
    for step in range(8):
        loss, is_finite, logits, grads = train_step(X, Y)
        print(step, loss, is_finite, float(scaler.scale_value.asnumpy()), logits.dtype, [g.dtype for g in grads])
    print(show(model.trainable_params()[0]))
    print(show(model.trainable_params()[1]))
