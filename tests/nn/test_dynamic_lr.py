"""Dynamic learning-rate lists (nn.*_lr) and the NaturalExp/Inverse schedules against their formulas
and against real MindSpore 2.10 lists (goldens below; the conformance case sweep_lr_errors.py
covers the same functions end to end)."""
import math

import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn

# Lists printed by MindSpore 2.10 for the same calls.
MS_GOLDENS = [
    (lambda: nn.piecewise_constant_lr([2, 5, 10], [0.1, 0.05, 0.01]),
     [0.1, 0.1, 0.05, 0.05, 0.05, 0.01, 0.01, 0.01, 0.01, 0.01]),
    (lambda: nn.exponential_decay_lr(0.1, 0.9, 6, 2, 1),
     [0.1, 0.1, 0.09000000000000001, 0.09000000000000001, 0.08100000000000002, 0.08100000000000002]),
    (lambda: nn.natural_exp_decay_lr(0.1, 0.9, 6, 2, 2, True),
     [0.1, 0.1, 0.1, 0.1, 0.016529888822158657, 0.016529888822158657]),
    (lambda: nn.inverse_decay_lr(0.1, 0.5, 6, 2, 3),
     [0.1, 0.1, 0.08571428571428572, 0.08571428571428572, 0.07500000000000001, 0.07500000000000001]),
    (lambda: nn.cosine_decay_lr(0.01, 0.1, 6, 2, 2),
     [0.1, 0.1, 0.05500000000000001, 0.05500000000000001, 0.01, 0.01]),
    (lambda: nn.polynomial_decay_lr(0.1, 0.01, 8, 1, 3, 2.0, True),
     [0.1, 0.05000000000000002, 0.020000000000000004, 0.01, 0.020000000000000004, 0.012499999999999999,
      0.01, 0.014444444444444444]),
    (lambda: nn.warmup_lr(0.1, 6, 2, 2), [0.0, 0.0, 0.05, 0.05, 0.1, 0.1]),
]


@pytest.mark.parametrize('make, expected', MS_GOLDENS)
def test_lists_match_mindspore(make, expected):
    assert make() == expected


def test_stair_formulas():
    lr = nn.exponential_decay_lr(0.2, 0.5, 9, 1, 3, is_stair=True)
    assert lr == [0.2 * 0.5 ** (i // 3) for i in range(9)]
    lr = nn.inverse_decay_lr(0.1, 0.5, 4, 1, 2, is_stair=True)
    assert lr == [0.1 / (1 + 0.5 * (i // 2)) for i in range(4)]


@pytest.mark.parametrize('call, exc, first', [
    (lambda: nn.exponential_decay_lr(0.1, 0.9, 0, 1, 1), ValueError,
     "The 'total_step' must be int and must > 0, but got '0' with type 'int'."),
    (lambda: nn.exponential_decay_lr(1, 0.9, 3, 1, 1), TypeError,
     "The 'learning_rate' must be float, but got 'int'"),
    (lambda: nn.piecewise_constant_lr([2], [0.1, 0.2]), ValueError,
     "For 'piecewise_constant_lr', the size of"),
    (lambda: nn.cosine_decay_lr(0.1, 0.01, 3, 1, 1), ValueError,
     "For 'cosine_decay_lr', the 'max_lr' must be"),
    (lambda: nn.InverseDecayLR(1, 0.9, 2), TypeError,
     "For 'InverseDecayLR', the 'learning_rate' must be float"),
])
def test_errors(call, exc, first):
    with pytest.raises(exc) as info:
        call()
    assert str(info.value).startswith(first)


def test_schedules_against_formulas():
    for step in range(6):
        s = Tensor(step, ms.int32)
        np.testing.assert_allclose(nn.NaturalExpDecayLR(0.1, 0.9, 2)(s).asnumpy(),
                                   0.1 * math.exp(-0.9 * step), rtol=1e-6)
        np.testing.assert_allclose(nn.NaturalExpDecayLR(0.1, 0.9, 2, True)(s).asnumpy(),
                                   0.1 * math.exp(-0.9 * (step // 2 * 2)), rtol=1e-6)
        np.testing.assert_allclose(nn.InverseDecayLR(0.1, 0.5, 2)(s).asnumpy(), 0.1 / (1 + 0.5 * step / 2),
                                   rtol=1e-6)
        np.testing.assert_allclose(nn.InverseDecayLR(0.1, 0.5, 2, True)(s).asnumpy(),
                                   0.1 / (1 + 0.5 * (step // 2)), rtol=1e-6)


def test_list_drives_optimizer_steps():
    w = ms.Parameter(Tensor(np.array([1.0], np.float32)), name='w')
    opt = nn.SGD([w], learning_rate=nn.piecewise_constant_lr([1, 3], [0.5, 0.1]))
    for _ in range(3):
        opt((Tensor(np.array([1.0], np.float32)),))
    np.testing.assert_allclose(w.asnumpy(), [1.0 - 0.5 - 0.1 - 0.1], rtol=1e-6)
