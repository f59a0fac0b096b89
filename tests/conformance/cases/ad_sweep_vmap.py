# ops.vmap: in_axes/out_axes nests, Cells with Parameters, CellList ensembling, vmap with grad both ways, dtypes.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor, Parameter


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")



x = Tensor(np.arange(6).reshape(2, 3).astype(np.float32))
y = Tensor(np.arange(6, 12).reshape(2, 3).astype(np.float32))
w = Tensor(np.array([1., 2., 3.], np.float32))

def dot(a, b):
    return (a * b).sum()
show("in_axes (0,None)", lambda: ops.vmap(dot, in_axes=(0, None))(x, w))
show("in_axes 1", lambda: ops.vmap(dot, in_axes=(1, 1))(x, y))
show("in_axes -1", lambda: ops.vmap(dot, in_axes=-1)(x, y))

def two(a, b):
    return a + b, a * b
show("out_axes (0,1)", lambda: ops.vmap(two, in_axes=0, out_axes=(0, 1))(x, y))
show("out_axes 1", lambda: ops.vmap(two, in_axes=1, out_axes=1)(x, y))

def nested_in(pair, c):
    a, b = pair
    return a * b + c
show("nested in_axes", lambda: ops.vmap(nested_in, in_axes=((0, 1), None))((x, y.T), w))
show("nested in_axes int", lambda: ops.vmap(nested_in, in_axes=(0, None))((x, y), w))

def nested_out(a):
    return a, (a * 2, a.sum())
show("nested out_axes", lambda: ops.vmap(nested_out, in_axes=0, out_axes=(0, (1, 0)))(x))

def unbatched_out(a, b):
    return a * 2, b
show("out None", lambda: ops.vmap(unbatched_out, in_axes=(0, None), out_axes=(0, None))(x, w))
show("out broadcast", lambda: ops.vmap(unbatched_out, in_axes=(0, None), out_axes=0)(x, w))

class Dense(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1., 0.], [0., 2.], [1., 1.]], np.float32)), name='w')
        self.b = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name='b')
    def construct(self, a):
        return ops.matmul(a, self.w) + self.b
net = Dense()
show("cell", lambda: ops.vmap(net, in_axes=0)(x))
show("nn.Dense", lambda: ops.vmap(nn.Dense(3, 2, weight_init='ones', bias_init='zeros'))(Tensor(np.ones((4, 2, 3), np.float32))).shape)

def f(a):
    return (a * a).sum()
show("vmap(grad)", lambda: ops.vmap(ms.grad(f))(x))
show("grad(vmap)", lambda: ms.grad(lambda a: ops.vmap(f)(a).sum())(x))
show("vmap(vmap) axes", lambda: ops.vmap(ops.vmap(dot, in_axes=(0, None)), in_axes=(None, 0))(x, y))

def relu_sum(a):
    return ops.relu(a - 2).sum()
show("vmap relu", lambda: ops.vmap(relu_sum)(x))
show("vmap matmul", lambda: ops.vmap(ops.matmul)(Tensor(np.ones((2, 2, 3), np.float32)), Tensor(np.ones((2, 3, 4), np.float32))).shape)

def softmax_row(a):
    return ops.softmax(a, axis=-1)
show("softmax", lambda: ops.vmap(softmax_row)(x))




def lin(a):
    return a * 3 + 1
def dbl(a):
    return a * 2
def total(a):
    return a.sum()
def inc(a):
    return a + 1
def mean_keep(a):
    return a.mean(axis=0, keep_dims=True)
def idx(a):
    return a[1]
def resh(a):
    return a.reshape(3, 1)
def tr(a):
    return a.T
def cat(a, b):
    return ops.concat((a, b))
def sg(a):
    return ops.stop_gradient(a) * a
def scaled(a, scale=1.0):
    return a * scale
def sq(a):
    return (a * a).sum()

show("vmap(vmap)", lambda: ops.vmap(ops.vmap(lin))(x))
show("int", lambda: ops.vmap(dbl)(Tensor([[1, 2], [3, 4]])))
show("int32", lambda: ops.vmap(total)(Tensor([[1, 2], [3, 4]], ms.int32)))
show("f64", lambda: ops.vmap(total)(Tensor(np.ones((2, 3)))))
show("f16", lambda: ops.vmap(dbl)(Tensor(np.ones((2,)), ms.float16)))
show("scalars per example", lambda: ops.vmap(inc)(Tensor([1.0, 2.0, 3.0])))
show("reduce keepdims", lambda: ops.vmap(mean_keep)(x))
show("index", lambda: ops.vmap(idx)(x))
show("reshape", lambda: ops.vmap(resh)(x).shape)
show("transpose", lambda: ops.vmap(tr, in_axes=0)(Tensor(np.arange(12).reshape(2, 2, 3).astype(np.float32))))
show("concat", lambda: ops.vmap(cat)(x, y))
show("stopgrad in vmap grad", lambda: ops.vmap(ms.grad(sg))(x))
show("vmap grad pos", lambda: ops.vmap(ms.grad(dot, grad_position=(0, 1)), in_axes=(0, None))(x, w))
show("vmap value_and_grad", lambda: ops.vmap(ms.value_and_grad(sq))(x))
show("vmap jvp", lambda: ops.vmap(ms.grad(sq), in_axes=1, out_axes=1)(x))



class Lin(nn.Cell):
    def __init__(self, k):
        super().__init__()
        self.w = Parameter(Tensor(np.full((3, 2), k, np.float32)), name='w')
    def construct(self, x):
        return ops.matmul(x, self.w)

cells = nn.CellList([Lin(1.0), Lin(2.0), Lin(3.0)])
xs = Tensor(np.arange(18).reshape(3, 2, 3).astype(np.float32))
show("celllist shared x", lambda: ops.vmap(cells, in_axes=None)(x))
show("celllist batched x", lambda: ops.vmap(cells, in_axes=0)(xs))
show("celllist out_axes 1", lambda: ops.vmap(cells, in_axes=None, out_axes=1)(x).shape)
show("celllist size mismatch", lambda: ops.vmap(cells, in_axes=0)(Tensor(np.ones((2, 2, 3), np.float32))))
