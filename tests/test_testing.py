"""check_grads must fail on a wrong rule, in each mode and at second order."""
import numpy as np
import pytest

from minispore import Tensor, ops
from minispore._ad.rules import jvp_rules, vjp_rules
from minispore.ops import primitives as P
from minispore.testing import check_grads

x = Tensor(np.linspace(-1.0, 1.5, 6))


def test_accepts_correct_rules():
    check_grads(lambda a: ops.sin(a) * a, (x,))


def test_rejects_a_wrong_vjp(monkeypatch):
    monkeypatch.setitem(vjp_rules, P.sin_p, (lambda ct, out, a: ct * ops.cos(a) * 1.01,))
    with pytest.raises(AssertionError, match='reverse mode'):
        check_grads(ops.sin, (x,), modes=('rev',))


def test_rejects_a_wrong_jvp(monkeypatch):
    monkeypatch.setitem(jvp_rules, P.sin_p,
                        lambda primals, tangents: (ops.sin(primals[0]), tangents[0]))
    with pytest.raises(AssertionError, match='forward mode'):
        check_grads(ops.sin, (x,), modes=('fwd',))


def test_rejects_a_rule_wrong_only_at_second_order(monkeypatch):
    # d/dx tanh = 1 - tanh^2 is right at first order if written with a constant copy of
    # out, but then its own derivative is wrong.
    monkeypatch.setitem(vjp_rules, P.tanh_p, (
        lambda ct, out, a: ct * (1 - ops.stop_gradient(out) ** 2),))
    check_grads(ops.tanh, (x,), modes=('rev',), order=1)
    with pytest.raises(AssertionError, match='order 2'):
        check_grads(ops.tanh, (x,), modes=('rev',), order=2)
