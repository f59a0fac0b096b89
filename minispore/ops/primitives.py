"""The closed set of primitives; every op is composed from these, every transform has a rule for each."""
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

ALL = tuple(v for k, v in sorted(globals().items()) if k.endswith('_p'))
