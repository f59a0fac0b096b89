# Cell repr: nested cells, containers, activations, Dense variants, a Cell with extend_repr.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 3)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.fc(x))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(2, np.float32)), name='w')
        self.block = Block()
        self.seq = nn.SequentialCell(nn.Dense(3, 2, has_bias=False), nn.Sigmoid(), nn.Tanh())
        self.layers = nn.CellList([nn.Dense(2, 2, activation='relu'), nn.ReLU()])

    def construct(self, x):
        return self.seq(self.block(x))


class Empty(nn.Cell):
    def construct(self, x):
        return x


print(Net())
print(Empty())
print(nn.SequentialCell())
print(nn.Dense(2, 3, activation=nn.Tanh()))
print(repr(nn.MSELoss()))
print(repr(nn.BCEWithLogitsLoss()))
print([type(c).__name__ for c in Net().cells()])
print([n for n, _ in Net().cells_and_names()])
