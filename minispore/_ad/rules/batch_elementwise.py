"""Batching rules of the elementwise primitives, casts, identity and stop_gradient."""
from ..._core.primitive import bind
from ...ops import primitives as P
from .batching import batch_rules, example_ndim, insert_ones, move_axis


def _unary(prim):
    def rule(vals, bdims, **params):
        return bind(prim, vals[0], **params), bdims[0]
    return rule


def _nary(prim):
    """NumPy broadcasting per example: batch axes first, and each batched operand of lower
    rank padded with ones after its batch axis, so that its example dims align to the right
    as an unbatched operand's do."""
    def rule(vals, bdims, **params):
        ranks = [example_ndim(v, d) for v, d in zip(vals, bdims)]
        rank = max(ranks)
        batched = {(d, r) for d, r in zip(bdims, ranks) if d is not None}
        if len(batched) == 1:
            (d, r), = batched
            if r == rank and all(q <= rank - d for q, e in zip(ranks, bdims) if e is None):
                return bind(prim, *vals, **params), d
        vals = [v if d is None else insert_ones(move_axis(v, d, 0), 1, rank - r)
                for v, d, r in zip(vals, bdims, ranks)]
        return bind(prim, *vals, **params), 0
    return rule


_UNARY = (P.neg_p, P.exp_p, P.log_p, P.sin_p, P.cos_p, P.tanh_p, P.sqrt_p, P.abs_p, P.sign_p,
          P.sigmoid_p, P.softplus_p, P.relu_p, P.floor_p, P.logical_not_p,
          P.tan_p, P.asin_p, P.acos_p, P.atan_p, P.sinh_p, P.cosh_p, P.asinh_p, P.acosh_p,
          P.atanh_p, P.expm1_p, P.log1p_p, P.erf_p, P.erfc_p, P.erfinv_p, P.ceil_p, P.round_p,
          P.trunc_p, P.isnan_p, P.isinf_p, P.isfinite_p, P.nan_to_num_p,
          P.cast_p, P.identity_p, P.stop_gradient_p)
_NARY = (P.add_p, P.sub_p, P.mul_p, P.div_p, P.pow_p, P.maximum_p, P.minimum_p,
         P.floor_divide_p, P.remainder_p, P.equal_p, P.not_equal_p, P.less_p, P.less_equal_p,
         P.greater_p, P.greater_equal_p, P.logical_and_p, P.logical_or_p, P.logical_xor_p,
         P.atan2_p, P.fmod_p, P.hypot_p, P.logaddexp_p, P.bitwise_and_p, P.bitwise_or_p,
         P.bitwise_xor_p, P.is_close_p, P.select_p, P.bce_with_logits_p,
         P.bce_with_logits_grad_p)

for _p in _UNARY:
    batch_rules[_p] = _unary(_p)
for _p in _NARY:
    batch_rules[_p] = _nary(_p)
