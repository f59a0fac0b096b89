# ParameterTuple: construction, repr, indexing, clone; trainable_params as weights.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter, ParameterTuple

p = Parameter(Tensor([1.0, 2.0]), name="p")
q = Parameter(Tensor([[3.0]]), name="q")
pt = ParameterTuple([p, q])
print(type(pt).__name__, isinstance(pt, tuple), len(pt))
print(pt)
print(repr(pt))
print(pt[0].name, pt[1].name, pt[0] is p)
print([x.name for x in pt])
print(pt[1:])
print(type(pt[1:]).__name__)
cl = pt.clone(prefix="cl")
print(type(cl).__name__, [x.name for x in cl])
print(cl[0].asnumpy(), cl[0] is p)
cz = pt.clone(prefix="z", init="zeros")
print([x.name for x in cz], cz[0].asnumpy(), cz[1].asnumpy())
print(p.name, q.name)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = Parameter(Tensor([2.0]), name="a")
        self.b = Parameter(Tensor([3.0]), name="b")

    def construct(self, x):
        return self.a * x + self.b


net = Net()
tp = net.trainable_params()
print(type(tp).__name__, tp)
weights = ParameterTuple(tp)
print(weights)
g = mindspore.grad(net, None, weights)(Tensor([5.0]))
print(g)
g = mindspore.grad(net, None, tp)(Tensor([5.0]))
print(g)
g = ops.GradOperation(get_by_list=True)(net, weights)(Tensor([5.0]))
print(g)
