# "Dive into Deep Learning" (MindSpore edition), automatic differentiation.
# Code cells of the notebook tutorial, concatenated in order and unchanged, except that a
# cell ending in a bare expression prints its repr (Jupyter display), marked below.
# Added at the top: a numpy seed (the last cell uses numpy randomness).
import numpy as np
np.random.seed(42)

import easy_mindspore as ems

x = ems.arange(4.0)
# [Jupyter emulation] the cell's last line `x` was a bare expression; its repr is printed.
print(repr(x))

def forward(x):
    return 2 * ems.dot(x, x)

y = forward(x)
# [Jupyter emulation] the cell's last line `y` was a bare expression; its repr is printed.
print(repr(y))

import mindspore.ops as ops

grad_all = ops.GradOperation(get_all=True)
x_grad = grad_all(forward)(x)[0]
# [Jupyter emulation] the cell's last line `x_grad` was a bare expression; its repr is printed.
print(repr(x_grad))

# [Jupyter emulation] the cell's last line `x_grad == 4 * x` was a bare expression; its repr is printed.
print(repr(x_grad == 4 * x))

def forward(x):
    return x.sum()

x_grad = grad_all(forward)(x)[0]
# [Jupyter emulation] the cell's last line `x_grad` was a bare expression; its repr is printed.
print(repr(x_grad))

def forward(x):
    y = x * x
    return y.sum()

x_grad = grad_all(forward)(x)[0]
# [Jupyter emulation] the cell's last line `x_grad` was a bare expression; its repr is printed.
print(repr(x_grad))

def forward(x):
    y = x * x
    u = ops.stop_gradient(y)
    z = u * x
    return z, u

z, u = forward(x)
x_grad = grad_all(forward)(x)[0]
# [Jupyter emulation] the cell's last line `x_grad == u` was a bare expression; its repr is printed.
print(repr(x_grad == u))

def forward(x):
    y = x * x
    return y.sum()
x_grad = grad_all(forward)(x)[0]
# [Jupyter emulation] the cell's last line `x_grad == 2 * x` was a bare expression; its repr is printed.
print(repr(x_grad == 2 * x))

import numpy as np

def f(a):
    b = a * 2
    while ems.norm(b) < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c

a = ems.randn(shape=())
d = f(a)
a_grad = grad_all(f)(a)[0]

# [Jupyter emulation] the cell's last line `a_grad == d / a` was a bare expression; its repr is printed.
print(repr(a_grad == d / a))
