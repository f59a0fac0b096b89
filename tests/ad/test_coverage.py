"""Every primitive has an entry in every rule table, and abstract_eval agrees with impl."""
import numpy as np
import pytest

import minispore  # noqa: F401  (installs the tables)
from minispore._ad.rules import jvp_rules, vjp_rules
from minispore._ad.rules.batching import batch_rules
from minispore._graph.shape_rules import ShapedArray, abstract_eval_rules, abstractify
from minispore._core.primitive import evaluate
from minispore.ops import primitives as P


@pytest.mark.parametrize('prim', P.ALL, ids=str)
def test_every_table_has_every_primitive(prim):
    assert prim.impl is not None, f'{prim} has no impl'
    assert prim in abstract_eval_rules, f'{prim} has no abstract_eval rule'
    assert prim in vjp_rules, f'{prim} has no vjp rule (None marks non-differentiable)'
    assert prim in jvp_rules, f'{prim} has no jvp rule'
    assert prim in batch_rules, f'{prim} has no batching rule (vmap)'


def test_a_primitive_missing_from_a_table_is_caught():
    extra = P.Primitive('not_in_any_table')
    assert extra not in abstract_eval_rules and extra not in vjp_rules


SAMPLES = [
    (P.add_p, (np.ones((2, 1), np.int64), 2.5), {}),
    (P.div_p, (np.ones(3, np.int64), 2), {}),
    (P.less_p, (np.ones((2, 3), np.float32), np.ones(3, np.float32)), {}),
    (P.select_p, (np.ones(3, bool), np.ones((2, 3), np.float32), 0), {}),
    (P.reduce_sum_p, (np.ones((2, 3), np.int32),), dict(axis=(1,), keepdims=True)),
    (P.argmax_p, (np.ones((2, 3), np.float32),), dict(axis=1, keepdims=False)),
    (P.reshape_p, (np.ones((2, 3)),), dict(shape=(3, 2))),
    (P.transpose_p, (np.ones((2, 3, 4)),), dict(perm=(2, 0, 1))),
    (P.getitem_p, (np.ones((4, 5)),), dict(index=(slice(1, 3), np.array([0, 4, 4])),
                                           basic=False)),
    (P.matmul_p, (np.ones((2, 3, 4), np.float32), np.ones(4, np.float32)), {}),
    (P.concat_p, (np.ones((2, 3)), np.ones((2, 1))), dict(axis=1)),
    (P.cast_p, (np.ones(3),), dict(dtype=np.dtype(np.int32))),
]


@pytest.mark.parametrize('prim,args,params', SAMPLES, ids=[str(s[0]) for s in SAMPLES])
def test_abstract_eval_agrees_with_impl(prim, args, params):
    out = np.asarray(evaluate(prim, args, params))
    aval = abstract_eval_rules[prim](*map(abstractify, args), **params)
    assert aval == ShapedArray(out.shape, out.dtype)
