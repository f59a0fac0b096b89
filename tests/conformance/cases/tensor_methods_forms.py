# Tensor methods in each of MindSpore's call forms (overloads, keyword names, varargs shapes),
# with their results' values, dtypes and return structures.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.array([[0.5, 1.5, 2.5], [-1.0, 0.25, 3.0]], np.float32))
y = Tensor(np.array([[1.0, -2.0, 0.5], [2.0, 0.75, -1.5]], np.float32))
x3 = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
i = Tensor([[1, 2, 3], [4, 5, 6]])
mask = Tensor([[True, False, False], [False, True, True]])


def show(label, r):
    if isinstance(r, tuple):
        print(label, "tuple", len(r))
        for t in r:
            print(repr(t))
    elif isinstance(r, Tensor):
        print(label, repr(r))
    else:
        print(label, type(r).__name__, r)


for label, fn in [
    ("sum()", lambda: x.sum()), ("sum(1)", lambda: x.sum(1)), ("sum(0, True)", lambda: x.sum(0, True)),
    ("sum(0, float64)", lambda: x.sum(0, mindspore.float64)),
    ("sum(axis=1, keepdims=True)", lambda: x.sum(axis=1, keepdims=True)),
    ("sum(dim=0, keepdim=True)", lambda: x.sum(dim=0, keepdim=True)),
    ("sum(initial=10)", lambda: x.sum(initial=10)),
    ("mean()", lambda: x.mean()), ("mean(0, True)", lambda: x.mean(0, True)),
    ("mean(dim=1)", lambda: x.mean(dim=1)), ("mean(axis=1, keep_dims=True)", lambda: x.mean(axis=1, keep_dims=True)),
    ("mean(dtype=float64)", lambda: x.mean(dtype=mindspore.float64)), ("int mean()", lambda: i.mean()),
    ("prod()", lambda: x.prod()), ("prod(1)", lambda: x.prod(1)), ("prod(dim=0, keepdim=True)", lambda: x.prod(dim=0, keepdim=True)),
    ("max()", lambda: x.max()), ("max(1)", lambda: x.max(1)), ("max(0, True)", lambda: x.max(0, True)),
    ("max(dim=1)", lambda: x.max(dim=1)), ("max(axis=1)", lambda: x.max(axis=1)),
    ("max(axis=0, keepdims=True)", lambda: x.max(axis=0, keepdims=True)),
    ("max(axis=1, return_indices=True)", lambda: x.max(axis=1, return_indices=True)),
    ("min()", lambda: x.min()), ("min(0)", lambda: x.min(0)), ("min(axis=1)", lambda: x.min(axis=1)),
    ("int max(1)", lambda: i.max(1)),
    ("argmax()", lambda: x.argmax()), ("argmax(1)", lambda: x.argmax(1)),
    ("argmax(dim=0, keepdim=True)", lambda: x.argmax(dim=0, keepdim=True)),
    ("argmax(axis=1, keepdims=True)", lambda: x.argmax(axis=1, keepdims=True)),
    ("argmin()", lambda: x.argmin()), ("argmin(1)", lambda: x.argmin(1)), ("argmin(dim=0)", lambda: x.argmin(dim=0)),
    ("std()", lambda: x.std()), ("std(0)", lambda: x.std(0)), ("std(0, 1)", lambda: x.std(0, 1)),
    ("std(axis=1, ddof=1, keepdims=True)", lambda: x.std(axis=1, ddof=1, keepdims=True)),
    ("std(dim=0)", lambda: x.std(dim=0)), ("std(dim=0, correction=1)", lambda: x.std(dim=0, correction=1)),
    ("std(correction=1)", lambda: x.std(correction=1)),
    ("var()", lambda: x.var()), ("var(1)", lambda: x.var(1)), ("var(0, 1)", lambda: x.var(0, 1)),
    ("cumsum()", lambda: x.cumsum()), ("cumsum(1)", lambda: x.cumsum(1)), ("cumsum(dim=0)", lambda: x.cumsum(dim=0)),
    ("cumsum(axis=1)", lambda: x.cumsum(axis=1)), ("cumsum(1, float64)", lambda: x.cumsum(1, mindspore.float64)),
    ("all()", lambda: mask.all()), ("all(1)", lambda: mask.all(1)), ("all(dim=1, keepdim=True)", lambda: mask.all(dim=1, keepdim=True)),
    ("any(axis=0, keep_dims=True)", lambda: mask.any(axis=0, keep_dims=True)), ("any()", lambda: mask.any()),
    ("count_nonzero()", lambda: x.count_nonzero()), ("count_nonzero(1)", lambda: x.count_nonzero(1)),
    ("count_nonzero(axis=1, keep_dims=True)", lambda: x.count_nonzero(axis=1, keep_dims=True)),
    ("median()", lambda: x.median()), ("median(0)", lambda: x.median(0)), ("median(dim=0)", lambda: x.median(dim=0)),
    ("sort()", lambda: x.sort()), ("sort(dim=0, descending=True)", lambda: x.sort(dim=0, descending=True)),
    ("sort(axis=0)", lambda: x.sort(axis=0)), ("argsort()", lambda: x.argsort()),
    ("argsort(dim=0, descending=True)", lambda: x.argsort(dim=0, descending=True)),
    ("topk(2)", lambda: x.topk(2)), ("topk(1, dim=0)", lambda: x.topk(1, dim=0)),
    ("softmax(0)", lambda: x.softmax(0)), ("softmax(axis=1)", lambda: x.softmax(axis=1)),
    ("logsumexp(1)", lambda: x.logsumexp(1)), ("norm()", lambda: x.norm()),
]:
    show(label, fn())

for label, fn in [
    ("reshape(3, 2)", lambda: x.reshape(3, 2)), ("reshape((3, -1))", lambda: x.reshape((3, -1))),
    ("reshape([6])", lambda: x.reshape([6])), ("view(3, 2)", lambda: x.view(3, 2)), ("view(-1)", lambda: x.view(-1)),
    ("view((2, 3))", lambda: x.view((2, 3))), ("view_as", lambda: x.view_as(Tensor(np.zeros(6)))),
    ("view(int32)", lambda: Tensor([1.0, 2.0]).view(mindspore.int32)),
    ("flatten()", lambda: x3.flatten()), ("flatten(1)", lambda: x3.flatten(1)),
    ("flatten(start_dim=1)", lambda: x3.flatten(start_dim=1)),
    ("squeeze()", lambda: Tensor(np.ones((1, 2, 1), np.float32)).squeeze()),
    ("squeeze(0)", lambda: Tensor(np.ones((1, 2, 1), np.float32)).squeeze(0)),
    ("squeeze((0, 2))", lambda: Tensor(np.ones((1, 2, 1), np.float32)).squeeze((0, 2))),
    ("squeeze(1)", lambda: Tensor(np.ones((1, 2, 1), np.float32)).squeeze(1)),
    ("transpose()", lambda: x3.transpose()), ("transpose(0, 1)", lambda: x3.transpose(0, 1)),
    ("2-D transpose(0, 1)", lambda: x.transpose(0, 1)), ("transpose(2, 0, 1)", lambda: x3.transpose(2, 0, 1)),
    ("transpose((1, 2, 0))", lambda: x3.transpose((1, 2, 0))), ("transpose(dim0=0, dim1=2)", lambda: x3.transpose(dim0=0, dim1=2)),
    ("permute(2, 0, 1)", lambda: x3.permute(2, 0, 1)), ("permute((1, 0, 2))", lambda: x3.permute((1, 0, 2))),
    ("permute(dims=(1, 0, 2))", lambda: x3.permute(dims=(1, 0, 2))),
    ("T", lambda: x3.T), ("mT", lambda: x3.mT),
    ("broadcast_to(2, 2, 3)", lambda: x.broadcast_to(2, 2, 3)), ("broadcast_to((2, -1, 3))", lambda: x.broadcast_to((2, -1, 3))),
    ("expand(2, 2, 3)", lambda: x.expand(2, 2, 3)), ("expand((-1, 3))", lambda: x.expand((-1, 3))),
    ("expand(Tensor)", lambda: x.expand(Tensor([2, 2, 3]))),
    ("expand_as", lambda: x.expand_as(Tensor(np.zeros((2, 2, 3))))),
    ("unsqueeze(0)", lambda: x.unsqueeze(0)), ("expand_dims(-1)", lambda: x.expand_dims(-1)),
]:
    r = fn()
    print(label, r.shape, r.dtype)
print(x.view(3, 2))
print(x3.transpose(0, 1)[1])
print(x3.mT[0])

for label, fn in [
    ("add(alpha=2)", lambda: x.add(y, alpha=2)), ("add(other=)", lambda: x.add(other=y)),
    ("sub(alpha=2)", lambda: x.sub(y, alpha=2)), ("mul", lambda: x.mul(2)), ("div", lambda: x.div(y)),
    ("div floor", lambda: x.div(y, rounding_mode='floor')), ("true_divide(other=)", lambda: x.true_divide(other=y)),
    ("remainder(divisor=)", lambda: x.remainder(divisor=2.0)), ("pow(exponent=)", lambda: x.pow(exponent=2)),
    ("where", lambda: x.where(mask, y)), ("where(y=)", lambda: x.where(condition=mask, y=Tensor(0.0))),
    ("select(cond, y)", lambda: x.select(mask, y)),
    ("clamp(0, 2)", lambda: x.clamp(0, 2)), ("clip(min=0)", lambda: x.clip(min=0.0)),
    ("round()", lambda: Tensor([1.25, 2.5, -0.5]).round()), ("isclose(x2=)", lambda: x.isclose(x2=x)),
    ("masked_fill", lambda: x.masked_fill(mask, 0.5)), ("lerp", lambda: x.lerp(y, 0.25)),
    ("addcmul", lambda: x.addcmul(y, x, 2)), ("abs", lambda: x.abs()), ("exp", lambda: x.exp()),
    ("astype(int32)", lambda: x.astype(mindspore.int32)), ("astype('int32')", lambda: x.astype('int32')),
    ("astype(np.int32)", lambda: x.astype(np.int32)), ("to(float64)", lambda: x.to(mindspore.float64)),
    ("to(dtype=int64)", lambda: x.to(dtype=mindspore.int64)), ("to(Tensor)", lambda: x.to(Tensor([1]))),
    ("to('cpu')", lambda: x.to('cpu')), ("type_as", lambda: x.type_as(i)),
    ("float", lambda: i.float()), ("half", lambda: x.half()), ("double", lambda: x.double()),
    ("int", lambda: x.int()), ("long", lambda: x.long()), ("bool", lambda: x.bool()),
]:
    show(label, fn())

print(x.copy() is x, x.contiguous() is x, x.is_contiguous())
print(x.nelement(), x.numel(), x.size, x.ndim, x.shape, x.dim())
print(Tensor([2.5]).item(), Tensor([[3]]).item(), Tensor([[1.0, 2.0]]).tolist(), type(x.asnumpy()).__name__)
print(Tensor([0.0, 1.0, 0.0]).multinomial(2))
print(mindspore.grad(lambda a: (a.reshape(3, 2).T.sum(1) * a.mean()).sum() + a.max())(x))
print(mindspore.grad(lambda a: a.transpose(0, 1).softmax(0)[0].sum() + a.std(0).sum())(x))
