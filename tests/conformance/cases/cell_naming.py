# Cell parameter naming and ordering: nested cells, SequentialCell, CellList, explicit names.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2, weight_init="ones", bias_init="zeros")
        self.scale = Parameter(Tensor([1.0]), name="my_scale")

    def construct(self, x):
        return self.fc(x) * self.scale


class Top(nn.Cell):
    def __init__(self):
        super().__init__()
        self.block = Block()
        self.seq = nn.SequentialCell([nn.Dense(2, 3, "ones", "zeros"), nn.ReLU(),
                                      nn.Dense(3, 1, "ones", "zeros")])
        self.layers = nn.CellList([Block(), Block()])
        self.top_p = Parameter(Tensor([2.0]), name="explicit_top")
        self.unnamed = Parameter(Tensor([3.0]))
        self.plain = Parameter(Tensor([4.0]), name="plain")

    def construct(self, x):
        x = self.block(x)
        for layer in self.layers:
            x = layer(x)
        return self.seq(x) * self.top_p + self.unnamed + self.plain


net = Top()
for p in net.get_parameters():
    print(p.name, p.shape)
print([n for n, _ in net.parameters_and_names()])
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.cells_and_names()])
print([n for n, _ in net.name_cells().items()])
print(net.top_p.name, net.unnamed.name, net.block.scale.name, net.block.fc.weight.name)
print(net.seq[0].weight.name, net.layers[1].fc.bias.name)
print(net(Tensor([[1.0, 1.0]])))


class Late(nn.Cell):
    """Own parameters assigned after a child still come first."""
    def __init__(self):
        super().__init__()
        self.child = nn.Dense(1, 1, "ones", "zeros")
        self.own = Parameter(Tensor([1.0]), name="own")

    def construct(self, x):
        return self.child(x) * self.own


print([p.name for p in Late().get_parameters()])
d = nn.Dense(3, 2)
print([p.name for p in d.get_parameters()])
print([p.name for p in nn.SequentialCell(nn.Dense(1, 2), nn.Dense(2, 1)).get_parameters()])
print([p.name for p in nn.SequentialCell([nn.Dense(1, 2), nn.Dense(2, 1)]).get_parameters()])
print([p.name for p in nn.CellList([nn.Dense(1, 2)]).get_parameters()])
print([p.name for p in Block().get_parameters()])
