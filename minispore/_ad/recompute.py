"""Recompute: a Cell whose forward pass is run again in the backward pass instead of stored."""
from .._core.primitive import bind_under, current, running
from ..common import seed as _seed
from ..common.tensor import Tensor
from ..ops import primitives as P
from ..ops import random as _random
from .custom import call_with_bprop
from .tape import Tape


def _rng_state():
    """The state of every generator random ops draw from."""
    rng = _seed._rng
    return (rng, rng.bit_generator.state,
            {key: (gen, gen.bit_generator.state) for key, gen in _random._streams.items()})


def _set_rng_state(state):
    rng, rng_state, streams = state
    rng.bit_generator.state = rng_state
    _random._streams.clear()
    for key, (gen, gen_state) in streams.items():
        gen.bit_generator.state = gen_state
        _random._streams[key] = gen


class _Recompute:
    """The reverse rule of a recomputed call: rerun `construct` on the stored inputs (with the
    random state of the first run, so dropout draws the same mask) under a fresh tape whose
    parent is the interpreter of that moment, and back-propagate through it."""
    __slots__ = ('construct', 'n_args', 'params', 'rng')
    forward_mode_differentiates_fn = True

    def __init__(self, construct, n_args, params, rng):
        self.construct, self.n_args, self.params, self.rng = construct, n_args, params, rng

    def __call__(self, *args_out_dout):
        args, dout = args_out_dout[:self.n_args], args_out_dout[-1]
        tape = Tape(current())
        parent = tape.parent
        leaves = [a if parent is None or not isinstance(a, Tensor)
                  else bind_under(parent, P.identity_p, a) for a in args]
        tape.tracked.update(id(x) for x in leaves if isinstance(x, Tensor))
        tape.tracked.update(id(p) for p in self.params)
        now = _rng_state()
        _set_rng_state(self.rng)
        try:
            with running(tape):
                out = self.construct(*leaves)
        finally:
            _set_rng_state(now)
        outs, douts = (out, dout) if isinstance(out, tuple) else ((out,), (dout,))
        ct_of = tape.backward(list(outs), list(douts))
        return tuple(ct_of.get(id(x)) for x in leaves + self.params)


def recompute_call(cell, args, kwargs):
    """`cell(*args, **kwargs)` with only its inputs (and output) kept for the backward pass."""
    params = list(cell.get_parameters())
    n_args = len(args)

    def forward(*args_and_params):
        return cell.construct(*args_and_params[:n_args], **kwargs)

    rule = _Recompute(forward, n_args, params, _rng_state())
    return call_with_bprop(forward, rule, tuple(args) + tuple(params))


_CELL_KWARGS = ('mp_comm_recompute', 'parallel_optimizer_comm_recompute',
                'recompute_slice_activation')


def check_cell_kwargs(kwargs):
    """MindSpore's check of the extra keywords of `Cell.recompute`."""
    for key in kwargs:
        if key not in _CELL_KWARGS:
            raise ValueError(f"For 'recompute', keyword '{key}' is not recognized! the key "
                             f"kwargs must be 'mp_comm_recompute', "
                             f"'parallel_optimizer_comm_recompute', 'recompute_slice_activation'")


def recompute(block, *args, use_reentrant=True, output_recompute=False, early_stop=True,
              context_fn=None, **kwargs):
    """Run the Cell `block` on `args`, recomputing its forward pass in the backward pass
    instead of storing its intermediate values (the gradient is the same; memory falls).

    Args:
        block: the Cell to run.
        args: its inputs.
        use_reentrant, output_recompute, early_stop, context_fn: MindSpore's options; here
            every form recomputes the same way. With `use_reentrant=False`, `block` may also
            be a function, which then runs without recomputation.

    Returns:
        The output of `block(*args)`.

    Example:
        >>> dense = mindspore.nn.Dense(2, 1, weight_init='ones')
        >>> mindspore.grad(lambda x: mindspore.recompute(dense, x).sum())(Tensor([[1., 2.]]))
        Tensor(shape=[1, 2], dtype=Float32, value=
        [[ 1.00000000e+00,  1.00000000e+00]])
    """
    from ..nn.cell import Cell
    if not isinstance(block, Cell):
        if use_reentrant:
            raise TypeError("Recompute function now only support block which inherited from "
                            "Cell when use_reentrant=True!")
        return block(*args, **kwargs)
    if current() is None or block._has_bprop or not isinstance(current(), Tape):
        return block(*args, **kwargs)
    return recompute_call(block, args, kwargs)
