"""Reverse mode: the tape interpreter that records ops and the backward pass that replays it."""
from .._core.primitive import Interpreter, current, evaluate, set_current
from .rules import vjp_rules
from ..ops import functional as F


class Tape(Interpreter):
    """Records every op that touches a tracked value, in execution order.

    Each record is a tuple (primitive, params, inputs, output). Values are tracked by
    identity: the leaves a grad call asks for, and every output of a recorded op. An op
    whose inputs are all untracked is computed but not recorded, so
    constants cost nothing. Ops are computed by the interpreter below (`parent`), which
    makes grad of grad work: the backward pass runs under `parent` and is recorded there.
    """
    __slots__ = ('nodes', 'tracked', 'swaps')

    def __init__(self, parent):
        self.parent, self.nodes, self.tracked, self.swaps = parent, [], set(), None

    def process(self, prim, args, params):
        parent = self.parent
        out = evaluate(prim, args, params) if parent is None else parent.process(prim, args, params)
        tracked = self.tracked
        for a in args:
            if id(a) in tracked:
                break
        else:
            return out
        if vjp_rules[prim] is None:      # not differentiable: the output is a constant
            return out
        self.nodes.append((prim, params, args, out))
        if prim.multiple_results:
            tracked.update(map(id, out))
        else:
            tracked.add(id(out))
        return out

    def rebind(self, a, b):
        """Exchange the roles of `a` and `b` in every record: after `a[index] = value`,
        `b` (the op's fresh output) stands for a's old value and `a` for the new one.

        Records older than a's producer cannot mention `a`, so the scan stops there.
        Returns the pair for the interpreter below, which sees the same objects.
        """
        nodes = self.nodes
        for i in range(len(nodes) - 1, -1, -1):
            prim, params, ins, out = nodes[i]
            outs = out if prim.multiple_results else (out,)
            if any(v is a or v is b for v in ins + outs):
                ins = tuple(b if v is a else a if v is b else v for v in ins)
                outs = tuple(b if v is a else a if v is b else v for v in outs)
                nodes[i] = (prim, params, ins, outs if prim.multiple_results else outs[0])
                if any(v is b for v in outs):        # a's producer, now b's
                    break
        tracked = self.tracked
        in_a, in_b = id(a) in tracked, id(b) in tracked
        if in_a != in_b:
            tracked.symmetric_difference_update((id(a), id(b)))
        if self.swaps is None:
            self.swaps = []
        self.swaps.append((a, b))
        return a, b

    def resolve(self, x):
        """The object standing for what `x` stood for when the tape started (see rebind)."""
        for a, b in self.swaps or ():
            x = b if x is a else a if x is b else x
        return x

    def backward(self, outs, cts, keep=False):
        """Cotangents of every tracked value, given cotangents `cts` of `outs`.

        Returns a dict from `id(value)` to its cotangent (absent means zero). The tape is
        emptied unless `keep` (a vjp_fn may be called again).
        """
        ct_of, tracked = {}, self.tracked
        # The backward pass runs under the interpreters of its caller, one level below the
        # tape: its parent for grad; for a vjp_fn called later, whatever is active then
        # (vmap over cotangents, or grad of the vjp_fn).
        below = current()
        prev = set_current(self.parent if below is self else below)
        try:
            for o, c in zip(outs, cts):
                if id(o) in tracked:
                    _accumulate(ct_of, o, c)
            for prim, params, ins, out in reversed(self.nodes):
                if prim.multiple_results:
                    ct = tuple(ct_of.pop(id(o), None) for o in out)
                    if all(c is None for c in ct):
                        continue
                else:
                    ct = ct_of.pop(id(out), None)
                    if ct is None:
                        continue
                rule = vjp_rules[prim]
                if rule.__class__ is tuple:       # one function per input: skip untracked ones
                    x_cts = [(x, x_rule(ct, out, *ins, **params)) for x, x_rule in zip(ins, rule)
                             if x_rule is not None and id(x) in tracked]
                else:                             # one function for all inputs
                    x_cts = [(x, x_ct) for x, x_ct in zip(ins, rule(ct, out, *ins, **params))
                             if id(x) in tracked]
                for x, x_ct in x_cts:
                    if x_ct is not None:
                        _accumulate(ct_of, x, x_ct)
        finally:
            set_current(prev)
        if not keep:
            self.nodes = []
        return ct_of


def _accumulate(ct_of, x, ct):
    """Add `ct` into x's cotangent, first undoing any broadcasting from x's shape."""
    if ct._data.shape != x._data.shape:
        ct = F.sum_to(ct, x.shape)
    key = id(x)
    prev = ct_of.get(key)
    ct_of[key] = ct if prev is None else prev + ct
