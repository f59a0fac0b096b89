import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

np.random.seed(1)
logits = Tensor(np.random.randn(4, 3).astype(np.float32))
logits4 = Tensor(np.random.randn(2, 3, 2, 2).astype(np.float32))
idx = Tensor(np.array([0, 2, 1, 2], np.int32))
idx4 = Tensor(np.array([[[0, 1], [2, 2]], [[1, 0], [0, 2]]], np.int32))
probs = Tensor(np.random.dirichlet([1, 1, 1], 4).astype(np.float32))
onehot = Tensor(np.eye(3, dtype=np.float32)[[0, 2, 1, 2]])
a = Tensor(np.random.randn(3, 4).astype(np.float32))
b = Tensor(np.random.randn(3, 4).astype(np.float32))
p = Tensor(np.random.uniform(0.05, 0.95, (3, 4)).astype(np.float32))
y = Tensor((np.random.rand(3, 4) > 0.5).astype(np.float32))
wcls = Tensor(np.array([0.2, 1.0, 3.0], np.float32))


def show(name, t, digits=6):
    a = t.asnumpy()
    print(name, a.shape, np.round(a.ravel()[:8].astype(np.float64), digits).tolist())


for red in ['mean', 'sum', 'none']:
    show('ce ' + red, nn.CrossEntropyLoss(reduction=red)(logits, idx))
    show('ce w ' + red, nn.CrossEntropyLoss(weight=wcls, reduction=red)(logits, idx))
    show('ce probs ' + red, nn.CrossEntropyLoss(reduction=red)(logits, probs))
    show('ce 4d ' + red, nn.CrossEntropyLoss(reduction=red)(logits4, idx4))
    show('nll ' + red, nn.NLLLoss(reduction=red)(ops.log_softmax(logits, 1), idx))
    show('nll w ' + red, nn.NLLLoss(weight=wcls, reduction=red)(ops.log_softmax(logits, 1), idx))
    show('l1 ' + red, nn.L1Loss(red)(a, b))
    show('smoothl1 ' + red, nn.SmoothL1Loss(0.5, red)(a, b))
    show('huber ' + red, nn.HuberLoss(red, 0.7)(a, b))
    show('bce ' + red, nn.BCELoss(reduction=red)(p, y))
    show('bce w ' + red, nn.BCELoss(weight=Tensor(np.tile(np.array([1., 2., 3., 4.], np.float32), (3, 1))), reduction=red)(p, y))
    show('kl ' + red, nn.KLDivLoss(red)(ops.log_softmax(logits, 1), probs), 4)
    show('sce sparse ' + red, nn.SoftmaxCrossEntropyWithLogits(True, red)(logits, idx))
    show('sce dense ' + red, nn.SoftmaxCrossEntropyWithLogits(False, red)(logits, onehot))
    show('sce probs ' + red, nn.SoftmaxCrossEntropyWithLogits(reduction=red)(logits, probs))
show('ce ignore', nn.CrossEntropyLoss(ignore_index=2)(logits, idx))
show('ce smooth', nn.CrossEntropyLoss(label_smoothing=0.1)(logits, idx))
show('ce smooth w', nn.CrossEntropyLoss(weight=wcls, label_smoothing=0.2)(logits, idx))
show('smoothl1 default', nn.SmoothL1Loss()(a, b))
show('kl batchmean', nn.KLDivLoss('batchmean')(ops.log_softmax(logits, 1), probs))
try:
    nn.CrossEntropyLoss()(logits, Tensor(np.array([0, 2, 1, 2], np.int64)))
except TypeError as e:
    print('TypeError', 'Int32' in str(e))

# gradients of the losses in the logits
for name, loss, lab in [('ce', nn.CrossEntropyLoss(), idx),
                        ('sce', nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean'), idx),
                        ('ce smooth', nn.CrossEntropyLoss(label_smoothing=0.1), idx)]:
    show('grad ' + name, ms.grad(lambda x: loss(x, lab))(logits))
