# Model.train/eval/predict with custom callbacks, LossMonitor and metrics on an Embedding/LSTM/LayerNorm/
# Dropout/Dense network; Model(TrainOneStepCell); metric classes; LSTM structure and reprs.
import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn, ops, Tensor, Parameter
from mindspore.train import Model, LossMonitor, TimeMonitor, Callback, Accuracy, Loss, MAE, MSE, Precision, Recall, F1
ms.set_seed(0)

class SeqNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(10, 4, embedding_table=Tensor(np.linspace(-1, 1, 40).reshape(10, 4).astype(np.float32)))
        self.lstm = nn.LSTM(4, 3, batch_first=True)
        self.norm = nn.LayerNorm((3,))
        self.dropout = nn.Dropout(p=1e-7)
        self.fc = nn.Dense(3, 2, weight_init=Tensor(np.array([[0.5, -0.5, 0.3], [-0.2, 0.4, 0.1]], np.float32)), bias_init='zeros')
    def construct(self, x):
        h = self.embedding(x)
        out, (hn, cn) = self.lstm(h)
        return self.fc(self.dropout(self.norm(out[:, -1, :])))

net = SeqNet()
rs = np.random.RandomState(3)
for name, p in net.parameters_and_names():
    if 'lstm' in name:
        p.set_data(Tensor(rs.uniform(-0.5, 0.5, p.shape).astype(np.float32)))
for name, p in net.parameters_and_names():
    print(name, p.shape, p.dtype, p.requires_grad)
print(net.lstm.w_ih_list[0] if hasattr(net.lstm, 'w_ih_list') else None)
print(net)
print(net.norm.gamma)
X = rs.randint(0, 10, (12, 5)).astype(np.int32)
Y = (X.sum(1) % 2).astype(np.int32)
data = ds.NumpySlicesDataset({"x": X, "y": Y}, shuffle=False).batch(4)

class StepPrinter(Callback):
    def on_train_begin(self, run_context):
        cb = run_context.original_args()
        print('begin', cb.epoch_num, cb.batch_num, cb.cur_step_num)
    def on_train_step_end(self, run_context):
        cb = run_context.original_args()
        print('step', cb.cur_epoch_num, cb.cur_step_num, type(cb.net_outputs).__name__, cb.net_outputs)
    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        print('epoch', cb.cur_epoch_num, cb.cur_step_num)
    def on_train_end(self, run_context):
        print('end', run_context.original_args().cur_step_num)

loss_fn = nn.CrossEntropyLoss()
opt = nn.Adam(net.trainable_params(), 0.05)
model = Model(net, loss_fn, opt, metrics={'acc': Accuracy(), 'loss': Loss()})
model.train(2, data, callbacks=[StepPrinter(), LossMonitor(1)], dataset_sink_mode=False)
res = model.eval(data, dataset_sink_mode=False)
print(sorted(res), round(res['acc'], 6), round(res['loss'], 5))
pred = model.predict(Tensor(X[:3]))
print(pred)
print(net.fc.weight)
print(net.fc.bias.asnumpy())
# metrics directly
m = Accuracy('classification'); m.clear(); m.update(Tensor(np.array([[0.2, 0.8], [0.9, 0.1], [0.3, 0.7]], np.float32)), Tensor(np.array([1, 1, 1], np.int32))); print(m.eval())
p = Precision('classification'); p.clear(); p.update(Tensor(np.array([[0.2, 0.8], [0.9, 0.1], [0.3, 0.7]], np.float32)), Tensor(np.array([1, 0, 0], np.int32))); print(p.eval(), p.eval(average=True))
r = Recall('classification'); r.clear(); r.update(Tensor(np.array([[0.2, 0.8], [0.9, 0.1], [0.3, 0.7]], np.float32)), Tensor(np.array([1, 0, 0], np.int32))); print(r.eval())
f = F1(); f.clear(); f.update(Tensor(np.array([[0.2, 0.8], [0.9, 0.1], [0.3, 0.7]], np.float32)), Tensor(np.array([1, 0, 0], np.int32))); print(f.eval())
e = MAE(); e.clear(); e.update(Tensor(np.array([0.1, 0.2, 0.6], np.float32)), Tensor(np.array([0.1, 0.25, 0.5], np.float32))); print(round(e.eval(), 6))
e = MSE(); e.clear(); e.update(Tensor(np.array([0.1, 0.2, 0.6], np.float32)), Tensor(np.array([0.1, 0.25, 0.5], np.float32))); print(round(e.eval(), 6))
# Model with a custom WithLossCell network and a Dense regression
class Reg(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 1, weight_init=Tensor(np.array([[0.1, 0.2]], np.float32)), bias_init=Tensor(np.array([0.05], np.float32)))
    def construct(self, x):
        return self.fc(x)
xr = np.array([[1, 2], [3, 4], [0.5, -1], [2, 2]], np.float32); yr = (xr @ np.array([[0.3], [-0.2]], np.float32) + 0.1).astype(np.float32)
rd = ds.NumpySlicesDataset((xr, yr), column_names=['x', 'y'], shuffle=False).batch(2)
reg = Reg()
train_net = nn.TrainOneStepCell(nn.WithLossCell(reg, nn.MSELoss()), nn.SGD(reg.trainable_params(), 0.05, momentum=0.9))
m2 = Model(train_net)
m2.train(3, rd, callbacks=[LossMonitor()], dataset_sink_mode=False)
print(reg.fc.weight.asnumpy(), reg.fc.bias.asnumpy())
m3 = Model(reg, nn.MSELoss(), nn.SGD(reg.trainable_params(), 0.01), metrics={'mae': MAE(), 'mse': MSE()})
print({k: round(v, 5) for k, v in m3.eval(rd, dataset_sink_mode=False).items()})
rd = ds.NumpySlicesDataset((xr, yr), column_names=['x', 'y'], shuffle=False).batch(2)
m3.train(1, rd, callbacks=[LossMonitor(1)], dataset_sink_mode=False)
