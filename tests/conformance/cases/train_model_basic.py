# Model.train/eval/predict with LossMonitor, custom Callback and metrics on a tiny Dense net.
import numpy as np
import mindspore
from mindspore import nn, Tensor
from mindspore.train import Model, Callback, LossMonitor
from mindspore.train import Accuracy, Loss, MAE, MSE

np.random.seed(0)
x = np.random.randn(12, 3).astype(np.float32)
labels = (x @ np.array([1.0, -1.0, 0.5], np.float32) > 0).astype(np.int32)
w = np.array([[0.5, -0.2, 0.1], [-0.3, 0.4, 0.2]], np.float32)
net = nn.Dense(3, 2, weight_init=Tensor(w), bias_init="zeros")
loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
opt = nn.SGD(net.trainable_params(), learning_rate=0.5)


def make_ds():
    return mindspore.dataset.NumpySlicesDataset({"data": x, "label": labels}, shuffle=False).batch(4)


class Recorder(Callback):
    def on_train_begin(self, run_context):
        cb = run_context.original_args()
        print("train_begin", cb.epoch_num, cb.batch_num)

    def on_train_epoch_begin(self, run_context):
        print("epoch_begin", run_context.original_args().cur_epoch_num)

    def on_train_step_end(self, run_context):
        cb = run_context.original_args()
        print("step_end", cb.cur_epoch_num, cb.cur_step_num, cb.net_outputs)

    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        print("epoch_end", cb.cur_epoch_num, cb.cur_step_num)

    def on_train_end(self, run_context):
        print("train_end", run_context.original_args().cur_step_num)

    def on_eval_end(self, run_context):
        print("eval_end", run_context.original_args().metrics)


class OldNames(Callback):
    def begin(self, run_context):
        print("begin")

    def step_end(self, run_context):
        print("old step_end", run_context.original_args().cur_step_num)

    def end(self, run_context):
        print("end")


model = Model(net, loss_fn=loss_fn, optimizer=opt, metrics={"acc": Accuracy(), "loss": Loss()})
model.train(2, make_ds(), callbacks=[LossMonitor(), Recorder()], dataset_sink_mode=False)
model.train(1, make_ds(), callbacks=LossMonitor(2), dataset_sink_mode=False)
model.train(1, make_ds(), callbacks=[OldNames()], dataset_sink_mode=False)
print(net.weight.value())
print(net.bias.value())
res = model.eval(make_ds(), callbacks=[Recorder()], dataset_sink_mode=False)
print(sorted(res.items()))
print(model.predict(Tensor(x[:2])))

reg = nn.Dense(3, 1, weight_init="ones", bias_init="zeros")
y = (x @ np.array([[0.5], [-1.0], [2.0]], np.float32)).astype(np.float32)
rmodel = Model(reg, nn.MSELoss(), nn.Momentum(reg.trainable_params(), 0.05, 0.9), metrics={"mae", "mse"})
rds = mindspore.dataset.NumpySlicesDataset((x, y), column_names=["x", "y"], shuffle=False).batch(5)
rmodel.train(3, rds, callbacks=[LossMonitor()])
print(sorted(rmodel.eval(rds).items()))

for m in (Accuracy(), MAE(), MSE(), Loss()):
    m.clear()
acc = Accuracy()
acc.update(Tensor(np.array([[0.2, 0.8], [0.9, 0.1], [0.3, 0.7]], np.float32)), Tensor(np.array([1, 1, 1])))
print(acc.eval())
mae = MAE()
mae.update(Tensor(np.array([1.0, 2.0, 4.0], np.float32)), Tensor(np.array([1.5, 2.0, 3.0], np.float32)))
print(mae.eval())
mse = MSE()
mse.update(Tensor(np.array([1.0, 2.0, 4.0], np.float32)), Tensor(np.array([1.5, 2.0, 3.0], np.float32)))
print(mse.eval())
lm = Loss()
lm.update(Tensor(np.array(0.5, np.float32)))
lm.update(Tensor(np.array(1.5, np.float32)))
print(lm.eval())
