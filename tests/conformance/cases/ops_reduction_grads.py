# Gradients of reductions, statistics, scans and sorting, including ties and zeros.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([[1.0, 5.0, 3.0, 5.0], [4.0, 2.0, 2.0, 6.0]])
d = Tensor([[1.0, 5.0, 3.0, 4.0], [4.0, 2.0, 7.0, 6.0]])
w = Tensor([1.0, 2.0, 3.0, 4.0])
g = mindspore.grad
for name, r in [
    ("max ties", g(lambda t: ops.max(t, 1)[0].sum())(x)), ("max keep", g(lambda t: ops.max(t, 1, True)[0].sum())(x)),
    ("min ties", g(lambda t: ops.min(t, 1)[0].sum())(x)), ("max all", g(lambda t: ops.max(t)[0])(x)),
    ("amax ties", g(lambda t: ops.amax(t, 1).sum())(x)), ("amin ties", g(lambda t: ops.amin(t, 1).sum())(x)),
    ("amax initial", g(lambda t: ops.amax(t, 1, initial=5.0)[0].sum())(x)),
    ("max initial", g(lambda t: ops.max(t, 1, initial=5.5)[0].sum())(x)),
    ("prod", g(lambda t: ops.prod(t, 1).sum())(d)), ("prod zero", g(ops.prod)(Tensor([2.0, 0.0, 3.0]))),
    ("prod two zeros", g(ops.prod)(Tensor([2.0, 0.0, 0.0]))), ("mean", g(lambda t: ops.mean(t, 1).sum())(x)),
    ("std", g(lambda t: ops.std(t, 1).sum())(x)), ("var ddof1", g(lambda t: ops.var(t, 1, ddof=1).sum())(x)),
    ("var ddof2", g(lambda t: ops.var(t, 1, ddof=2).sum())(x)),
    ("std_mean", g(lambda t: sum(ops.std_mean(t, 1)).sum())(x)),
    ("logsumexp", g(lambda t: ops.logsumexp(t, 1).sum())(x)),
    ("cumsum", g(lambda t: (ops.cumsum(t, 1) * w).sum())(x)), ("cumprod", g(lambda t: ops.cumprod(t, 1).sum())(d)),
    ("cumprod zero", g(lambda t: ops.cumprod(t, 0).sum())(Tensor([2.0, 0.0, 3.0]))),
    ("sort", g(lambda t: (ops.sort(t)[0] * w).sum())(d)), ("sort desc", g(lambda t: (ops.sort(t, 0, True)[0] * w).sum())(d)),
    ("topk", g(lambda t: (ops.topk(t, 2)[0] * Tensor([1.0, 2.0])).sum())(d)),
    ("median", g(lambda t: ops.median(t)[0].sum())(d)), ("median 0", g(lambda t: ops.median(t, 0)[0].sum())(d)),
    ("median twos", g(lambda t: ops.median(t, 0)[0])(Tensor([2.0, 2.0, 2.0]))),
    ("norm", g(ops.norm)(x)), ("norm zero", g(ops.norm)(Tensor([0.0, 0.0]))),
    ("norm 2 dim zero", g(lambda t: ops.norm(t, 2, dim=0))(Tensor([0.0, 0.0]))),
    ("norm 1 at 0", g(lambda t: ops.norm(t, 1, dim=0))(Tensor([0.0, 1.0]))),
    ("norm 3", g(lambda t: ops.norm(t, 3, dim=0))(Tensor([-1.0, 2.0]))),
    ("norm inf", g(lambda t: ops.norm(t, float("inf"), dim=1).sum())(x)),
    ("norm matrix 1", g(lambda t: ops.norm(t, 1, dim=(0, 1)))(Tensor([[1.0, 2.0], [-1.0, -2.0]]))),
    ("norm matrix 2", g(lambda t: ops.norm(t, 2))(Tensor([[1.0, 2.0], [3.0, 4.0]]))),
    ("norm nuc", g(lambda t: ops.norm(t, "nuc"))(Tensor([[1.0, 2.0], [3.0, 4.0]]))),
]:
    print(name, r)
