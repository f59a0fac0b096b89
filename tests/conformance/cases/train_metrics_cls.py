# Precision, Recall, Fbeta, F1 and top-k accuracies: values, average, multilabel, set_indexes and errors.
import numpy as np
import mindspore
from mindspore import Tensor
from mindspore.train import (F1, Fbeta, Precision, Recall, TopKCategoricalAccuracy,
                             Top1CategoricalAccuracy, Top5CategoricalAccuracy, get_metric_fn)

np.random.seed(0)
scores = np.random.rand(10, 4).astype(np.float32)
labels = np.random.randint(0, 4, 10)
onehot = np.eye(4)[labels].astype(np.float32)


def show(name, value):
    print(name, type(value).__name__, np.round(np.asarray(value, np.float64), 8).tolist())


for cls in (Precision, Recall):
    m = cls()
    m.update(Tensor(scores[:6]), Tensor(labels[:6]))
    m.update(Tensor(scores[6:]), Tensor(onehot[6:]))
    show(cls.__name__, m.eval())
    show(cls.__name__ + " avg", m.eval(average=True))
    ml = cls('multilabel')
    pred = (scores > 0.5).astype(np.float32)
    truth = (np.random.rand(10, 4) > 0.5).astype(np.float32)
    ml.update(Tensor(pred[:5]), Tensor(truth[:5]))
    ml.update(pred[5:], truth[5:].tolist())
    show(cls.__name__ + " multilabel", ml.eval())
    show(cls.__name__ + " multilabel avg", ml.eval(True))
    m.clear()
    try:
        m.eval()
    except RuntimeError as e:
        print("RuntimeError:", e)

for m in (Fbeta(0.5), Fbeta(2), F1()):
    m.update(Tensor(scores), Tensor(labels))
    show(type(m).__name__, m.eval())
    show(type(m).__name__ + " avg", m.eval(average=True))

scores6 = np.random.rand(10, 6).astype(np.float32)
labels6 = np.random.randint(0, 6, 10)
for m in (TopKCategoricalAccuracy(2), TopKCategoricalAccuracy(3), Top1CategoricalAccuracy(),
          Top5CategoricalAccuracy()):
    m.update(Tensor(scores6[:7]), Tensor(labels6[:7]))
    m.update(Tensor(scores6[7:]), Tensor(np.eye(6)[labels6[7:]]))
    show(type(m).__name__, m.eval())

m = Precision().set_indexes([1, 0])
m.update(Tensor(labels), Tensor(scores))
show("indexes", m.eval())
for name in ("precision", "recall", "F1", "top_1_accuracy", "top_5_accuracy"):
    print(name, type(get_metric_fn(name)).__name__)
print("topk", get_metric_fn("topk", 2).k)

errors = [
    ("eval_type", lambda: Precision("binary")),
    ("beta", lambda: Fbeta(0)),
    ("k type", lambda: TopKCategoricalAccuracy(2.0)),
    ("k value", lambda: TopKCategoricalAccuracy(0)),
    ("inputs", lambda: Recall().update(Tensor(scores))),
    ("shape", lambda: Precision().update(Tensor(scores), Tensor(labels[:5]))),
    ("classes", lambda: Recall().update(Tensor(scores[:, :2]), Tensor(labels))),
    ("multilabel values", lambda: Precision("multilabel").update(Tensor(scores), Tensor(onehot))),
    ("average", lambda: (lambda m: (m.update(Tensor(scores), Tensor(labels)), m.eval(1)))(Precision())),
    ("k above classes", lambda: Top5CategoricalAccuracy().update(Tensor(scores), Tensor(labels))),
    ("fbeta empty", lambda: F1().eval()),
    ("topk empty", lambda: Top1CategoricalAccuracy().eval()),
]
for name, fn in errors:
    try:
        fn()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__ + ":", str(e).splitlines()[0])
