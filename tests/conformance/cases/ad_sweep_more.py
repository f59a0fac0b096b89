# More transforms: vjp with aux/weights, jacobians of Cells, hessian by positions, vmap of gather/lists, has_aux through outer grads, argument errors.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor, Parameter


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


x = Tensor(np.array([[0.1, 0.2, 0.3], [0.4, -0.5, 0.6]], np.float32))

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1., 2.], [3., 4.], [5., 6.]], np.float32)), name='w')
    def construct(self, a):
        return ops.matmul(a, self.w)
net = Net()

def f(a):
    return ops.sin(a).sum(), a * 2
out, fn, aux = ops.vjp(f, x, has_aux=True)
show("vjp aux call", lambda: fn(Tensor(1.0)))
out, fn = ops.vjp(net, x, weights=net.trainable_params())
show("vjp weights ct", lambda: fn(Tensor(np.ones((2, 2), np.float32))))
show("jacrev cell", lambda: ops.jacrev(net)(x[0]))
show("jacfwd cell", lambda: ops.jacfwd(net)(x[0]))

def quad(a, b):
    return (a * a * b).sum()
a = Tensor([1.0, 2.0]); b = Tensor([3.0, 4.0])
show("hessian pos(0,1)", lambda: ops.jacfwd(ops.jacrev(quad, grad_position=(0, 1)), grad_position=(0, 1))(a, b))

def gat(p, i):
    return ops.gather(p, i, 0)
show("vmap gather", lambda: ops.vmap(gat, in_axes=(0, 0))(Tensor(np.arange(12).reshape(3, 4).astype(np.float32)), Tensor(np.array([[0, 1], [2, 3], [3, 0]], np.int32))))
show("vmap gather unbatched idx", lambda: ops.vmap(gat, in_axes=(0, None))(Tensor(np.arange(12).reshape(3, 4).astype(np.float32)), Tensor(np.array([1, 3], np.int32))))

def retlist(p):
    return [p * 2, p + 1]
show("vmap list out", lambda: ops.vmap(retlist)(x))
show("vmap list out_axes", lambda: ops.vmap(retlist, out_axes=[0, 1])(x))

def vg_aux(p):
    return (p ** 2).sum(), p * 3
def outer(p):
    v, g = ms.value_and_grad(vg_aux, has_aux=True)(p)
    return g.sum() + v[1].sum()
show("grad of vg has_aux", lambda: ms.grad(outer)(a))
show("GradOperation get_by_list vmap", lambda: ops.vmap(ops.GradOperation(get_by_list=True)(net, net.trainable_params()))(x))

def lse(p):
    return ops.logsumexp(p, 0)
show("vmap logsumexp", lambda: ops.vmap(lse)(x))
show("grad logsumexp 2nd", lambda: ms.grad(ms.grad(lse))(a))

def where_fn(p):
    return ops.where(p > 0, p, p * 0.1).sum()
show("vmap grad where", lambda: ops.vmap(ms.grad(where_fn))(x))

def ctrl(p):
    if p.sum() > 0:
        return p * 2
    return p * 3
show("grad control flow 2nd", lambda: ms.grad(ms.grad(lambda p: (ctrl(p) ** 3).sum()))(a))

def sq(p):
    return p * p
show("jvp v dtype mismatch", lambda: ops.jvp(sq, a, Tensor([1, 1])))
show("jvp non-tensor input", lambda: ops.jvp(sq, 2.0, 1.0))
show("vjp non-tensor", lambda: ops.vjp(sq, 2.0)[0])


show("jvp aux single", lambda: ops.jvp(sq, a, a, has_aux=True))
show("vjp aux single", lambda: ops.vjp(sq, a, has_aux=True))
show("jvp aux int", lambda: ops.jvp(sq, a, a, has_aux=1))
show("vjp aux int", lambda: ops.vjp(sq, a, has_aux=1))
show("jvp v float", lambda: ops.jvp(sq, a, 1.0))
show("vjp list arg", lambda: ops.vjp(sq, [a])[0])
show("vjp fn ct list", lambda: ops.vjp(sq, a)[1]([a]))
def two(p):
    return p * 2, p * 3
show("vjp fn one for two", lambda: ops.vjp(two, a)[1](a))
show("vjp fn three for two", lambda: ops.vjp(two, a)[1](a, a, a))
