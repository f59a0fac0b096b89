"""Tensor methods: every one gives what its ops function gives, in each of MindSpore's forms."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops
from minispore.common import _methods

# The ops functions whose methods MindSpore 2.10's Tensor has, and the other common methods.
LISTED = """
uniform bernoulli multinomial tril triu diag diagonal abs neg negative add sub mul div true_divide
floor_divide remainder fmod pow exp expm1 log log2 log10 log1p sqrt rsqrt square reciprocal sin
cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh sigmoid erf erfc erfinv floor ceil
round trunc sign clamp clip maximum minimum lerp addcmul addcdiv logaddexp hypot xlogy isnan
isinf isfinite nan_to_num logical_and logical_or logical_not logical_xor bitwise_and bitwise_or
bitwise_xor equal not_equal greater greater_equal less less_equal eq ne gt ge lt le isclose where
masked_fill sum mean prod max min amax amin argmax argmin std var logsumexp norm cumsum cumprod
cummax cummin all any count_nonzero median topk sort argsort unique reshape flatten squeeze
unsqueeze expand_dims transpose permute swapaxes moveaxis movedim broadcast_to tile
repeat_interleave split chunk tensor_split unbind gather gather_elements index_select
masked_select scatter scatter_add narrow select flip roll t matmul mm bmm baddbmm addmm dot inner
outer cross det inverse softmax unfold fold shape size dtype
view view_as expand_as type_as T mT ndim nelement numel clone copy fill_ zero_ add_ mul_ sub_
div_ repeat expand item tolist asnumpy astype init_data contiguous is_contiguous to float half
double int long bool
""".split()

x = Tensor([[0.5, 1.5, 2.5], [-1.0, 0.25, 3.0]])
y = Tensor([[1.0, -2.0, 0.5], [2.0, 0.75, -1.5]])
p = Tensor([[0.5, 1.5, 2.5], [1.0, 0.25, 3.0]])
u = Tensor([[0.5, -0.25, 0.75], [0.1, -0.9, 0.3]])
g = Tensor([[1.5, 2.0, 3.0], [1.25, 4.0, 2.5]])
i = Tensor([[1, 2, 3], [4, 5, 6]])
j = Tensor([[3, 1, 2], [6, 4, 4]])
b = Tensor([[True, False, True], [False, False, True]])
m = Tensor([[2.0, 1.0], [1.0, 3.0]])
v = Tensor([1.0, 2.0, 3.0])
x3 = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
img = Tensor(np.arange(18, dtype=np.float32).reshape(1, 2, 3, 3))
idx = Tensor([[0, 2], [1, 0]])
mask = Tensor([[True, False, False], [False, True, True]])
nan = Tensor([np.nan, np.inf, -np.inf, 1.0])
one = Tensor(1.0)


def seeded(fn):
    def run():
        ms.set_seed(5)
        return fn()
    return run


def in_place(method, fn):
    """A copy of `x` changed in place by `method`, checked to return the tensor itself."""
    def run():
        t = ops.identity(x)
        assert method(t) is t
        return t
    return run, fn


CASES = {
    # ---- random ----
    'uniform': (seeded(lambda: x.uniform(2.0, 3.0)), seeded(lambda: ops.rand_like(x) * 1.0 + 2.0)),
    'bernoulli': (seeded(lambda: Tensor([0.0, 1.0, 0.5]).bernoulli()),
                  seeded(lambda: ops.bernoulli(Tensor([0.0, 1.0, 0.5]), Tensor([0.0, 1.0, 0.5])))),
    'multinomial': (seeded(lambda: p.multinomial(2)), seeded(lambda: ops.multinomial(p, 2))),
    # ---- elementwise ----
    'tril': (lambda: x.tril(), lambda: ops.tril(x)),
    'triu': (lambda: x.triu(1), lambda: ops.triu(x, 1)),
    'diag': (lambda: v.diag(), lambda: ops.diag(v)),
    'diagonal': (lambda: x3.diagonal(1, 1, 2), lambda: ops.diagonal(x3, 1, 1, 2)),
    'diagonal/kw': (lambda: x3.diagonal(offset=1, axis1=1, axis2=2),
                    lambda: ops.diagonal(x3, 1, 1, 2)),
    'abs': (lambda: x.abs(), lambda: ops.abs(x)),
    'absolute': (lambda: x.absolute(), lambda: ops.abs(x)),
    'neg': (lambda: x.neg(), lambda: ops.neg(x)),
    'negative': (lambda: x.negative(), lambda: ops.neg(x)),
    'add': (lambda: x.add(y), lambda: ops.add(x, y)),
    'add/alpha': (lambda: x.add(y, alpha=2), lambda: ops.add(x, ops.mul(y, 2))),
    'sub': (lambda: x.sub(other=y), lambda: ops.sub(x, y)),
    'sub/alpha': (lambda: x.sub(y, alpha=0.5), lambda: ops.sub(x, ops.mul(y, 0.5))),
    'subtract': (lambda: x.subtract(y), lambda: ops.sub(x, y)),
    'mul': (lambda: x.mul(y), lambda: ops.mul(x, y)),
    'multiply': (lambda: x.multiply(2.0), lambda: ops.mul(x, 2.0)),
    'div': (lambda: x.div(y), lambda: ops.div(x, y)),
    'div/rounding': (lambda: x.div(y, rounding_mode='floor'),
                     lambda: ops.div(x, y, rounding_mode='floor')),
    'divide': (lambda: x.divide(y), lambda: ops.div(x, y)),
    'true_divide': (lambda: x.true_divide(other=y), lambda: ops.true_divide(x, y)),
    'floor_divide': (lambda: x.floor_divide(y), lambda: ops.floor_divide(x, y)),
    'remainder': (lambda: x.remainder(y), lambda: ops.remainder(x, y)),
    'remainder/divisor': (lambda: x.remainder(divisor=2.0), lambda: ops.remainder(x, 2.0)),
    'fmod': (lambda: x.fmod(y), lambda: ops.fmod(x, y)),
    'pow': (lambda: p.pow(exponent=1.5), lambda: ops.pow(p, 1.5)),
    'exp': (lambda: x.exp(), lambda: ops.exp(x)),
    'expm1': (lambda: x.expm1(), lambda: ops.expm1(x)),
    'log': (lambda: p.log(), lambda: ops.log(p)),
    'log2': (lambda: p.log2(), lambda: ops.log2(p)),
    'log10': (lambda: p.log10(), lambda: ops.log10(p)),
    'log1p': (lambda: p.log1p(), lambda: ops.log1p(p)),
    'sqrt': (lambda: p.sqrt(), lambda: ops.sqrt(p)),
    'rsqrt': (lambda: p.rsqrt(), lambda: ops.rsqrt(p)),
    'square': (lambda: x.square(), lambda: ops.square(x)),
    'reciprocal': (lambda: p.reciprocal(), lambda: ops.reciprocal(p)),
    'sin': (lambda: x.sin(), lambda: ops.sin(x)),
    'cos': (lambda: x.cos(), lambda: ops.cos(x)),
    'tan': (lambda: u.tan(), lambda: ops.tan(u)),
    'asin': (lambda: u.asin(), lambda: ops.asin(u)),
    'arcsin': (lambda: u.arcsin(), lambda: ops.asin(u)),
    'acos': (lambda: u.acos(), lambda: ops.acos(u)),
    'arccos': (lambda: u.arccos(), lambda: ops.acos(u)),
    'atan': (lambda: x.atan(), lambda: ops.atan(x)),
    'arctan': (lambda: x.arctan(), lambda: ops.atan(x)),
    'atan2': (lambda: x.atan2(y), lambda: ops.atan2(x, y)),
    'arctan2': (lambda: x.arctan2(y), lambda: ops.atan2(x, y)),
    'sinh': (lambda: x.sinh(), lambda: ops.sinh(x)),
    'cosh': (lambda: x.cosh(), lambda: ops.cosh(x)),
    'tanh': (lambda: x.tanh(), lambda: ops.tanh(x)),
    'asinh': (lambda: x.asinh(), lambda: ops.asinh(x)),
    'arcsinh': (lambda: x.arcsinh(), lambda: ops.asinh(x)),
    'acosh': (lambda: g.acosh(), lambda: ops.acosh(g)),
    'arccosh': (lambda: g.arccosh(), lambda: ops.acosh(g)),
    'atanh': (lambda: u.atanh(), lambda: ops.atanh(u)),
    'arctanh': (lambda: u.arctanh(), lambda: ops.atanh(u)),
    'sigmoid': (lambda: x.sigmoid(), lambda: ops.sigmoid(x)),
    'erf': (lambda: x.erf(), lambda: ops.erf(x)),
    'erfc': (lambda: x.erfc(), lambda: ops.erfc(x)),
    'erfinv': (lambda: u.erfinv(), lambda: ops.erfinv(u)),
    'floor': (lambda: x.floor(), lambda: ops.floor(x)),
    'ceil': (lambda: x.ceil(), lambda: ops.ceil(x)),
    'round': (lambda: x.round(), lambda: ops.round(x)),
    'trunc': (lambda: x.trunc(), lambda: ops.trunc(x)),
    'sign': (lambda: x.sign(), lambda: ops.sign(x)),
    'clamp': (lambda: x.clamp(0.0, 2.0), lambda: ops.clamp(x, 0.0, 2.0)),
    'clip': (lambda: x.clip(min=0.0), lambda: ops.clamp(x, 0.0)),
    'maximum': (lambda: x.maximum(y), lambda: ops.maximum(x, y)),
    'minimum': (lambda: x.minimum(y), lambda: ops.minimum(x, y)),
    'lerp': (lambda: x.lerp(y, 0.25), lambda: ops.lerp(x, y, 0.25)),
    'addcmul': (lambda: x.addcmul(y, p, 0.5), lambda: ops.addcmul(x, y, p, 0.5)),
    'addcdiv': (lambda: x.addcdiv(y, p, value=2), lambda: ops.addcdiv(x, y, p, 2)),
    'logaddexp': (lambda: x.logaddexp(y), lambda: ops.logaddexp(x, y)),
    'hypot': (lambda: x.hypot(y), lambda: ops.hypot(x, y)),
    'xlogy': (lambda: x.xlogy(p), lambda: ops.xlogy(x, p)),
    'isnan': (lambda: nan.isnan(), lambda: ops.isnan(nan)),
    'isinf': (lambda: nan.isinf(), lambda: ops.isinf(nan)),
    'isfinite': (lambda: nan.isfinite(), lambda: ops.isfinite(nan)),
    'nan_to_num': (lambda: nan.nan_to_num(0.0, 5.0), lambda: ops.nan_to_num(nan, 0.0, 5.0)),
    'logical_and': (lambda: b.logical_and(mask), lambda: ops.logical_and(b, mask)),
    'logical_or': (lambda: b.logical_or(mask), lambda: ops.logical_or(b, mask)),
    'logical_not': (lambda: b.logical_not(), lambda: ops.logical_not(b)),
    'logical_xor': (lambda: b.logical_xor(mask), lambda: ops.logical_xor(b, mask)),
    'bitwise_and': (lambda: i.bitwise_and(j), lambda: ops.bitwise_and(i, j)),
    'bitwise_or': (lambda: i.bitwise_or(j), lambda: ops.bitwise_or(i, j)),
    'bitwise_xor': (lambda: i.bitwise_xor(j), lambda: ops.bitwise_xor(i, j)),
    'equal': (lambda: i.equal(j), lambda: ops.equal(i, j)),
    'not_equal': (lambda: i.not_equal(j), lambda: ops.not_equal(i, j)),
    'greater': (lambda: x.greater(y), lambda: ops.greater(x, y)),
    'greater_equal': (lambda: x.greater_equal(y), lambda: ops.greater_equal(x, y)),
    'less': (lambda: x.less(y), lambda: ops.less(x, y)),
    'less_equal': (lambda: x.less_equal(y), lambda: ops.less_equal(x, y)),
    'eq': (lambda: i.eq(3), lambda: ops.equal(i, 3)),
    'ne': (lambda: i.ne(3), lambda: ops.not_equal(i, 3)),
    'gt': (lambda: x.gt(y), lambda: ops.greater(x, y)),
    'ge': (lambda: x.ge(y), lambda: ops.greater_equal(x, y)),
    'lt': (lambda: x.lt(y), lambda: ops.less(x, y)),
    'le': (lambda: x.le(y), lambda: ops.less_equal(x, y)),
    'isclose': (lambda: x.isclose(x + 1e-6), lambda: ops.isclose(x, x + 1e-6)),
    'isclose/x2': (lambda: x.isclose(x2=y), lambda: ops.isclose(x, y)),
    'where': (lambda: x.where(mask, y), lambda: ops.where(mask, x, y)),
    'masked_fill': (lambda: x.masked_fill(mask, 0.5), lambda: ops.masked_fill(x, mask, 0.5)),
    # ---- reductions ----
    'sum': (lambda: x.sum(), lambda: ops.sum(x)),
    'sum/axis': (lambda: x.sum(axis=1, keepdims=True), lambda: ops.sum(x, 1, True)),
    'sum/dtype': (lambda: i.sum(0, ms.float32), lambda: ops.sum(i, 0, dtype=ms.float32)),
    'sum/initial': (lambda: x.sum(1, initial=10.0), lambda: ops.sum(x, 1) + 10.0),
    'sum/dim': (lambda: x.sum(dim=0, keepdim=True), lambda: ops.sum(x, 0, True)),
    'sum/keepdim': (lambda: x.sum(0, True), lambda: ops.sum(x, 0, True)),
    'mean': (lambda: x.mean(), lambda: ops.mean(x)),
    'mean/axis': (lambda: x.mean(0, True), lambda: ops.mean(x, 0, True)),
    'mean/keep_dims': (lambda: x.mean(axis=1, keep_dims=True), lambda: ops.mean(x, 1, True)),
    'mean/dim': (lambda: x.mean(dim=1, keepdim=True), lambda: ops.mean(x, 1, True)),
    'mean/dtype': (lambda: x.mean(dtype=ms.float64), lambda: ops.mean(ops.cast(x, ms.float64))),
    'prod': (lambda: x.prod(), lambda: ops.prod(x)),
    'prod/axis': (lambda: x.prod(axis=1, keep_dims=True), lambda: ops.prod(x, 1, True)),
    'prod/dim': (lambda: x.prod(dim=0, keepdim=True), lambda: ops.prod(x, 0, True)),
    'max': (lambda: x.max(), lambda: ops.amax(x)),
    'max/dim': (lambda: x.max(1), lambda: ops.max(x, 1)),
    'max/keepdim': (lambda: x.max(0, True), lambda: ops.max(x, 0, True)),
    'max/dim_kw': (lambda: x.max(dim=0), lambda: ops.max(x, 0)),
    'max/axis': (lambda: x.max(axis=1), lambda: ops.amax(x, 1)),
    'max/keepdims': (lambda: x.max(axis=0, keepdims=True), lambda: ops.amax(x, 0, True)),
    'max/initial': (lambda: x.max(initial=10.0), lambda: ops.amax(x, initial=10.0)),
    'max/return_indices': (lambda: x.max(axis=1, return_indices=True), lambda: ops.max(x, 1)),
    'min': (lambda: x.min(), lambda: ops.amin(x)),
    'min/dim': (lambda: x.min(1), lambda: ops.min(x, 1)),
    'min/axis': (lambda: x.min(axis=0, keepdims=True), lambda: ops.amin(x, 0, True)),
    'min/return_indices': (lambda: x.min(axis=0, return_indices=True), lambda: ops.min(x, 0)),
    'amax': (lambda: x.amax(1), lambda: ops.amax(x, 1)),
    'amin': (lambda: x.amin(0, True), lambda: ops.amin(x, 0, True)),
    'argmax': (lambda: x.argmax(), lambda: ops.argmax(x)),
    'argmax/axis': (lambda: x.argmax(axis=1, keepdims=True), lambda: ops.argmax(x, 1, True)),
    'argmax/dim': (lambda: x.argmax(dim=0), lambda: ops.argmax(x, 0)),
    'argmin': (lambda: x.argmin(1), lambda: ops.argmin(x, 1)),
    'argmin/dim': (lambda: x.argmin(dim=1, keepdim=True), lambda: ops.argmin(x, 1, True)),
    'std': (lambda: x.std(), lambda: ops.std(x)),
    'std/ddof': (lambda: x.std(0, 1), lambda: ops.std(x, 0, 1)),
    'std/dim': (lambda: x.std(dim=1, keepdim=True), lambda: ops.std(x, 1, 0, True)),
    'std/correction': (lambda: x.std(dim=0, correction=1), lambda: ops.std(x, 0, 1)),
    'var': (lambda: x.var(1), lambda: ops.var(x, 1)),
    'var/ddof': (lambda: x.var(axis=0, ddof=1, keepdims=True), lambda: ops.var(x, 0, 1, True)),
    'var/dim': (lambda: x.var(dim=1), lambda: ops.var(x, 1, 1)),
    'logsumexp': (lambda: x.logsumexp(1), lambda: ops.logsumexp(x, 1)),
    'norm': (lambda: x.norm(), lambda: ops.norm(x)),
    'norm/dim': (lambda: x.norm(1, dim=1), lambda: ops.norm(x, 1, 1)),
    'cumsum': (lambda: x.cumsum(1), lambda: ops.cumsum(x, 1)),
    'cumsum/all': (lambda: x.cumsum(), lambda: ops.cumsum(ops.reshape(x, (-1,)), 0)),
    'cumsum/dim': (lambda: x.cumsum(dim=0, dtype=ms.float64), lambda: ops.cumsum(x, 0, ms.float64)),
    'cumprod': (lambda: x.cumprod(1), lambda: ops.cumprod(x, 1)),
    'cummax': (lambda: x.cummax(1), lambda: ops.cummax(x, 1)),
    'cummin': (lambda: x.cummin(0), lambda: ops.cummin(x, 0)),
    'all': (lambda: b.all(), lambda: ops.all(b)),
    'all/dim': (lambda: b.all(dim=1, keepdim=True), lambda: ops.all(b, 1, True)),
    'any': (lambda: b.any(1), lambda: ops.any(b, 1)),
    'any/axis': (lambda: b.any(axis=0, keep_dims=True), lambda: ops.any(b, 0, True)),
    'count_nonzero': (lambda: x.count_nonzero(), lambda: ops.count_nonzero(x)),
    'count_nonzero/axis': (lambda: x.count_nonzero(1), lambda: ops.count_nonzero(x, 1)),
    'count_nonzero/dim': (lambda: x.count_nonzero(dim=0), lambda: ops.count_nonzero(x, 0)),
    'median': (lambda: x.median(), lambda: ops.median(x)),
    'median/dim': (lambda: x.median(dim=0, keepdim=True), lambda: ops.median(x, 0, True)),
    'topk': (lambda: x.topk(2), lambda: ops.topk(x, 2)),
    'topk/dim': (lambda: x.topk(1, dim=0, largest=False), lambda: ops.topk(x, 1, 0, False)),
    'sort': (lambda: x.sort(), lambda: ops.sort(x)),
    'sort/dim': (lambda: x.sort(dim=0, descending=True, stable=True),
                 lambda: ops.sort(x, 0, True)),
    'argsort': (lambda: x.argsort(), lambda: ops.argsort(x)),
    'argsort/dim': (lambda: x.argsort(dim=0, descending=True), lambda: ops.argsort(x, 0, True)),
    'unique': (lambda: j.unique(), lambda: ops.sort(ops.unique(j)[0])[0]),
    # ---- shape ----
    'reshape': (lambda: x.reshape(3, 2), lambda: ops.reshape(x, (3, 2))),
    'reshape/tuple': (lambda: x.reshape((3, -1)), lambda: ops.reshape(x, (3, 2))),
    'reshape/kw': (lambda: x.reshape(shape=[6]), lambda: ops.reshape(x, (6,))),
    'reshape_as': (lambda: x.reshape_as(y.T), lambda: ops.reshape(x, (3, 2))),
    'ravel': (lambda: x.ravel(), lambda: ops.reshape(x, (-1,))),
    'view': (lambda: x.view(3, 2), lambda: ops.reshape(x, (3, 2))),
    'view/tuple': (lambda: x.view((-1,)), lambda: ops.reshape(x, (6,))),
    'view_as': (lambda: x.view_as(y.T), lambda: ops.reshape(x, (3, 2))),
    'flatten': (lambda: x3.flatten(), lambda: ops.flatten(x3, start_dim=0)),
    'flatten/start': (lambda: x3.flatten(1), lambda: ops.flatten(x3)),
    'flatten/kw': (lambda: x3.flatten(start_dim=0, end_dim=1), lambda: ops.reshape(x3, (6, 4))),
    'flatten/order': (lambda: x3.flatten('C'), lambda: ops.reshape(x3, (-1,))),
    'squeeze': (lambda: x3[:1, :, 1:2].squeeze(), lambda: ops.squeeze(x3[:1, :, 1:2])),
    'squeeze/axis': (lambda: x3[:1].squeeze(0), lambda: ops.squeeze(x3[:1], 0)),
    'squeeze/tuple': (lambda: x3[:1, :, :1].squeeze((0, 2)),
                      lambda: ops.reshape(x3[0, :, 0], (3,))),
    'unsqueeze': (lambda: x.unsqueeze(1), lambda: ops.expand_dims(x, 1)),
    'expand_dims': (lambda: x.expand_dims(-1), lambda: ops.expand_dims(x, -1)),
    'transpose': (lambda: x3.transpose(), lambda: ops.transpose(x3, (2, 1, 0))),
    'transpose/perm': (lambda: x3.transpose(2, 0, 1), lambda: ops.transpose(x3, (2, 0, 1))),
    'transpose/tuple': (lambda: x3.transpose((1, 2, 0)), lambda: ops.transpose(x3, (1, 2, 0))),
    'transpose/swap': (lambda: x3.transpose(0, 1), lambda: ops.transpose(x3, (1, 0, 2))),
    'transpose/swap2d': (lambda: x.transpose(0, 1), lambda: ops.transpose(x, (1, 0))),
    'transpose/dims': (lambda: x3.transpose(dim0=-1, dim1=0), lambda: ops.transpose(x3, (2, 1, 0))),
    'permute': (lambda: x3.permute(2, 0, 1), lambda: ops.permute(x3, (2, 0, 1))),
    'permute/tuple': (lambda: x3.permute((1, 0, 2)), lambda: ops.permute(x3, (1, 0, 2))),
    'permute/dims': (lambda: x3.permute(dims=(1, 0, 2)), lambda: ops.permute(x3, (1, 0, 2))),
    'T': (lambda: x3.T, lambda: ops.transpose(x3, (2, 1, 0))),
    'mT': (lambda: x3.mT, lambda: ops.transpose(x3, (0, 2, 1))),
    't': (lambda: x.t(), lambda: ops.t(x)),
    'swapaxes': (lambda: x3.swapaxes(0, 2), lambda: ops.swapaxes(x3, 0, 2)),
    'swapdims': (lambda: x3.swapdims(0, 2), lambda: ops.swapaxes(x3, 0, 2)),
    'moveaxis': (lambda: x3.moveaxis(0, 2), lambda: ops.moveaxis(x3, 0, 2)),
    'movedim': (lambda: x3.movedim(0, 2), lambda: ops.movedim(x3, 0, 2)),
    'broadcast_to': (lambda: v.broadcast_to(2, 3), lambda: ops.broadcast_to(v, (2, 3))),
    'broadcast_to/tuple': (lambda: v.broadcast_to((2, -1)), lambda: ops.broadcast_to(v, (2, 3))),
    'expand': (lambda: v.expand(2, 3), lambda: ops.broadcast_to(v, (2, 3))),
    'expand/tensor': (lambda: v.expand(Tensor([2, 3])), lambda: ops.broadcast_to(v, (2, 3))),
    'expand_as': (lambda: v.expand_as(x), lambda: ops.broadcast_to(v, (2, 3))),
    'tile': (lambda: x.tile((2, 1)), lambda: ops.tile(x, (2, 1))),
    'tile/varargs': (lambda: x.tile(1, 2), lambda: ops.tile(x, (1, 2))),
    'tile/reps': (lambda: x.tile(reps=(2, 2)), lambda: ops.tile(x, (2, 2))),
    'repeat': (lambda: x.repeat(2, 1, 2), lambda: ops.tile(x, (2, 1, 2))),
    'repeat_interleave': (lambda: x.repeat_interleave(2), lambda: ops.repeat_interleave(x, 2)),
    'repeat_interleave/dim': (lambda: x.repeat_interleave(2, dim=1),
                              lambda: ops.repeat_interleave(x, 2, 1)),
    'split': (lambda: x.split(1), lambda: ops.split(x, 1)),
    'split/dim': (lambda: x.split([1, 2], dim=1), lambda: ops.split(x, [1, 2], 1)),
    'split/kw': (lambda: x.split(split_size_or_sections=2, axis=1), lambda: ops.split(x, 2, 1)),
    'chunk': (lambda: x.chunk(2, 1), lambda: ops.chunk(x, 2, 1)),
    'chunk/dim': (lambda: x.chunk(2, dim=1), lambda: ops.chunk(x, 2, 1)),
    'tensor_split': (lambda: x.tensor_split(2, 1), lambda: ops.tensor_split(x, 2, 1)),
    'unbind': (lambda: x.unbind(1), lambda: ops.unbind(x, 1)),
    # ---- indexing ----
    'gather': (lambda: x.gather(Tensor([0, 2]), 1), lambda: ops.gather(x, Tensor([0, 2]), 1)),
    'gather/dim': (lambda: x.gather(1, idx), lambda: ops.gather_elements(x, 1, idx)),
    'gather/kw': (lambda: x.gather(dim=1, index=idx), lambda: ops.gather_elements(x, 1, idx)),
    'gather_elements': (lambda: x.gather_elements(1, idx), lambda: ops.gather_elements(x, 1, idx)),
    'index_select': (lambda: x.index_select(1, Tensor([0, 2])),
                     lambda: ops.index_select(x, 1, Tensor([0, 2]))),
    'index_select/dim': (lambda: x.index_select(dim=1, index=Tensor([2])),
                         lambda: ops.index_select(x, 1, Tensor([2]))),
    'masked_select': (lambda: x.masked_select(mask), lambda: ops.masked_select(x, mask)),
    'scatter': (lambda: x.scatter(1, idx, y[:, :2]), lambda: ops.scatter(x, 1, idx, y[:, :2])),
    'scatter/dim': (lambda: x.scatter(dim=1, index=idx, src=y[:, :2]),
                    lambda: ops.scatter(x, 1, idx, y[:, :2])),
    'scatter_add': (lambda: x.scatter_add(1, idx, y[:, :2]),
                    lambda: ops.tensor_scatter_elements(x, idx, y[:, :2], 1, 'add')),
    'scatter_add/indices': (lambda: x.copy().scatter_add(Tensor([1, 0]), y),  # in place
                            lambda: ops.scatter_add(x.copy(), Tensor([1, 0]), y)),
    'narrow': (lambda: x.narrow(1, 1, 2), lambda: ops.narrow(x, 1, 1, 2)),
    'select': (lambda: x.select(1, 2), lambda: x[:, 2]),
    'select/kw': (lambda: x.select(dim=0, index=-1), lambda: x[-1]),
    'select/condition': (lambda: x.select(mask, y), lambda: ops.where(mask, x, y)),
    'flip': (lambda: x.flip((1,)), lambda: ops.flip(x, (1,))),
    'roll': (lambda: x.roll(1, 1), lambda: ops.roll(x, 1, 1)),
    # ---- linear algebra ----
    'matmul': (lambda: x.matmul(y.T), lambda: ops.matmul(x, y.T)),
    'mm': (lambda: x.mm(y.T), lambda: ops.mm(x, y.T)),
    'bmm': (lambda: x3.bmm(x3.mT), lambda: ops.bmm(x3, x3.mT)),
    'baddbmm': (lambda: x3[:, :, :3].baddbmm(x3, x3.mT, beta=0.5),
                lambda: ops.baddbmm(x3[:, :, :3], x3, x3.mT, beta=0.5)),
    'addmm': (lambda: m.addmm(m, m, alpha=2), lambda: ops.addmm(m, m, m, alpha=2)),
    'dot': (lambda: x.dot(y.T), lambda: ops.dot(x, y.T)),
    'inner': (lambda: x.inner(y), lambda: ops.inner(x, y)),
    'outer': (lambda: v.outer(v), lambda: ops.outer(v, v)),
    'cross': (lambda: x.cross(y, dim=1), lambda: ops.cross(x, y, 1)),
    'det': (lambda: m.det(), lambda: ops.det(m)),
    'inverse': (lambda: m.inverse(), lambda: ops.inverse(m)),
    'softmax': (lambda: x.softmax(0), lambda: ops.softmax(x, 0)),
    'softmax/dtype': (lambda: x.softmax(-1, ms.float64),
                      lambda: ops.softmax(x, -1, dtype=ms.float64)),
    'unfold': (lambda: img.unfold(2), lambda: ops.unfold(img, 2)),
    'fold': (lambda: ops.unfold(img, 2).fold(Tensor([3, 3], ms.int32), 2),
             lambda: ops.fold(ops.unfold(img, 2), Tensor([3, 3], ms.int32), 2)),
    # ---- types and copies ----
    'astype': (lambda: x.astype(ms.int32), lambda: ops.cast(x, ms.int32)),
    'astype/name': (lambda: x.astype('float64'), lambda: ops.cast(x, ms.float64)),
    'to': (lambda: x.to(ms.float64), lambda: ops.cast(x, ms.float64)),
    'to/kw': (lambda: x.to(dtype=ms.int64), lambda: ops.cast(x, ms.int64)),
    'to/tensor': (lambda: x.to(i), lambda: ops.cast(x, ms.int64)),
    'to/device': (lambda: x.to('cpu'), lambda: x),
    'type_as': (lambda: x.type_as(i), lambda: ops.cast(x, ms.int64)),
    'float': (lambda: i.float(), lambda: ops.cast(i, ms.float32)),
    'half': (lambda: x.half(), lambda: ops.cast(x, ms.float16)),
    'double': (lambda: x.double(), lambda: ops.cast(x, ms.float64)),
    'int': (lambda: x.int(), lambda: ops.cast(x, ms.int32)),
    'long': (lambda: x.long(), lambda: ops.cast(x, ms.int64)),
    'bool': (lambda: x.bool(), lambda: ops.cast(x, ms.bool_)),
    'copy': (lambda: x.copy(), lambda: ops.identity(x)),
    'clone': (lambda: x.clone(), lambda: ops.identity(x)),
    'contiguous': (lambda: x.contiguous(), lambda: x),
    'is_contiguous': (lambda: Tensor(x.is_contiguous()), lambda: Tensor(True)),
    'new_zeros': (lambda: i.new_zeros((2, 2)), lambda: ops.zeros((2, 2), ms.int64)),
    'new_ones': (lambda: x.new_ones(3, dtype=ms.int32), lambda: ops.ones(3, ms.int32)),
    'new_full': (lambda: x.new_full((2,), 7), lambda: ops.full((2,), 7, dtype=ms.float32)),
    # ---- in place ----
    'add_': in_place(lambda t: t.add_(y, alpha=2), lambda: ops.add(x, y * 2)),
    'sub_': in_place(lambda t: t.sub_(y), lambda: ops.sub(x, y)),
    'mul_': in_place(lambda t: t.mul_(y), lambda: ops.mul(x, y)),
    'div_': in_place(lambda t: t.div_(y), lambda: ops.div(x, y)),
    'div_/rounding': in_place(lambda t: t.div_(y, rounding_mode='floor'),
                              lambda: ops.div(x, y, rounding_mode='floor')),
    'fill_': in_place(lambda t: t.fill_(2.5), lambda: ops.full_like(x, 2.5)),
    'fill_/tensor': in_place(lambda t: t.fill_(Tensor([4.0])), lambda: ops.full_like(x, 4.0)),
    'zero_': in_place(lambda t: t.zero_(), lambda: ops.zeros_like(x)),
}


def _outputs(out):
    return list(out) if isinstance(out, (tuple, list)) else [out]


def test_every_listed_method_exists():
    missing = [name for name in LISTED if not hasattr(Tensor, name)]
    assert not missing, f'Tensor lacks the methods {missing}'


def test_every_method_of_the_tables_has_a_case():
    covered = {name.split('/')[0] for name in CASES}
    assert not set(_methods.method_names()) - covered


@pytest.mark.parametrize('name', sorted(CASES))
def test_method_matches_function(name):
    method, function = CASES[name]
    got, want = _outputs(method()), _outputs(function())
    assert len(got) == len(want)
    for a, e in zip(got, want):
        assert isinstance(a, Tensor) and a.dtype == e.dtype and a.shape == e.shape, (a, e)
        np.testing.assert_allclose(a.asnumpy().astype(np.float64),
                                   e.asnumpy().astype(np.float64), rtol=1e-6, atol=1e-7)


def test_methods_are_the_functions():
    assert Tensor.abs is ops.abs and Tensor.exp is ops.exp and Tensor.absolute is ops.abs
    assert Tensor.matmul is ops.matmul and Tensor.clone is ops.identity


def test_methods_are_differentiable():
    def f(a):
        return (a.reshape(3, 2).T.sum(1) * a.mean()).sum() + a.max() + a.transpose(1, 0).exp().sum()

    def f_ops(a):
        return ((ops.sum(ops.transpose(ops.reshape(a, (3, 2)), (1, 0)), 1) * ops.mean(a)).sum()
                + ops.amax(a) + ops.sum(ops.exp(ops.transpose(a, (1, 0)))))
    np.testing.assert_allclose(ms.grad(f)(x).asnumpy(), ms.grad(f_ops)(x).asnumpy(), rtol=1e-6)


@pytest.mark.parametrize('fn,expected', [
    (lambda: x.max(1), tuple), (lambda: x.max(axis=1), Tensor), (lambda: x.max(), Tensor),
    (lambda: x.min(0, True), tuple), (lambda: x.max(axis=0, return_indices=True), tuple),
])
def test_max_min_return_structure(fn, expected):
    assert isinstance(fn(), expected)


def test_properties_and_plain_methods():
    assert x.shape == (2, 3) and x.size == 6 and x.ndim == 2 and x.dtype == ms.float32
    assert x.nelement() == 6 and x.numel() == 6 and x.dim() == 2
    assert x.tolist() == [[0.5, 1.5, 2.5], [-1.0, 0.25, 3.0]] and one.item() == 1.0
    assert isinstance(x.asnumpy(), np.ndarray) and x.is_contiguous() and x.contiguous() is x
    assert x.init_data() is x and x.to() is x and x.copy() is not x
    assert Tensor([1.0]).view(ms.int32).tolist() == [1065353216]
    assert x.to(ms.float32, copy=True) is not x


def test_unique_forms():
    t = Tensor([[3, 1], [3, 2]])
    out, inverse, counts = t.unique(return_inverse=True, return_counts=True)
    assert out.tolist() == [1, 2, 3] and inverse.tolist() == [[2, 0], [2, 1]]
    assert counts.tolist() == [1, 1, 2] and inverse.dtype == ms.int64
    rows = Tensor([[1, 2], [1, 2], [0, 5]]).unique(dim=0)
    assert rows.tolist() == [[0, 5], [1, 2]]


def test_in_place_keeps_dtype_and_shape():
    t = Tensor([1, 2, 3])
    assert t.add_(1.5) is t and t.dtype == ms.int64 and t.tolist() == [2, 3, 4]
    with pytest.raises(RuntimeError, match=r"For 'add_', the shape of the result \[2, 3\] does "
                                           r"not match the shape of the tensor \[3\]"):
        Tensor([1.0, 2.0, 3.0]).add_(ops.ones((2, 3)))


def test_random_methods():
    probs = Tensor(np.full(20_000, 0.25, np.float32)).bernoulli()
    assert probs.dtype == ms.float32 and abs(probs.asnumpy().mean() - 0.25) < 0.02
    assert Tensor(np.full(3, 0.5, np.float16)).bernoulli().dtype == ms.float16
    w = Tensor(np.zeros((4, 5))).uniform(-2.0, -1.0)
    assert w.dtype == ms.float64 and (w.asnumpy() >= -2).all() and (w.asnumpy() < -1).all()


@pytest.mark.parametrize('fn,error,text', [
    (lambda: Tensor([1.0, 2.0]).diag(1), ValueError,
     "For 'Tensor.diag', the argument 'diagonal' should be '0', but got 1."),
    (lambda: Tensor([1.0]).mT, ValueError, "For 'Tensor.mT', the tensor must have at least 2"),
    (lambda: x.type_as(np.zeros(2)), TypeError, "'other' must be a Tensor"),
    (lambda: x.repeat(2), RuntimeError, "For 'repeat', the number of elements of 'repeats'"),
    (lambda: x.fill_(Tensor([1.0, 2.0])), RuntimeError, "it should be 0-D or 1-D with shape [1]"),
    (lambda: Tensor([1, 0]).bernoulli(), TypeError, "But got Int64."),
    (lambda: x.uniform(2.0, 1.0), TypeError, "'from_' must not be larger than 'to'"),
    (lambda: x.softmax(), TypeError, "missing 1 required positional argument: 'axis'"),
    (lambda: x.sum(0, True, keepdims=True), TypeError, "unexpected keyword argument"),
])
def test_errors(fn, error, text):
    with pytest.raises(error) as info:
        fn()
    assert text in str(info.value)
