# Reductions: empty-tuple axes, int dtypes, initial/where, ties of max/argmax, norm orders.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([[1.0, 5.0, 3.0, 5.0], [4.0, 2.0, 2.0, 6.0]])
i32 = Tensor(np.array([[1, 5, 3], [4, 2, 6]], np.int32))
u8 = Tensor(np.array([[1, 5, 3], [4, 2, 6]], np.uint8))
neg = Tensor(np.array([[-1, -2], [-3, -6]], np.int32))
for name, r in [
    ("sum ()", ops.sum(x, ())), ("prod ()", ops.prod(x, ())), ("mean ()", ops.mean(x, ())),
    ("amax ()", ops.amax(x, ())), ("all ()", ops.all(x > 1, ())), ("any ()", ops.any(x > 5, ())),
    ("sum u8", ops.sum(u8)), ("prod i32", ops.prod(i32, 1)), ("prod u8", ops.prod(u8)),
    ("mean i32", ops.mean(i32, 1)), ("mean neg", ops.mean(neg, 1)), ("mean u8", ops.mean(u8)),
    ("amax i32", ops.amax(i32, 0)), ("argmin i32", ops.argmin(i32, 1)),
    ("prod keep", ops.prod(x, 1, keep_dims=True)), ("prod dtype", ops.prod(i32, 0, dtype=mindspore.float32)),
    ("amax initial", ops.amax(x, 1, initial=5.5)),
    ("amax where", ops.amax(x, 1, initial=0.0, where=Tensor([True, False, True, False]))),
    ("amin where", ops.amin(x, 1, initial=9.0, where=Tensor([True, False, True, False]))),
    ("argmax ties", ops.argmax(x, 1)), ("argmin ties", ops.argmin(x, 1)),
    ("argmax keep", ops.argmax(x, 1, True)), ("argmin keep", ops.argmin(x, 1, True)),
    ("argmax flat", ops.argmax(x)), ("argmax flat keep", ops.argmax(x, None, True)),
    ("argmin flat", ops.argmin(x, None, True)), ("argmax 0-d", ops.argmax(Tensor(3.0), 0)),
    ("sum 0-d", ops.sum(Tensor(3.0), -1)), ("all int", ops.all(Tensor([[1, 2], [0, 3]]), 1)),
    ("sum dtype", ops.sum(i32, dtype=mindspore.float32)), ("sum list axis", ops.sum(x, [0, 1])),
]:
    print(name, r.dtype, repr(r))

for name, r in [("max ties", ops.max(x, 1)), ("min ties", ops.min(x, 1)),
                ("max keep", ops.max(x, 0, keepdims=True)), ("max initial", ops.max(x, 1, initial=5.5)),
                ("max where", ops.max(x, 1, initial=0.0, where=Tensor([True, False, True, False]))),
                ("min i32", ops.min(i32, 0)), ("max 0-d", ops.max(Tensor(2.0), 0))]:
    print(name, r[0].dtype, r[1].dtype)
    print(r)
print("max None value", repr(ops.max(x)[0]), "min None value", repr(ops.min(x)[0]))

A = Tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
v = Tensor([3.0, -4.0, 0.0])
A3 = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4) - 10)
inf = float("inf")
for o in [None, inf, -inf, 0, 1, -1, 2, 3, 0.5, -0.5]:
    print("vector ord", o, repr(ops.norm(v, o)), repr(ops.norm(A, o, dim=1)))
for o in [None, "fro", "nuc", inf, -inf, 1, -1, 2, -2]:
    print("matrix ord", o, repr(ops.norm(A, o)), repr(ops.norm(A3, o, dim=(2, 0))))
print(repr(ops.norm(A, keepdim=True)), repr(ops.norm(A, dim=1, keepdim=True)))
print(repr(ops.norm(A, 2, dim=(0, 1), keepdim=True)), repr(ops.norm(A, inf, dim=(1, 0), keepdim=True)))
print(repr(ops.norm(Tensor([3, 4]))), repr(ops.norm(A, dtype=mindspore.float64)), repr(ops.norm(Tensor(-3.0))))
