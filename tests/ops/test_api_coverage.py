"""Every mindspore.ops function and primitive class of the covered tier exists, with MindSpore
2.10's parameter names in MindSpore's order (mindspore_ops_api.txt, read from MindSpore itself)."""
import inspect
import re
from pathlib import Path

import pytest

from minispore import ops

# Issue-tracked gaps: function transforms that come with the batching interpreter.
NOT_YET = set()


def _signatures():
    for line in (Path(__file__).parent / 'mindspore_ops_api.txt').read_text().splitlines():
        m = re.match(r'(class )?ops\.(\w+)\((.*)\)', line)
        if m:
            params = [p.split(':')[0].split('=')[0].strip()
                      for p in re.split(r',\s*(?![^\[(]*[\])])', m.group(3)) if p.strip()]
            yield m.group(2), bool(m.group(1)), [p.lstrip('*') for p in params if p not in ('*', '/')]


SIGNATURES = list(_signatures())


@pytest.mark.parametrize('name,is_class,params', SIGNATURES, ids=[s[0] for s in SIGNATURES])
def test_exists_with_mindspores_parameter_names(name, is_class, params):
    if name in NOT_YET:
        pytest.xfail(f'ops.{name} is not implemented yet')
    obj = getattr(ops, name)
    if params == ['args', 'kwargs']:                   # MindSpore exposes no names: any will do
        return
    fn = obj.__init__ if is_class else obj
    ours = [p for p in inspect.signature(fn).parameters if p != 'self']
    assert ours[:len(params)] == params, f'ops.{name}{tuple(ours)} vs MindSpore {params}'
    extra = [p for p in inspect.signature(fn).parameters.values()
             if p.name in ours[len(params):] and p.default is inspect.Parameter.empty
             and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    assert not extra, f'ops.{name} requires parameters MindSpore does not have: {extra}'
