"""The vjp and jvp rule tables, one entry per primitive, filled by the family modules below.

vjp_rules[p]: a tuple with one function per input, `f(ct, out, *inputs, **params) -> ct_input`
(None for an input with no gradient), or one function returning a tuple for all inputs;
None when `p` is not differentiable. jvp_rules[p]: `f(primals, tangents, **params) ->
(out, out_tangent)`, a tangent of None meaning zero.
"""
vjp_rules = {}
jvp_rules = {}

# importing the rule modules fills the tables
from . import elementwise, reduce, shape, linalg, control, nn, conv  # noqa: E402,F401
