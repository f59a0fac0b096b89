# Elementwise math of one input: values and result dtypes (float32, float16, float64, ints).
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([-2.5, -0.5, 0.0, 0.5, 1.5, 3.0])
u = Tensor([-0.9, -0.5, 0.0, 0.3, 0.8])
p = Tensor([0.25, 1.0, 2.0, 8.0])
h = Tensor(np.array([0.5, -1.5], np.float16))
d = Tensor(np.array([0.5, -1.5]))
i = Tensor(np.array([-3, 0, 4], np.int32))
for name, r in [
    ("exp2", ops.exp2(x)), ("expm1", ops.expm1(x)), ("expm1 small", ops.expm1(Tensor([1e-10, -1e-7]))),
    ("log2", ops.log2(p)), ("log10", ops.log10(p)), ("log1p", ops.log1p(u)),
    ("log1p small", ops.log1p(Tensor([1e-10]))), ("rsqrt", ops.rsqrt(p)), ("reciprocal", ops.reciprocal(x)),
    ("tan", ops.tan(x)), ("asin", ops.asin(u)), ("acos", ops.acos(u)), ("atan", ops.atan(x)),
    ("sinh", ops.sinh(x)), ("cosh", ops.cosh(x)), ("asinh", ops.asinh(x)),
    ("acosh", ops.acosh(Tensor([1.0, 1.5, 3.0]))), ("atanh", ops.atanh(u)),
    ("erf", ops.erf(x)), ("erfc", ops.erfc(x)), ("erfc tail", ops.erfc(Tensor([4.0, 5.0, 9.0]))),
    ("erfinv", ops.erfinv(u)), ("erfinv ends", ops.erfinv(Tensor([-1.0, 1.0]))),
    ("ceil", ops.ceil(x)), ("round", ops.round(x)), ("round halves", ops.round(Tensor([0.5, 1.5, 2.5, -0.5, -1.5]))),
    ("trunc", ops.trunc(x)),
    ("isnan", ops.isnan(Tensor([1.0, float('nan'), float('inf')]))),
    ("isinf", ops.isinf(Tensor([1.0, float('nan'), float('-inf')]))),
    ("isfinite", ops.isfinite(Tensor([1.0, float('nan'), float('inf')]))),
    ("f16 exp2", ops.exp2(h)), ("f16 asin", ops.asin(Tensor(np.array([0.5], np.float16)))),
    ("f16 sinh", ops.sinh(h)), ("f16 ceil", ops.ceil(h)), ("f16 round", ops.round(h)),
    ("f16 log10", ops.log10(Tensor(np.array([100.0], np.float16)))), ("f16 reciprocal", ops.reciprocal(h)),
    ("f64 erf", ops.erf(d)), ("f64 erfinv", ops.erfinv(Tensor(np.array([0.5])))), ("f64 tan", ops.tan(d)),
    ("f64 log1p", ops.log1p(d)), ("f64 ceil", ops.ceil(d)), ("f64 isinf", ops.isinf(d)),
    ("int exp2", ops.exp2(i)), ("int reciprocal", ops.reciprocal(i)), ("int round", ops.round(i)),
    ("int trunc", ops.trunc(i)), ("int isnan", ops.isnan(i)), ("int isfinite", ops.isfinite(i)),
    ("bool trunc", ops.trunc(Tensor([True, False]))), ("bool exp2", ops.exp2(Tensor([True, False]))),
    ("0-d tan", ops.tan(Tensor(0.5))), ("2-d erf", ops.erf(Tensor([[0.1, 0.2], [0.3, 0.4]]))),
]:
    print(name, r.dtype, repr(r))
