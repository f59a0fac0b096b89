# Higher order: grad of grad (positions, weights, has_aux, stop_gradient), jvp/vjp of grad, derivative, per-example weight grads.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor, Parameter


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")



def f(x):
    return ops.sin(x)
x = Tensor([3.1415926], ms.float32)
print("d2 sin", ms.grad(ms.grad(f))(x))
print("d3 sin", ms.grad(ms.grad(ms.grad(f)))(Tensor([0.5])))

class Net(nn.Cell):
    def construct(self, x):
        return ops.sin(x), ops.cos(x)
print("d2 tuple", ms.grad(ms.grad(Net()))(Tensor([1.0])))

def g(x, y):
    return x * x * y
a = Tensor([1.0, 2.0]); b = Tensor([3.0, 4.0])
print("mixed", ms.grad(ms.grad(g, 0), 1)(a, b))
print("d2 both", ms.grad(ms.grad(g, (0, 1)), (0, 1))(a, b))
print("vg of grad", ms.value_and_grad(ms.grad(g))(a, b))
go = ops.GradOperation()
print("GradOperation2", go(go(f))(Tensor([0.5])))
ga = ops.GradOperation(get_all=True)
print("GradOperation all2", ga(ga(g))(a, b))

class Lin(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([2.0, 3.0], np.float32)), name='w')
    def construct(self, x):
        return (self.w * x * x * self.w).sum()
net = Lin()
inner = ms.grad(net, 0, net.trainable_params())
def first_order(x):
    gx, gw = inner(x)
    return gx
print("grad of grad w/ weights", ms.grad(first_order, 0, net.trainable_params())(a))

def h(x):
    return x ** 3, x * 2
print("aux inner", ms.grad(ms.grad(h, has_aux=True), has_aux=False)(a))
def k(x):
    return ops.exp(x) * ops.stop_gradient(x)
print("stopgrad 2nd", ms.grad(ms.grad(k))(a))
print("f64 2nd", ms.grad(ms.grad(f))(Tensor(np.array([0.5, 1.0]))))
print("0d 2nd", ms.grad(ms.grad(f))(Tensor(0.5)))
print("jvp of grad", ops.jvp(ms.grad(f), Tensor([0.5]), Tensor([1.0])))
def gf(x):
    return ms.grad(f)(x)
print("vjp of grad", ops.vjp(gf, Tensor([0.5]))[1](Tensor([1.0])))
def jv(x):
    return ops.jvp(f, x, ops.ones_like(x))[1]
print("grad of jvp", ms.grad(jv)(Tensor([0.5])))
print("derivative 1", ops.derivative(f, Tensor([0.5]), 1))
print("derivative 3", ops.derivative(f, Tensor([0.5]), 3))
def two(x, y):
    return x * y
print("derivative 2 inputs", ops.derivative(two, (a, b), 2))
def mo(x):
    return x ** 2, x ** 3




class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1., 2.], [3., 4.], [5., 6.]], np.float32)), name='w')
        self.b = Parameter(Tensor(np.array([0.1, -0.1], np.float32)), name='b')
    def construct(self, x):
        return ops.sin(ops.matmul(x, self.w) + self.b).sum()

net = Net()
xb = Tensor(np.array([[0.1, 0.2, 0.3], [0.3, -0.2, 0.1], [1.0, 0.0, -1.0]], np.float32))
gw = ms.grad(net, None, net.trainable_params())
show("vmap grad weights", lambda: ops.vmap(gw)(xb))
show("vmap grad pos+weights", lambda: ops.vmap(ms.grad(net, 0, net.trainable_params()))(xb))
show("vmap vg weights", lambda: ops.vmap(ms.value_and_grad(net, None, net.trainable_params()))(xb))

def loss(x, t):
    return ((x - t) ** 2).mean()
show("vmap grad in_axes None", lambda: ops.vmap(ms.grad(loss), in_axes=(0, None))(xb, Tensor([0., 1., 2.])))

def hx(x):
    return x * x, x.sum()
show("vmap grad has_aux", lambda: ops.vmap(ms.grad(hx, has_aux=True))(xb))

def tup_in(pair, s):
    a, b = pair
    return (a * b).sum() * s
show("grad tuple arg", lambda: ms.grad(tup_in)((Tensor([1., 2.]), Tensor([3., 4.])), Tensor(2.0)))
show("grad pos1 with tuple arg", lambda: ms.grad(tup_in, 1)((Tensor([1., 2.]), Tensor([3., 4.])), Tensor(2.0)))
show("vjp tuple out", lambda: ops.vjp(hx, Tensor([1., 2.]))[1](Tensor([1., 1.]), Tensor(1.0)))

def kw(x, scale=2.0):
    return (x * scale).sum()
show("grad kwargs", lambda: ms.grad(kw)(Tensor([1., 2.]), scale=3.0))
show("vg kwargs", lambda: ms.value_and_grad(kw)(Tensor([1., 2.]), scale=3.0))

def sg(x, y):
    return ops.stop_gradient(x * y) + x * y
show("grad stopgrad both", lambda: ms.grad(sg, (0, 1))(Tensor([1., 2.]), Tensor([3., 4.])))
show("jvp stopgrad", lambda: ops.jvp(sg, (Tensor([1., 2.]), Tensor([3., 4.])), (Tensor([1., 1.]), Tensor([1., 1.]))))

def int_mix(x, n):
    return x * n
show("grad int arg", lambda: ms.grad(int_mix, (0, 1))(Tensor([1., 2.]), Tensor([3, 4])))
show("grad f16", lambda: ms.grad(int_mix)(Tensor([1., 2.], ms.float16), Tensor([3., 4.], ms.float16)))
show("grad 0d", lambda: ms.grad(int_mix, (0, 1))(Tensor(2.0), Tensor(3.0)))
show("grad scalar out 0d", lambda: ms.value_and_grad(int_mix)(Tensor(2.0), Tensor(3.0)))
show("jvp 0d two", lambda: ops.jvp(int_mix, (Tensor(2.0), Tensor(3.0)), (Tensor(1.0), Tensor(0.0))))

def pow_n(x):
    return x ** 4
show("hessian of scalar", lambda: ms.grad(ms.grad(pow_n))(Tensor(2.0)))
show("grad 4th", lambda: ms.grad(ms.grad(ms.grad(ms.grad(pow_n))))(Tensor([1.0, 2.0])))
show("vmap of hessian", lambda: ops.vmap(ms.grad(ms.grad(pow_n)))(Tensor([1.0, 2.0, 3.0])))
show("jacrev of vmap", lambda: ops.jacrev(ops.vmap(pow_n))(Tensor([1.0, 2.0])))
show("GradOperation sens vmap", lambda: ops.vmap(ops.GradOperation(sens_param=True)(pow_n))(Tensor([1.0, 2.0]), Tensor([1.0, 0.5])))
