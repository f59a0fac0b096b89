# Cell(auto_prefix=False): what happens to the names of own and children's parameters.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


class Inner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = Parameter(Tensor([1.0]), name="my_scale")
        self.plain = Parameter(Tensor([2.0]))

    def construct(self, x):
        return x * self.scale + self.plain


class NoPrefix(nn.Cell):
    def __init__(self):
        super().__init__(auto_prefix=False)
        self.own = Parameter(Tensor([1.0]), name="own_p")
        self.inner = Inner()
        self.fc = nn.Dense(1, 1, "ones", "zeros")

    def construct(self, x):
        return self.fc(self.inner(x)) * self.own


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sub = NoPrefix()
        self.w = Parameter(Tensor([3.0]), name="w_outer")

    def construct(self, x):
        return self.sub(x) * self.w


class InnerNoPrefix(nn.Cell):
    def __init__(self):
        super().__init__(auto_prefix=False)
        self.scale = Parameter(Tensor([1.0]), name="inner_scale")
        self.fc = nn.Dense(1, 1, "ones", "zeros")

    def construct(self, x):
        return self.fc(x) * self.scale


class Holder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = InnerNoPrefix()

    def construct(self, x):
        return self.inner(x)


for net in [NoPrefix(), Outer(), InnerNoPrefix(), Holder()]:
    print(type(net).__name__)
    print("  get_parameters:", [p.name for p in net.get_parameters()])
    print("  parameters_and_names:", [n for n, _ in net.parameters_and_names()])
    print("  trainable_params:", [p.name for p in net.trainable_params()])

x = Tensor([2.0])
net = Outer()
print(net(x))
g = mindspore.grad(net, None, net.trainable_params())(x)
print(g)
