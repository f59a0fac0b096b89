# Cell parameter APIs, training flag, Dense repr and default-init shapes/names.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([1.0, 2.0]), name="w")
        self.frozen = Parameter(Tensor([3.0]), name="frozen", requires_grad=False)
        self.fc = nn.Dense(2, 1)

    def construct(self, x):
        return self.fc(x * self.w) + self.frozen


net = Net()
print([p.name for p in net.trainable_params()])
print([p.name for p in net.untrainable_params()])
print([p.name for p in net.get_parameters()])
gen = net.get_parameters()
print(type(gen).__name__)
print([(n, p.name, p.shape) for n, p in net.parameters_and_names()])
print([n for n, _ in net.parameters_and_names(name_prefix="pre")])
print([p.name for p in net.fc.trainable_params()])
print([p.name for p in net.trainable_params(recurse=False)])
print(type(net.trainable_params()).__name__, type(net.untrainable_params()).__name__)
print(list(net.parameters_dict().keys()))
print(net.training, net.fc.training)
r = net.set_train()
print(r is net, net.training, net.fc.training)
net.set_train(False)
print(net.training, net.fc.training)
net.set_train(mode=True)
print(net.training)

d = nn.Dense(3, 2)
print(d)
print(repr(d))
print(d.weight.shape, d.bias.shape, d.weight.dtype, d.weight.name, d.bias.name)
print(d.in_channels, d.out_channels, d.has_bias)
d2 = nn.Dense(4, 5, has_bias=False)
print(d2)
print([p.name for p in d2.get_parameters()], d2.bias)
d3 = nn.Dense(3, 2, activation=nn.ReLU())
print(d3)
d4 = nn.Dense(3, 2, activation="relu")
print(d4)
print(nn.ReLU(), nn.Sigmoid(), nn.Tanh())
seq = nn.SequentialCell([nn.Dense(2, 3, "ones", "zeros"), nn.ReLU()])
print(seq)
print(net)
print(nn.Cell())
print(nn.MSELoss(), nn.BCEWithLogitsLoss())
w = d.weight.asnumpy()
b = d.bias.asnumpy()
bound = 1.0 / np.sqrt(3)
print(bool(np.all(np.abs(w) <= bound + 1e-6)), bool(np.all(np.abs(b) <= bound + 1e-6)))
dz = nn.Dense(3, 2, weight_init="zeros", bias_init="ones")
print(dz.weight.asnumpy(), dz.bias.asnumpy())
dt = nn.Dense(2, 2, weight_init=Tensor([[1.0, 2.0], [3.0, 4.0]]), bias_init=Tensor([0.5, -0.5]))
print(dt(Tensor([[1.0, 1.0]])))
print(dt(Tensor([1.0, 1.0])))
