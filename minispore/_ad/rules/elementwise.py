"""vjp and jvp rules of the elementwise primitives (broadcasting is undone by the tape)."""
from ..._core.primitive import bind
from ...ops import functional as F
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


def _softplus(x):
    return bind(P.softplus_p, x)


def _add_tangents(a, b):
    if a is None:
        return b
    return a if b is None else a + b


# ---- one input: the rules are ct * d(out)/dx and x_dot * d(out)/dx ----
def defunary(prim, fn, deriv):
    """Rules of an elementwise `fn` whose derivative is `deriv(x, out)`."""
    vjp_rules[prim] = (lambda ct, out, x: ct * deriv(x, out),)

    def jvp(primals, tangents):
        (x,), (x_dot,) = primals, tangents
        out = fn(x)
        return out, x_dot * deriv(x, out)
    jvp_rules[prim] = jvp


def deflinear(prim, fn):
    """Rules of a linear elementwise `fn`: its transpose is itself."""
    vjp_rules[prim] = (lambda ct, out, x: fn(ct),)
    jvp_rules[prim] = lambda primals, tangents: (fn(primals[0]), fn(tangents[0]))


deflinear(P.neg_p, F.neg)
defunary(P.exp_p, F.exp, lambda x, out: out)
defunary(P.log_p, F.log, lambda x, out: 1 / x)
defunary(P.sin_p, F.sin, lambda x, out: F.cos(x))
defunary(P.cos_p, F.cos, lambda x, out: -F.sin(x))
defunary(P.tanh_p, F.tanh, lambda x, out: 1 - out * out)
defunary(P.sqrt_p, F.sqrt, lambda x, out: 0.5 / out)
defunary(P.abs_p, F.abs, lambda x, out: F.sign(x))
defunary(P.sigmoid_p, F.sigmoid, lambda x, out: out * (1 - out))
defunary(P.softplus_p, _softplus, lambda x, out: F.sigmoid(x))

vjp_rules[P.relu_p] = (lambda ct, out, x: F.where(x > 0, ct, 0),)
jvp_rules[P.relu_p] = lambda primals, tangents: (F.relu(primals[0]),
                                                  F.where(primals[0] > 0, tangents[0], 0))

for _p in (P.sign_p, P.floor_p, P.logical_not_p):
    vjp_rules[_p] = None
    jvp_rules[_p] = lambda primals, tangents, _p=_p: (bind(_p, *primals), None)


# ---- two inputs ----
vjp_rules[P.add_p] = (lambda ct, out, x, y: ct, lambda ct, out, x, y: ct)
vjp_rules[P.sub_p] = (lambda ct, out, x, y: ct, lambda ct, out, x, y: -ct)
vjp_rules[P.mul_p] = (lambda ct, out, x, y: ct * y, lambda ct, out, x, y: ct * x)
vjp_rules[P.div_p] = (lambda ct, out, x, y: ct / y, lambda ct, out, x, y: -ct * out / y)
vjp_rules[P.pow_p] = (lambda ct, out, x, y: ct * y * x ** (y - 1),
                      lambda ct, out, x, y: ct * out * F.log(F.where(x > 0, x, 1)))


def _share_of_x(x, y, sign):
    """1 where x is chosen, 0 where y is, 1/2 at ties (MindSpore splits ties)."""
    return (F.sign((x - y) * sign) + 1) * 0.5


vjp_rules[P.maximum_p] = (lambda ct, out, x, y: ct * _share_of_x(x, y, 1),
                          lambda ct, out, x, y: ct * _share_of_x(y, x, 1))
vjp_rules[P.minimum_p] = (lambda ct, out, x, y: ct * _share_of_x(x, y, -1),
                          lambda ct, out, x, y: ct * _share_of_x(y, x, -1))
vjp_rules[P.remainder_p] = (lambda ct, out, x, y: ct,
                            lambda ct, out, x, y: -ct * F.floor_divide(x, y))


def _jvp_add(primals, tangents):
    return F.add(*primals), _add_tangents(*tangents)


def _jvp_sub(primals, tangents):
    x_dot, y_dot = tangents
    return F.sub(*primals), _add_tangents(x_dot, None if y_dot is None else -y_dot)


def _jvp_mul(primals, tangents):
    (x, y), (x_dot, y_dot) = primals, tangents
    return x * y, _add_tangents(None if x_dot is None else x_dot * y,
                                None if y_dot is None else x * y_dot)


def _jvp_div(primals, tangents):
    (x, y), (x_dot, y_dot) = primals, tangents
    out = x / y
    return out, _add_tangents(None if x_dot is None else x_dot / y,
                              None if y_dot is None else -y_dot * out / y)


def _jvp_pow(primals, tangents):
    (x, y), (x_dot, y_dot) = primals, tangents
    out = x ** y
    return out, _add_tangents(None if x_dot is None else x_dot * y * x ** (y - 1),
                              None if y_dot is None else y_dot * out * F.log(F.where(x > 0, x, 1)))


def _jvp_extremum(fn, sign):
    def jvp(primals, tangents):
        (x, y), (x_dot, y_dot) = primals, tangents
        share = _share_of_x(x, y, sign)
        return fn(x, y), _add_tangents(None if x_dot is None else x_dot * share,
                                       None if y_dot is None else y_dot * (1 - share))
    return jvp


def _jvp_remainder(primals, tangents):
    (x, y), (x_dot, y_dot) = primals, tangents
    return F.remainder(x, y), _add_tangents(
        x_dot, None if y_dot is None else -y_dot * F.floor_divide(x, y))


jvp_rules[P.add_p] = _jvp_add
jvp_rules[P.sub_p] = _jvp_sub
jvp_rules[P.mul_p] = _jvp_mul
jvp_rules[P.div_p] = _jvp_div
jvp_rules[P.pow_p] = _jvp_pow
jvp_rules[P.maximum_p] = _jvp_extremum(F.maximum, 1)
jvp_rules[P.minimum_p] = _jvp_extremum(F.minimum, -1)
jvp_rules[P.remainder_p] = _jvp_remainder

for _p in (P.floor_divide_p, P.equal_p, P.not_equal_p, P.less_p, P.less_equal_p, P.greater_p,
           P.greater_equal_p, P.logical_and_p, P.logical_or_p, P.logical_xor_p):
    vjp_rules[_p] = None
    jvp_rules[_p] = lambda primals, tangents, _p=_p: (bind(_p, *primals), None)


# ---- select(cond, x, y) ----
vjp_rules[P.select_p] = (None,
                         lambda ct, out, c, x, y: F.where(c, ct, 0),
                         lambda ct, out, c, x, y: F.where(c, 0, ct))


def _jvp_select(primals, tangents):
    (c, x, y), (_, x_dot, y_dot) = primals, tangents
    return F.where(c, x, y), F.where(c, 0 if x_dot is None else x_dot,
                                     0 if y_dot is None else y_dot)


jvp_rules[P.select_p] = _jvp_select


# ---- binary cross entropy on logits: L = w * (lw * softplus(x) - pw * y * x),
# lw = pw * y - y + 1; dL/dx = w * (lw * sigmoid(x) - pw * y) is bce_with_logits_grad ----
def _bce(x, y, w, pw):
    return bind(P.bce_with_logits_p, x, y, w, pw)


def _bce_dx(x, y, w, pw):
    return bind(P.bce_with_logits_grad_p, x, y, w, pw)


vjp_rules[P.bce_with_logits_p] = (
    lambda ct, out, x, y, w, pw: ct * _bce_dx(x, y, w, pw),
    lambda ct, out, x, y, w, pw: ct * w * ((pw - 1) * _softplus(x) - pw * x),
    lambda ct, out, x, y, w, pw: ct * _bce(x, y, 1.0, pw),
    lambda ct, out, x, y, w, pw: ct * w * y * (_softplus(x) - x))


def _bce_dx_dx(x, y, w, pw):
    s = F.sigmoid(x)
    return w * (pw * y - y + 1) * s * (1 - s)


vjp_rules[P.bce_with_logits_grad_p] = (
    lambda ct, out, x, y, w, pw: ct * _bce_dx_dx(x, y, w, pw),
    lambda ct, out, x, y, w, pw: ct * w * ((pw - 1) * F.sigmoid(x) - pw),
    lambda ct, out, x, y, w, pw: ct * _bce_dx(x, y, 1.0, pw),
    lambda ct, out, x, y, w, pw: ct * w * y * (F.sigmoid(x) - 1))


def _jvp_from_vjp(prim, fn):
    """The jvp of an elementwise primitive whose vjp rules are ct times a partial derivative:
    the tangent is the sum of tangent times partial."""
    def jvp(primals, tangents):
        out = fn(*primals)
        out_dot = None
        for t, rule in zip(tangents, vjp_rules[prim]):
            if t is not None:
                out_dot = _add_tangents(out_dot, rule(t, out, *primals))
        return out, out_dot
    jvp_rules[prim] = jvp


_jvp_from_vjp(P.bce_with_logits_p, _bce)
_jvp_from_vjp(P.bce_with_logits_grad_p, _bce_dx)


# ---- elementwise math (math_func) ----
from ...ops import math_func as M  # noqa: E402

_TWO_OVER_SQRT_PI = 1.1283791670955126
_SQRT_PI_OVER_TWO = 0.88622692545275801

defunary(P.tan_p, M.tan, lambda x, out: 1 + out * out)
defunary(P.asin_p, M.asin, lambda x, out: 1 / F.sqrt(1 - x * x))
defunary(P.acos_p, M.acos, lambda x, out: -1 / F.sqrt(1 - x * x))
defunary(P.atan_p, M.atan, lambda x, out: 1 / (1 + x * x))
defunary(P.sinh_p, M.sinh, lambda x, out: M.cosh(x))
defunary(P.cosh_p, M.cosh, lambda x, out: M.sinh(x))
defunary(P.asinh_p, M.asinh, lambda x, out: 1 / F.sqrt(x * x + 1))
defunary(P.acosh_p, M.acosh, lambda x, out: 1 / F.sqrt((x - 1) * (x + 1)))
defunary(P.atanh_p, M.atanh, lambda x, out: 1 / (1 - x * x))
defunary(P.expm1_p, M.expm1, lambda x, out: out + 1)
defunary(P.log1p_p, M.log1p, lambda x, out: 1 / (1 + x))
defunary(P.erf_p, M.erf, lambda x, out: F.exp(-x * x) * _TWO_OVER_SQRT_PI)
defunary(P.erfc_p, M.erfc, lambda x, out: F.exp(-x * x) * -_TWO_OVER_SQRT_PI)
defunary(P.erfinv_p, M.erfinv, lambda x, out: F.exp(out * out) * _SQRT_PI_OVER_TWO)

for _p in (P.ceil_p, P.round_p, P.trunc_p, P.isnan_p, P.isinf_p, P.isfinite_p, P.bitwise_and_p,
           P.bitwise_or_p, P.bitwise_xor_p, P.is_close_p):
    vjp_rules[_p] = None
    jvp_rules[_p] = lambda primals, tangents, _p=_p, **params: (bind(_p, *primals, **params),
                                                                 None)


def _atan2_share(x, y):
    return 1 / (x * x + y * y)


vjp_rules[P.atan2_p] = (lambda ct, out, y, x: ct * x * _atan2_share(x, y),
                        lambda ct, out, y, x: -ct * y * _atan2_share(x, y))
vjp_rules[P.fmod_p] = (lambda ct, out, x, y: ct,
                       lambda ct, out, x, y: -ct * bind(P.trunc_p, x / y))
vjp_rules[P.hypot_p] = (lambda ct, out, x, y: ct * x / out, lambda ct, out, x, y: ct * y / out)
vjp_rules[P.logaddexp_p] = (lambda ct, out, x, y: ct * F.exp(x - out),
                            lambda ct, out, x, y: ct * F.exp(y - out))
for _p, _fn in ((P.atan2_p, M.atan2), (P.fmod_p, M.fmod), (P.hypot_p, M.hypot),
                (P.logaddexp_p, M.logaddexp)):
    _jvp_from_vjp(_p, _fn)


def _nan_to_num_vjp(ct, out, x, **params):
    return F.where(bind(P.isfinite_p, x), ct, 0)


def _jvp_nan_to_num(primals, tangents, **params):
    (x,), (x_dot,) = primals, tangents
    return bind(P.nan_to_num_p, x, **params), F.where(bind(P.isfinite_p, x), x_dot, 0)


vjp_rules[P.nan_to_num_p] = (_nan_to_num_vjp,)
jvp_rules[P.nan_to_num_p] = _jvp_nan_to_num
