# Parameter: repr/str, names, requires_grad, set_data, arithmetic, clone.
import numpy as np
import mindspore
from mindspore import ops, Tensor, Parameter

w = Parameter(Tensor([1.0, 2.0]), name="w")
print(repr(w))
print(str(w))
print(w)
print(w.name, w.shape, w.dtype, w.requires_grad, w.ndim, w.size)
print(isinstance(w, Tensor), isinstance(w, Parameter), type(w).__name__)
print(repr(w.value()))
print(w.asnumpy())
print(repr(Parameter(Tensor(np.ones((2, 3), np.float32)), name="m")))
print(repr(Parameter(Tensor(3), name="i")))
print(repr(Parameter(Tensor(2.5), name="s", requires_grad=False)))
print(repr(Parameter(Tensor(np.zeros(2, np.float64)), name="d")))
print((w, Tensor(1.0)))
print([w])

# auto names
u1 = Parameter(Tensor([1.0]))
u2 = Parameter(Tensor([2.0]))
print(u1.name.startswith("Parameter"), u2.name.startswith("Parameter"), u1.name != u2.name)
print("#" in u1.name)

# requires_grad toggling
w.requires_grad = False
print(w.requires_grad, repr(w))
w.requires_grad = True

# arithmetic returns Tensor
for r in [w + 1, w * w, 2 * w, -w, w - Tensor([1.0, 1.0]), ops.exp(w) > 3, w[0]]:
    print(type(r).__name__, repr(r))

# set_data / assign
w.set_data(Tensor([5.0, 6.0]))
print(repr(w), w.name)
ops.assign(w, Tensor([7.0, 8.0]))
print(repr(w.value()))
print(w)
r = w.set_data(Tensor([0.5, 0.25]))
print(type(r).__name__, r is w)
print(w.asnumpy())

# clone
c = w.clone()
print(c.name, repr(c), c is w)
c.set_data(Tensor([9.0, 9.0]))
print(w.asnumpy(), c.asnumpy())
c2 = w.clone(init="zeros")
print(c2.name, c2.asnumpy())
print(Parameter(Tensor([1.0]), name="p1").name)
print(Parameter(np.array([1.0, 2.0], np.float32), name="from_np"))
print(Parameter(3.0, name="from_float"))
print(Parameter(2, name="from_int"))
