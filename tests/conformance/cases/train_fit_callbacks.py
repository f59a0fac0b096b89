# Model.fit with valid_frequency (int and list), eval_results given to callbacks, EarlyStopping, Model.eval.
import numpy as np
import mindspore
from mindspore import nn, Tensor
from mindspore.train import Model, Callback, LossMonitor, EarlyStopping, Accuracy, Precision, Recall

np.random.seed(0)
x = np.random.randn(16, 3).astype(np.float32)
labels = (x @ np.array([1.0, -1.0, 0.5], np.float32) > 0).astype(np.int32)
w = np.array([[0.5, -0.2, 0.1], [-0.3, 0.4, 0.2]], np.float32)


def make_model(lr=0.5, metrics=None):
    net = nn.Dense(3, 2, weight_init=Tensor(w), bias_init="zeros")
    loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
    metrics = metrics or {"acc": Accuracy(), "loss": mindspore.train.Loss()}
    return net, Model(net, loss_fn, nn.SGD(net.trainable_params(), learning_rate=lr), metrics=metrics)


def ds(n=16):
    return mindspore.dataset.NumpySlicesDataset({"data": x[:n], "label": labels[:n]}, shuffle=False).batch(4)


def fmt(d):
    return {k: np.asarray(v, np.float64).tolist() for k, v in sorted(d.items())}


class Show(Callback):
    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        print("epoch_end", cb.cur_epoch_num, cb.cur_step_num, cb.batch_num, cb.mode,
              "metrics" in cb, fmt(cb.get("eval_results", {})))

    def on_eval_begin(self, run_context):
        cb = run_context.original_args()
        print("  eval_begin", cb.cur_epoch_num, cb.cur_step_num, cb.batch_num, cb.mode)

    def on_eval_step_end(self, run_context):
        cb = run_context.original_args()
        print("  eval_step", cb.cur_step_num, float(cb.net_outputs[0].asnumpy()))

    def on_eval_end(self, run_context):
        cb = run_context.original_args()
        print("  eval_end", fmt(cb.metrics), fmt(cb.eval_results))


net, model = make_model()
model.fit(4, ds(), ds(8), valid_frequency=2, callbacks=[Show(), LossMonitor(4)])
net, model = make_model()
model.fit(3, ds(), ds(8), valid_frequency=[1, 3], callbacks=[Show()])
res = model.eval(ds())
print("eval", type(res).__name__, fmt(res))
net, model = make_model(metrics={"precision": Precision(), "recall": Recall()})
print("eval pr", fmt(model.eval(ds())))

for kwargs in (dict(monitor="eval_loss", patience=1), dict(monitor="acc", patience=0, min_delta=0.01),
               dict(monitor="loss", patience=2, mode="max"), dict(monitor="eval_loss", baseline=None, patience=1)):
    net, model = make_model(lr=8.0)
    es = EarlyStopping(verbose=True, **kwargs)
    model.fit(8, ds(), ds(8), callbacks=[es, Show()])
    print(kwargs, "stopped", es.stopped_epoch, "wait", es.wait, "best", float(es.best))

net, model = make_model(lr=8.0)
es = EarlyStopping(monitor="eval_loss", patience=2, restore_best_weights=True, verbose=True)
model.fit(8, ds(), ds(8), callbacks=[es])
print("restored", es.stopped_epoch, net.weight.asnumpy().tolist())

errors = [
    ("valid_frequency", lambda: make_model()[1].fit(1, ds(), ds(), valid_frequency=1.0)),
    ("no metrics", lambda: Model(nn.Dense(3, 2), nn.MSELoss(), nn.SGD(nn.Dense(3, 2).trainable_params()))
     .fit(1, ds(), ds())),
    ("es monitor", lambda: EarlyStopping(monitor=1)),
    ("es min_delta", lambda: EarlyStopping(min_delta="a")),
    ("es patience", lambda: EarlyStopping(patience=-1)),
    ("es verbose", lambda: EarlyStopping(verbose=1)),
    ("es mode", lambda: EarlyStopping(mode="up")),
    ("loss monitor", lambda: LossMonitor(-1)),
    ("epoch", lambda: make_model()[1].train(0, ds())),
    ("initial_epoch", lambda: make_model()[1].train(2, ds(), initial_epoch=2)),
]
for name, fn in errors:
    try:
        fn()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__ + ":", str(e).splitlines()[0])
