# Cell.bprop under vjp, jvp, jacfwd, jacrev and grad of grad (forward mode transposes the bprop).
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


class Net(nn.Cell):
    def construct(self, x, y):
        return 2 * x * x + y * y

    def bprop(self, x, y, out, dout):
        return 2 * dout, 2 * y * dout


class Cube(nn.Cell):
    def construct(self, x):
        return x * x * x

    def bprop(self, x, out, dout):
        return (3 * x * x * dout * 10,)


net, cube = Net(), Cube()
x = Tensor([1.0, 2.0])
y = Tensor([3.0, 4.0])
show("vjp", lambda: ops.vjp(net, x, y)[1](Tensor([1.0, 0.5])))
show("jvp", lambda: ops.jvp(net, (x, y), (Tensor([1.0, 1.0]), Tensor([0.0, 1.0]))))
show("jvp cube", lambda: ops.jvp(cube, x, Tensor([1.0, 1.0])))
show("jacfwd", lambda: ops.jacfwd(cube)(x))
show("jacrev", lambda: ops.jacrev(cube)(x))
show("grad", lambda: mindspore.grad(cube)(x))
show("grad grad", lambda: mindspore.grad(mindspore.grad(cube))(x))


def outer(t):
    return mindspore.grad(cube)(t) * t


show("grad of fn with grad", lambda: mindspore.grad(outer)(x))


class NotLinear(nn.Cell):
    def construct(self, x, y):
        return 2 * x * x + y * y

    def bprop(self, x, y, out, dout):
        return 2 * dout, 2 * y


x = Tensor([1.0, 2.0])
y = Tensor([3.0, 4.0])
show("jvp nonlinear", lambda: ops.jvp(NotLinear(), (x, y), (Tensor([1.0, 1.0]), Tensor([0.0, 1.0]))))
show("jacfwd nonlinear", lambda: ops.jacfwd(NotLinear(), (0, 1))(x, y))
show("jacrev nonlinear", lambda: ops.jacrev(NotLinear(), (0, 1))(x, y))


class WithParam(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([5.0]), name="w")
    def construct(self, x):
        return x * self.w

    def bprop(self, x, out, dout):
        return (dout * 10,)


wp = WithParam()
show("vjp weights", lambda: ops.vjp(wp, Tensor([2.0]), weights=wp.trainable_params())[1](Tensor([1.0])))
show("jvp wp", lambda: ops.jvp(wp, Tensor([2.0]), Tensor([1.0])))


class Two(nn.Cell):
    def construct(self, x):
        return x * 2, x * x

    def bprop(self, x, out, dout):
        return (dout[0] * 3 + dout[1] * x,)


show("two grad", lambda: mindspore.grad(Two())(x))
show("two vjp", lambda: ops.vjp(Two(), x)[1](Tensor([1.0, 1.0]), Tensor([2.0, 2.0])))
show("two jvp", lambda: ops.jvp(Two(), x, Tensor([1.0, 1.0])))


class UsesOut(nn.Cell):
    def construct(self, x):
        return x * x * x

    def bprop(self, x, out, dout):
        return (out * dout,)


x = Tensor([2.0, 3.0])
print(mindspore.grad(mindspore.grad(UsesOut()))(x))
print(ops.jvp(UsesOut(), x, Tensor([1.0, 1.0])))
