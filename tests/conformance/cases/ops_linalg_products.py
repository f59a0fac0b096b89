# Matrix products and friends: mm, bmm, baddbmm, addmm, inner, outer, vecdot, tensor_dot, kron, cross, det, inverse.
import numpy as np
import mindspore
from mindspore import ops, Tensor

a = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
b = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
ai = Tensor(np.arange(6, dtype=np.int32).reshape(2, 3))
bi = Tensor(np.arange(12, dtype=np.int32).reshape(3, 4))
A3 = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
B3 = Tensor(np.arange(40, dtype=np.float32).reshape(2, 4, 5) / 10)
for name, r in [
    ("mm", ops.mm(a, b)), ("mm int", ops.mm(ai, bi)), ("bmm", ops.bmm(A3, B3)), ("bmm 2-D", ops.bmm(a, b)),
    ("bmm 4-D", ops.bmm(Tensor(np.ones((2, 2, 3, 4), np.float32)), Tensor(np.ones((2, 2, 4, 1), np.float32)))),
    ("baddbmm", ops.baddbmm(Tensor(np.ones((2, 3, 5), np.float32)), A3, B3, beta=0.5, alpha=2)),
    ("baddbmm broadcast", ops.baddbmm(Tensor(np.ones((5,), np.float32)), A3, B3)),
    ("baddbmm int", ops.baddbmm(Tensor(np.ones((1, 2, 2), np.int32)), Tensor(np.ones((1, 2, 3), np.int32)),
                                Tensor(np.ones((1, 3, 2), np.int32)), beta=2, alpha=3)),
    ("addmm", ops.addmm(Tensor(np.ones((2, 4), np.float32)), a, b, beta=0.5, alpha=2)),
    ("addmm broadcast", ops.addmm(Tensor(np.ones((4,), np.float32)), a, b)),
    ("addmm int", ops.addmm(Tensor(np.ones((2, 4), np.int32)), ai, bi)),
    ("inner", ops.inner(a, a)), ("inner 1-D", ops.inner(Tensor([1.0, 2.0]), Tensor([3.0, 4.0]))),
    ("inner 0-d", ops.inner(Tensor(2.0), a)), ("inner int", ops.inner(ai, ai)),
    ("inner 3-D", ops.inner(A3, Tensor(np.ones((5, 4), np.float32)))),
    ("outer", ops.outer(Tensor([1.0, 2.0]), Tensor([3.0, 4.0, 5.0]))), ("outer int", ops.outer(Tensor([1, 2]), Tensor([3, 4, 5]))),
    ("outer mixed", ops.outer(Tensor([1, 2]), Tensor([3.0, 4.0, 5.0]))),
    ("vecdot", ops.vecdot(a, a)), ("vecdot axis 0", ops.vecdot(a, a, axis=0)),
    ("vecdot broadcast", ops.vecdot(a, Tensor([1.0, 2.0, 3.0]))), ("vecdot int", ops.vecdot(ai, ai)),
    ("tensor_dot", ops.tensor_dot(A3, B3, ((2,), (1,)))), ("tensor_dot 1", ops.tensor_dot(a, b, 1)),
    ("tensor_dot 2", ops.tensor_dot(A3, Tensor(np.ones((3, 4, 2), np.float32)), 2)),
    ("tensor_dot 0", ops.tensor_dot(Tensor([1.0, 2.0]), Tensor([3.0, 4.0]), 0)),
    ("tensor_dot list", ops.tensor_dot(A3, B3, [[2], [1]])), ("tensor_dot int", ops.tensor_dot(ai, bi, 1)),
    ("kron", ops.kron(Tensor([[1.0, 2.0], [3.0, 4.0]]), Tensor([[0.0, 1.0], [1.0, 0.0]]))),
    ("kron ranks", ops.kron(Tensor([1.0, 2.0]), Tensor([[0.0, 1.0], [1.0, 0.0]]))),
    ("kron int", ops.kron(Tensor([1, 2]), Tensor([3, 4]))), ("kron 0-d", ops.kron(Tensor(2.0), Tensor([3.0, 4.0]))),
    ("cross", ops.cross(Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), Tensor([[7.0, 8.0, 9.0], [1.0, 0.0, 2.0]]))),
    ("cross default dim", ops.cross(Tensor(np.arange(9.0, dtype=np.float32).reshape(3, 3)), Tensor(np.ones((3, 3), np.float32)))),
    ("cross dim 1", ops.cross(Tensor(np.arange(9.0, dtype=np.float32).reshape(3, 3)), Tensor(np.ones((3, 3), np.float32)), 1)),
    ("cross int", ops.cross(Tensor([1, 2, 3]), Tensor([4, 5, 6]))),
    ("det", ops.det(Tensor([[2.0, 1.0], [1.0, 3.0]]))),
    ("det batch", ops.det(Tensor([[[2.0, 0.0], [0.0, 4.0]], [[1.0, 1.0], [0.0, 1.0]]]))),
    ("det f64", ops.det(Tensor(np.array([[2.0, 1.0], [1.0, 3.0]])))),
    ("inverse", ops.inverse(Tensor([[1.0, 2.0], [3.0, 4.0]]))),
    ("inverse batch", ops.inverse(Tensor([[[2.0, 0.0], [0.0, 4.0]], [[1.0, 1.0], [0.0, 1.0]]]))),
]:
    print(name, r.dtype, repr(r))
g = mindspore.grad
for name, r in [
    ("mm", g(lambda p, q: ops.mm(p, q).sum(), (0, 1))(a, b)),
    ("bmm", g(lambda p, q: ops.bmm(p, q).sum(), (0, 1))(A3, B3)),
    ("addmm", g(lambda i, p, q: ops.addmm(i, p, q, beta=0.5, alpha=2).sum(), (0, 1, 2))(Tensor(np.ones((4,), np.float32)), a, b)),
    ("inner", g(lambda p: ops.inner(p, p).sum())(a)),
    ("outer", g(lambda p, q: (ops.outer(p, q) * Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])).sum(), (0, 1))(Tensor([1.0, 2.0]), Tensor([3.0, 4.0, 5.0]))),
    ("vecdot", g(lambda p: ops.vecdot(p, Tensor([1.0, 2.0, 3.0])).sum())(a)),
    ("tensor_dot", g(lambda p: ops.tensor_dot(p, B3, ((2,), (1,))).sum())(A3)),
    ("kron", g(lambda p: ops.kron(p, p).sum())(Tensor([1.0, 2.0]))),
    ("cross", g(lambda p: ops.cross(p, Tensor([1.0, 0.0, 0.0])).sum())(Tensor([1.0, 2.0, 3.0]))),
    ("det", g(ops.det)(Tensor([[1.0, 2.0], [3.0, 4.0]]))),
    ("inverse", g(lambda p: ops.inverse(p).sum())(Tensor([[1.0, 2.0], [3.0, 4.0]]))),
]:
    print("grad", name, r)
