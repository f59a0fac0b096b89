"""Every differentiable primitive is bound by some check_grads case of the op tables."""
import importlib.util
from pathlib import Path

from minispore._ad.rules import vjp_rules
from minispore._core.primitive import Interpreter, bind_under, running
from minispore.ops import primitives as Prims

# Primitives that are derivatives of others: the second-order checks of those bind them.
DERIVATIVES_ONLY = {'bce_with_logits_grad', 'index_add'}


class _Recorder(Interpreter):
    """Records every primitive bound, computing it with the interpreter below."""
    __slots__ = ('seen',)

    def __init__(self, parent):
        self.parent, self.seen = parent, set()

    def process(self, prim, args, params):
        self.seen.add(prim)
        return bind_under(self.parent, prim, *args, **params)


def _load(path):
    spec = importlib.util.spec_from_file_location(f'_cases_{path.stem}', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, 'CASES', {})


def _all_cases():
    here = Path(__file__).parent
    yield from _load(here.parent / 'ad' / 'test_rules.py').values()
    for path in sorted(here.glob('test_*.py')):
        if path.name != Path(__file__).name:
            for c in _load(path).values():
                if c.order > 0:
                    yield c


def test_every_differentiable_primitive_is_checked():
    recorder = _Recorder(None)
    with running(recorder):
        for c in _all_cases():
            fn, args = c if isinstance(c, tuple) else (c.fn, c.args)
            fn(*args)
    differentiable = {p for p in Prims.ALL if vjp_rules[p] is not None}
    missing = {str(p) for p in differentiable - recorder.seen} - DERIVATIVES_ONLY
    assert not missing, f'no check_grads case binds {sorted(missing)}'
