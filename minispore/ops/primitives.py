"""The closed set of primitives: every op is composed from them, every transform has their rules."""
from .._core.primitive import Primitive

# ---- elementwise, one input ----
neg_p = Primitive('neg')
exp_p = Primitive('exp')
log_p = Primitive('log')
sin_p = Primitive('sin')
cos_p = Primitive('cos')
tanh_p = Primitive('tanh')
sqrt_p = Primitive('sqrt')
abs_p = Primitive('abs')
sign_p = Primitive('sign')
sigmoid_p = Primitive('sigmoid')
softplus_p = Primitive('softplus')
relu_p = Primitive('relu')
floor_p = Primitive('floor')
logical_not_p = Primitive('logical_not')

# ---- elementwise, two inputs (NumPy broadcasting, MindSpore type promotion) ----
add_p = Primitive('add')
sub_p = Primitive('sub')
mul_p = Primitive('mul')
div_p = Primitive('div')
pow_p = Primitive('pow')
maximum_p = Primitive('maximum')
minimum_p = Primitive('minimum')
floor_divide_p = Primitive('floor_divide')
remainder_p = Primitive('remainder')
equal_p = Primitive('equal')
not_equal_p = Primitive('not_equal')
less_p = Primitive('less')
less_equal_p = Primitive('less_equal')
greater_p = Primitive('greater')
greater_equal_p = Primitive('greater_equal')
logical_and_p = Primitive('logical_and')
logical_or_p = Primitive('logical_or')
logical_xor_p = Primitive('logical_xor')

# ---- elementwise, three or four inputs ----
select_p = Primitive('select')
# Binary cross entropy on logits and its derivative in the logits: fused, since composed they
# take about ten ops each and this loss sits in many training steps.
bce_with_logits_p = Primitive('bce_with_logits')
bce_with_logits_grad_p = Primitive('bce_with_logits_grad')

# ---- reductions ----
reduce_sum_p = Primitive('reduce_sum')
reduce_mean_p = Primitive('reduce_mean')
reduce_max_p = Primitive('reduce_max')
reduce_min_p = Primitive('reduce_min')
reduce_prod_p = Primitive('reduce_prod')
reduce_all_p = Primitive('reduce_all')
reduce_any_p = Primitive('reduce_any')
argmax_p = Primitive('argmax')
argmin_p = Primitive('argmin')

# ---- shape and indexing ----
reshape_p = Primitive('reshape')
transpose_p = Primitive('transpose')
broadcast_to_p = Primitive('broadcast_to')
concat_p = Primitive('concat')
getitem_p = Primitive('getitem')
index_add_p = Primitive('index_add')

# ---- linear algebra ----
matmul_p = Primitive('matmul')

# ---- types and gradient control ----
cast_p = Primitive('cast', promote=False)
identity_p = Primitive('identity')
stop_gradient_p = Primitive('stop_gradient')
custom_vjp_call_p = Primitive('custom_vjp_call', multiple_results=True)

# ---- softmax (nn): one pass each, stable (max subtracted); composed they take five ops ----
softmax_p = Primitive('softmax')
log_softmax_p = Primitive('log_softmax')
# Cross entropy of logits x (N, C) with class indices (N,): (loss (N,), exps (N, C), sums (N,)),
# exps = exp(x - c) for a per-row constant c and sums their row sums, so that the softmax is
# exps / sums and the derivative needs neither a second exp nor a normalising pass. The
# derivative in x, exps * a[:, None] - b at the labels, is one pass as a primitive.
softmax_cross_entropy_p = Primitive('softmax_cross_entropy', multiple_results=True)
softmax_cross_entropy_grad_p = Primitive('softmax_cross_entropy_grad')

# ---- sliding windows (conv, pooling, unfold/fold): convolution is im2col then one matmul,
# whose input the backward pass reuses; col2im is im2col's transpose. The window arg-max
# primitives give the index that max pooling gathers with (its cotangent goes there). ----
im2col_p = Primitive('im2col')
col2im_p = Primitive('col2im')
max_pool_index_p = Primitive('max_pool_index')
adaptive_max_index_p = Primitive('adaptive_max_index')

# ---- elementwise math (math_func): one NumPy call each, where composing would lose accuracy
# (expm1, log1p, erf ...) or speed ----
tan_p = Primitive('tan')
asin_p = Primitive('asin')
acos_p = Primitive('acos')
atan_p = Primitive('atan')
sinh_p = Primitive('sinh')
cosh_p = Primitive('cosh')
asinh_p = Primitive('asinh')
acosh_p = Primitive('acosh')
atanh_p = Primitive('atanh')
expm1_p = Primitive('expm1')
log1p_p = Primitive('log1p')
erf_p = Primitive('erf')
erfc_p = Primitive('erfc')
erfinv_p = Primitive('erfinv')
ceil_p = Primitive('ceil')
round_p = Primitive('round')
trunc_p = Primitive('trunc')
isnan_p = Primitive('isnan')
isinf_p = Primitive('isinf')
isfinite_p = Primitive('isfinite')
atan2_p = Primitive('atan2')
fmod_p = Primitive('fmod')
hypot_p = Primitive('hypot')
logaddexp_p = Primitive('logaddexp')
bitwise_and_p = Primitive('bitwise_and')
bitwise_or_p = Primitive('bitwise_or')
bitwise_xor_p = Primitive('bitwise_xor')
is_close_p = Primitive('is_close')            # params rtol, atol, equal_nan
nan_to_num_p = Primitive('nan_to_num')        # params nan, posinf, neginf

# ---- scans, sorting, linear algebra (reduction_func, linalg_func) ----
# Cumulative sum/product along `axis`; `exclusive` shifts by one, `reverse` runs from the end
# (the vjp of a scan is the scan the other way).
cumsum_p = Primitive('cumsum')
cumprod_p = Primitive('cumprod')
# Index of the running max/min along `axis` (the latest one at ties); values gather with it.
cumargmax_p = Primitive('cumargmax')
cumargmin_p = Primitive('cumargmin')
argsort_p = Primitive('argsort')              # stable; params axis, descending
unique_p = Primitive('unique', multiple_results=True)    # (values, inverse); data-dependent
einsum_p = Primitive('einsum')                # param equation: explicit, no ellipsis
inverse_p = Primitive('inverse')
det_p = Primitive('det')
svd_p = Primitive('svd', multiple_results=True)          # (U, S, Vh), reduced

# ---- array manipulation, indexing, scattering (array_func, item assignment) ----
# `x` with `x[index] = value` applied, computed out of place (params index, basic as getitem).
setitem_p = Primitive('setitem')
# np.take along `axis` by an integer Tensor input, and its transpose: `updates` added into
# zeros of `shape` at the indices along `axis` (repeated indices summed).
gather_p = Primitive('gather')
scatter_add_p = Primitive('scatter_add')
# `x` cut along `axis` at `indices` (np.split): views forward, one concat backward.
split_p = Primitive('split', multiple_results=True)

ALL = tuple(v for k, v in sorted(globals().items()) if k.endswith('_p'))
