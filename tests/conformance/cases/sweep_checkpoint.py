# Checkpoints: save_checkpoint of a Cell, a list of dicts, parameter lists and an optimizer; append_dict,
# choice_func, filter_prefix, specify_prefix, load_param_into_net returns, strict_load and errors.
import os
import tempfile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

class LeNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 2, 3, pad_mode='valid', weight_init=Tensor(np.arange(18).reshape(2, 1, 3, 3).astype(np.float32) / 10))
        self.relu = nn.ReLU()
        self.fc1 = nn.Dense(8, 4, weight_init=Tensor(np.arange(32).reshape(4, 8).astype(np.float32) / 100), bias_init='ones')
        self.fc2 = nn.Dense(4, 2, weight_init='ones', bias_init='zeros')
        self.flatten = nn.Flatten()
    def construct(self, x):
        return self.fc2(self.relu(self.fc1(self.flatten(self.relu(self.conv1(x))))))

d = tempfile.mkdtemp()
f = lambda n: os.path.join(d, n)
net = LeNet()
ms.save_checkpoint(net, f('a.ckpt'))
pd = ms.load_checkpoint(f('a.ckpt'))
print(list(pd.keys()))
print(pd['fc2.bias'])
print(type(pd['fc1.weight']).__name__, pd['fc1.weight'].name, pd['fc1.weight'].requires_grad, pd['fc1.weight'].dtype, pd['fc1.weight'].shape)
ms.save_checkpoint(net, f('b.ckpt'), append_dict={'epoch_num': 3, 'lr': 0.01, 'step': Tensor(5, ms.int32)})
pd = ms.load_checkpoint(f('b.ckpt'))
print(list(pd.keys()))
print(pd['epoch_num'], pd['lr'], pd['step'])
print(type(pd['epoch_num']).__name__, pd['epoch_num'].dtype)
ms.save_checkpoint(net, f('c.ckpt'), choice_func=lambda name: name.startswith('fc'))
print(list(ms.load_checkpoint(f('c.ckpt')).keys()))
ms.save_checkpoint([{'name': 'w', 'data': Tensor(np.ones((2, 2), np.float32))}, {'name': 'b', 'data': Parameter(Tensor([1, 2], ms.int32), name='zz')}], f('d.ckpt'))
pd = ms.load_checkpoint(f('d.ckpt'))
print({k: (v.name, v.dtype, v.shape) for k, v in pd.items()})
print(pd['w'])
print(list(ms.load_checkpoint(f('a.ckpt'), filter_prefix='fc1').keys()))
print(list(ms.load_checkpoint(f('a.ckpt'), filter_prefix=['fc1', 'conv']).keys()))
print(list(ms.load_checkpoint(f('a.ckpt'), specify_prefix='fc').keys()))
print(list(ms.load_checkpoint(f('a.ckpt'), specify_prefix=('fc2', 'conv1')).keys()))
print(list(ms.load_checkpoint(f('a.ckpt'), choice_func=lambda n: n.endswith('bias')).keys()))
net2 = LeNet()
for p in net2.get_parameters():
    p.set_data(ops.zeros_like(p))
print(ms.load_param_into_net(net2, ms.load_checkpoint(f('c.ckpt'))))
print(net2.fc1.weight.asnumpy()[0], net2.conv1.weight.asnumpy().ravel()[:3])
net3 = LeNet()
pd = ms.load_checkpoint(f('b.ckpt'))
print(ms.load_param_into_net(net3, pd))
print(ms.load_param_into_net(net3, pd, strict_load=True))
pd = ms.load_checkpoint(f('a.ckpt'), net=net3)
print(sorted(pd))
# shape mismatch
bad = {'fc2.weight': Parameter(Tensor(np.ones((3, 3), np.float32)), name='fc2.weight')}
try:
    ms.load_param_into_net(net3, bad)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
bad = {'fc2.weight': Parameter(Tensor(np.ones((2, 4), np.float64)), name='fc2.weight')}
try:
    print(ms.load_param_into_net(net3, bad))
    print(net3.fc2.weight.dtype)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
for bad_call in [lambda: ms.load_checkpoint(f('missing.ckpt')), lambda: ms.load_param_into_net(net3, [1]), lambda: ms.save_checkpoint(net3, 5),
                 lambda: ms.load_checkpoint(f('a.ckpt'), filter_prefix=3), lambda: ms.load_checkpoint(f('a.ckpt'), specify_prefix='fc', filter_prefix='fc1'),
                 lambda: ms.load_param_into_net(net3, {'x': 1}), lambda: ms.save_checkpoint([{'name': 'w'}], f('e.ckpt'))]:
    try:
        print(bad_call())
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0].replace(d, 'DIR'))
# save with a tuple/list of params
ms.save_checkpoint(net.trainable_params(), f('g.ckpt'))
print(list(ms.load_checkpoint(f('g.ckpt')).keys()))
# round-trip after train step
opt = nn.Momentum(net.trainable_params(), 0.1, 0.9)
ms.save_checkpoint(opt, f('h.ckpt'))
print(list(ms.load_checkpoint(f('h.ckpt')).keys()))
ms.save_checkpoint(net, f('i'), integrated_save=True)
print(sorted(os.listdir(d)))
