# Arithmetic operators, reflected forms and unary ops on float and int tensors.
import numpy as np
import mindspore
from mindspore import Tensor

a = Tensor([1.5, -2.0, 3.0])
b = Tensor([0.5, 4.0, -2.0])
print(repr(a + b)); print(repr(a - b)); print(repr(a * b)); print(repr(a / b))
print(repr(a // b)); print(repr(a % b)); print(repr(a ** 2)); print(repr(b ** a.abs()))
print(repr(-a)); print(repr(abs(a))); print(repr(+a))
print(repr(2 - a)); print(repr(2 / b)); print(repr(2 ** a)); print(repr(3 * a)); print(repr(1 + a))
print(repr(7 // b)); print(repr(7 % b)); print(repr(a - 1)); print(repr(a / 4)); print(repr(a % 2))

i = Tensor([7, -7, 5])
j = Tensor([2, 2, -3])
print(repr(i + j)); print(repr(i - j)); print(repr(i * j)); print(repr(i / j))
print(repr(i // j)); print(repr(i % j)); print(repr(j ** 2)); print(repr(-i)); print(repr(abs(i)))
print(repr(10 - i)); print(repr(10 // j)); print(repr(10 % j)); print(repr(2 ** j.abs())); print(repr(1 / j))

m = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
n = Tensor(np.arange(6, dtype=np.float32).reshape(3, 2))
print(repr(m @ n))
print(repr(Tensor([1, 2]) @ Tensor([[1, 0], [0, 1]])))
print(repr(m + Tensor([10.0, 20.0, 30.0])))
print(repr(m * Tensor([[2.0], [3.0]])))

x = Tensor([1.0, 2.0])
y = x
y += 1
print(repr(x), repr(y), x is y)
z = Tensor([3.0, 4.0])
z *= 2
print(repr(z))
z -= Tensor([1.0, 1.0])
print(repr(z))
z /= 2
print(repr(z))
