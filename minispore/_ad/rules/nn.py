"""vjp and jvp rules of the neural-network primitives: softmax and the fused cross entropy."""
from ..._core.primitive import bind
from ...ops import functional as F
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


# ---- softmax: d out = out * (d x - sum(out * d x));
# log_softmax: d out = d x - sum(softmax * d x) ----
def _softmax_vjp(ct, out, x, axis):
    return out * (ct - F.sum(ct * out, axis, True))


def _softmax_jvp(primals, tangents, axis):
    out = bind(P.softmax_p, primals[0], axis=axis)
    return out, _softmax_vjp(tangents[0], out, primals[0], axis)


def _log_softmax_vjp(ct, out, x, axis):
    return ct - F.exp(out) * F.sum(ct, axis, True)


def _log_softmax_jvp(primals, tangents, axis):
    out = bind(P.log_softmax_p, primals[0], axis=axis)
    x_dot = tangents[0]
    return out, x_dot - F.sum(F.exp(out) * x_dot, axis, True)


vjp_rules[P.softmax_p] = (_softmax_vjp,)
jvp_rules[P.softmax_p] = _softmax_jvp
vjp_rules[P.log_softmax_p] = (_log_softmax_vjp,)
jvp_rules[P.log_softmax_p] = _log_softmax_jvp


# ---- softmax_cross_entropy(x, labels) = (loss, exps, sums): loss = log(sums) + c - x[labels],
# exps = exp(x - c) with c constant, sums = sum(exps, 1). Its derivative in x goes through
# softmax_cross_entropy_grad(exps, a, b, labels) = exps * a[:, None] - b at the labels, which is
# linear in exps and in (a, b) ----
def _at_labels(t, labels):
    """`t[i, labels[i]]` for each row i of the (N, C) `t`, by ops on `labels` (so batched
    labels are batched too)."""
    index = F.expand_dims(F.remainder(labels, t.shape[1]), 1)
    return F.reshape(F._take_along(t, index, 1), labels.shape)


def _sce_grad(exps, a, b, labels):
    return bind(P.softmax_cross_entropy_grad_p, exps, a, b, labels)


def _softmax_cross_entropy_vjp(ct, out, x, labels):
    ct_loss, ct_exps, ct_sums = ct
    _, exps, sums = out
    ct_x = None
    if ct_loss is not None or ct_sums is not None:
        b = F.zeros_like(sums) if ct_loss is None else ct_loss
        a = ct_sums if ct_loss is None else ct_loss / sums
        if ct_loss is not None and ct_sums is not None:
            a = a + ct_sums
        ct_x = _sce_grad(exps, a, b, labels)
    if ct_exps is not None:
        ct_x = ct_exps * exps if ct_x is None else ct_x + ct_exps * exps
    return ct_x


def _softmax_cross_entropy_jvp(primals, tangents):
    x, labels = primals
    out = loss, exps, sums = bind(P.softmax_cross_entropy_p, x, labels)
    exps_dot = exps * tangents[0]
    sums_dot = F.sum(exps_dot, 1)
    loss_dot = sums_dot / sums - _at_labels(tangents[0], labels)
    return out, (loss_dot, exps_dot, sums_dot)


vjp_rules[P.softmax_cross_entropy_p] = (_softmax_cross_entropy_vjp, None)
jvp_rules[P.softmax_cross_entropy_p] = _softmax_cross_entropy_jvp

vjp_rules[P.softmax_cross_entropy_grad_p] = (
    lambda ct, out, exps, a, b, labels: ct * F.reshape(a, (a.shape[0], 1)),
    lambda ct, out, exps, a, b, labels: F.sum(ct * exps, 1),
    lambda ct, out, exps, a, b, labels: F.neg(_at_labels(ct, labels)),
    None)


def _sce_grad_jvp(primals, tangents):
    (exps, a, b, labels), (exps_dot, a_dot, b_dot, _) = primals, tangents
    out_dot = None
    if exps_dot is not None or b_dot is not None:
        out_dot = _sce_grad(F.zeros_like(exps) if exps_dot is None else exps_dot, a,
                            F.zeros_like(b) if b_dot is None else b_dot, labels)
    if a_dot is not None:
        part = _sce_grad(exps, a_dot, F.zeros_like(b), labels)
        out_dot = part if out_dot is None else out_dot + part
    return _sce_grad(exps, a, b, labels), out_dot


jvp_rules[P.softmax_cross_entropy_grad_p] = _sce_grad_jvp
