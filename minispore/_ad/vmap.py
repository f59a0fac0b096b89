"""MindSpore's `ops.vmap`: `fn` run once on a whole batch by the batching interpreter."""
import numbers

from .._core.batched import BatchedValueError
from .._core.primitive import current, running
from ..common.tensor import Tensor
from ..ops import functional as F
from .batching import Batch
from .rules.batching import move_axis


def _abstract(value):
    """MindSpore's description of a Python constant in its error messages."""
    kind = {bool: 'Bool', int: 'Int64', float: 'Float32', str: 'String'}.get(type(value))
    if kind is None:
        return type(value).__name__
    shown = str(value).lower() if isinstance(value, bool) else f'{value:g}' if isinstance(
        value, float) else value
    return f"AbstractScalar(Type: {kind}, Value: {shown}, Shape: NoShape)"


def _check_axes(name, axes):
    if isinstance(axes, (tuple, list)):
        for a in axes:
            _check_axes(name, a)
    elif axes is not None and (isinstance(axes, bool) or not isinstance(axes, int)):
        raise RuntimeError(f"The axis in vmap`s '{name}' can only be of type Int or None, but got "
                           f"{_abstract(axes)}.\nGive an int axis or None in '{name}'.")


def _check_axis(name, what, axis, ndim):
    if not -ndim <= axis < ndim:
        raise RuntimeError(f"The axis: {axis} in '{name}' is out of bounds for array of dimension "
                           f"[{-ndim},{ndim}).\n{what[0].upper() + what[1:]}: give an axis in "
                           f"that range.")
    return axis % ndim


def _lift(arg, axes, where, interp, sizes):
    """`arg` with each batched Tensor lifted into `interp` at its batch axis; records
    `(where, batch size)` in `sizes`."""
    if axes is None:
        return arg
    if isinstance(arg, (tuple, list)):
        if isinstance(axes, (tuple, list)):
            if len(axes) != len(arg):
                raise RuntimeError(f"The in_axes entry of {where} has {len(axes)} axes for its "
                                   f"{len(arg)} elements: give one axis (or None) per element.")
            return type(arg)(_lift(a, x, f'{where}[{i}]', interp, sizes)
                             for i, (a, x) in enumerate(zip(arg, axes)))
        return type(arg)(_lift(a, axes, f'{where}[{i}]', interp, sizes)
                         for i, a in enumerate(arg))
    if not isinstance(arg, Tensor):
        raise RuntimeError(f"The orig_abs should be AbstractTensor when corresponding axis is "
                           f"{axes}, but got a {_abstract(arg)}. Tip: Please check the "
                           f"correspondence between vmap's 'in_axes' and inputs. You may want to "
                           f"explicitly specify the 'in_axes' corresponding to {_abstract(arg)} "
                           f"as 'None' to solve this problem.\nvmap cannot slice {where} (a "
                           f"{type(arg).__name__}) along an axis: give it None in 'in_axes'.")
    if isinstance(axes, (tuple, list)):
        raise RuntimeError(f"The in_axes entry of {where}, a Tensor, must be an int or None, but "
                           f"got {axes!r}.")
    axis = _check_axis('in_axes', f'{where} of shape {arg.shape}', axes, arg.ndim)
    sizes.append((where, arg.shape[axis]))
    return interp.lift(arg, axis)


def _unbatch(out, axes, where, interp):
    """The outputs `out` of the mapped function (a tuple for a tuple or list) with their batch
    axes moved to `axes`; an output that does not depend on the batch is broadcast to it."""
    if isinstance(out, (tuple, list)):
        if isinstance(axes, (tuple, list)):
            if len(axes) != len(out):
                raise RuntimeError(f"The size of vmap's 'out_axes' should be equal to the result "
                                   f"size: {len(out)}, but got size: {len(axes)}.\nGive one "
                                   f"entry per result of {where}.")
            return tuple(_unbatch(o, a, f'{where}[{i}]', interp)
                             for i, (o, a) in enumerate(zip(out, axes)))
        return tuple(_unbatch(o, axes, f'{where}[{i}]', interp) for i, o in enumerate(out))
    if isinstance(axes, (tuple, list)):
        raise RuntimeError(f"The size of vmap's 'out_axes' should be equal to the result size: 1, "
                           f"but got size: {len(axes)}.\nThe out_axes entry of {where}, a single "
                           f"result, must be an int or None.")
    if isinstance(out, Tensor):
        val, bdim = interp.split(out)
    elif isinstance(out, numbers.Number):
        val, bdim = out, None
    else:
        raise RuntimeError(f"vmap cannot stack {where} (a {type(out).__name__}): give it None in "
                           f"'out_axes'.")
    if axes is None:
        if bdim is not None:
            raise RuntimeError(f"It is invalid that source is not None and dst is None.\nThe "
                               f"out_axes entry of {where} is None, but {where} differs between "
                               f"examples; give the axis to stack it on.")
        return val
    if bdim is None:
        val = val if isinstance(val, Tensor) else Tensor(val)
        axis = _check_axis('out_axes', f'the result {where} of shape {val.shape}', axes,
                           val.ndim + 1)
        shape = tuple(val.shape)
        val = F.reshape(val, shape[:axis] + (1,) + shape[axis:])
        return F.broadcast_to(val, shape[:axis] + (interp.size,) + shape[axis:])
    shape = tuple(out.shape)
    axis = _check_axis('out_axes', f'the result {where} of shape {shape}', axes, len(shape) + 1)
    return move_axis(val, bdim, axis)


def vmap(fn, in_axes=0, out_axes=0):
    """`fn` mapped over a batch axis: run once on the whole batch, each op batched.

    Args:
        fn: function or Cell.
        in_axes: the batch axis of the arguments: an int for all, or a tuple/list with one
            entry per argument (None for an unbatched argument, a nested tuple for a tuple
            argument). Negative axes count from the end.
        out_axes: the axis of the outputs on which the batch is stacked, structured the same
            way (None for an output that does not depend on the batch). An output that does
            not depend on it, given an axis, is broadcast along it.

    A function that reads the values of a batched Tensor (turns them into NumPy arrays or
    Python numbers, as ops taking indices or labels as parameters would, or by printing them)
    cannot run once for the batch: each such read raises an internal error inside the mapped
    function, on which `vmap` calls `fn` once per example instead and stacks the results (the
    same numbers, with a Python loop's speed; side effects of `fn` before the read happen
    once more).

    A CellList as `fn` (model ensembling) maps its cells over the batch: example `i` is
    computed by cell `i`, so the batch size must equal the number of cells (`in_axes` may then
    be all None: every cell gets the same inputs).

    Returns:
        The mapped function.

    Example:
        >>> def dot(a, b): return (a * b).sum()
        >>> ops.vmap(dot, in_axes=(0, None))(Tensor([[1., 2.], [3., 4.]]), Tensor([1., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  7.00000000e+00])
    """
    if any(c.__name__ == 'CellList' for c in type(fn).__mro__):
        return _ensemble(fn, in_axes, out_axes)

    def vmapped(*args, **kwargs):
        _check_vmap_args(fn, in_axes, out_axes, kwargs)
        if isinstance(in_axes, (tuple, list)):
            if len(in_axes) != len(args):
                raise RuntimeError(f"When vmap`s 'in_axes' is a tuple or list, and its size must "
                                   f"be equal to the number of arguments of 'fn': {len(args)}, "
                                   f"but got size: {len(in_axes)}.\nGive one entry (an axis or "
                                   f"None) per argument.")
            axes = in_axes
        else:
            axes = [in_axes] * len(args)
        sizes = []
        interp = Batch(current(), None)
        lifted = [_lift(a, x, f'argument {i}', interp, sizes)
                  for i, (a, x) in enumerate(zip(args, axes))]
        if not sizes:
            raise RuntimeError(f"The 'in_axes' of 'vmap' cannot be all None while 'fn' is not a "
                               f"'CellList', but got {in_axes!r}.\nvmap's 'in_axes' maps no "
                               f"argument: give the batch axis of at least one Tensor argument.")
        (first, size), *rest = sizes
        for where, n in rest:
            if n != size:
                raise RuntimeError(f"The 'axis_size' of each argument in the scope of 'vmap' "
                                   f"should be equal, but got {size} and {n}.\n{first} has {size} "
                                   f"and {where} has {n}: give arguments of one batch size, or "
                                   f"None in 'in_axes' for an unbatched one.")
        if size == 0:
            raise RuntimeError(f"vmap cannot map over an empty batch ({first} has size 0).")
        interp.size = size
        try:
            with running(interp):
                out = fn(*lifted)
        except BatchedValueError:
            return _per_example(fn, args, axes, out_axes, size)
        with running(interp.parent):
            return _unbatch(out, out_axes, 'fn', interp)
    return vmapped


def _check_vmap_args(fn, in_axes, out_axes, kwargs):
    """MindSpore's checks of a vmap call, made when the mapped function is called."""
    if not callable(fn):
        raise RuntimeError(f"'VmapOperation' arg0 must be a 'Function' or 'Cell', but got "
                           f"{_abstract(fn)}.\nGive vmap a function or a Cell.")
    if kwargs:
        raise RuntimeError(f"Got an unexpected keyword argument '{next(iter(kwargs))}'\nvmap "
                           f"passes positional arguments only: bind keyword arguments with "
                           f"functools.partial or a closure.")
    _check_axes('in_axes', in_axes)
    _check_axes('out_axes', out_axes)
    for name, axes in (('in_axes', in_axes), ('out_axes', out_axes)):
        if axes is None:
            raise RuntimeError(f"The '{name}' of 'vmap' cannot be a single None while 'fn' is not "
                               f"a 'CellList'.\nGive an axis (or a tuple with one per "
                               f"{'argument' if name == 'in_axes' else 'result'}).")


def _ensemble(cells, in_axes, out_axes):
    """vmap of a CellList: cell `i` computes example `i`, the results stacked."""
    def ensembled(*args, **kwargs):
        if kwargs:
            raise RuntimeError(f"Got an unexpected keyword argument '{next(iter(kwargs))}'")
        _check_axes('in_axes', in_axes)
        _check_axes('out_axes', out_axes)
        axes = in_axes if isinstance(in_axes, (tuple, list)) else [in_axes] * len(args)
        if len(axes) != len(args):
            raise RuntimeError(f"When vmap`s 'in_axes' is a tuple or list, and its size must be "
                               f"equal to the number of arguments of 'fn': {len(args)}, but got "
                               f"size: {len(axes)}.")
        sizes = []
        for i, (a, x) in enumerate(zip(args, axes)):
            _batch_sizes(a, x, f'argument {i}', sizes)
        for _, n in sizes:
            if n != len(cells):
                raise ValueError(f"If you want to execute the model ensembling parallel "
                                 f"training, please make sure the 'axis_size' in the scope of "
                                 f"vmap consistent with the cell size of the input 'CellList', "
                                 f"otherwise, please do not enter 'CellList' as the first "
                                 f"argument, but we get axis_size: {n} and the cell size: "
                                 f"{len(cells)}.")
        outs = [cell(*[_example(a, x, b) for a, x in zip(args, axes)])
                for b, cell in enumerate(cells)]
        return _stack(outs, out_axes, 'fn')
    return ensembled


def _batch_sizes(arg, axes, where, sizes):
    """Appends `(where, batch size)` for each batched Tensor in `arg` to `sizes`."""
    if axes is None:
        return
    if isinstance(arg, (tuple, list)):
        if not isinstance(axes, (tuple, list)):
            axes = [axes] * len(arg)
        for i, (a, x) in enumerate(zip(arg, axes)):
            _batch_sizes(a, x, f'{where}[{i}]', sizes)
        return
    if not isinstance(arg, Tensor):
        raise RuntimeError(f"The orig_abs should be AbstractTensor when corresponding axis is "
                           f"{axes}, but got a {_abstract(arg)}.")
    axis = _check_axis('in_axes', f'{where} of shape {arg.shape}', axes, arg.ndim)
    sizes.append((where, arg.shape[axis]))


def _per_example(fn, args, in_axes, out_axes, size):
    """`fn` called once per example, the results stacked: for a function that reads the
    values of a batched Tensor."""
    outs = [fn(*[_example(a, x, b) for a, x in zip(args, in_axes)])
            for b in range(size)]
    return _stack(outs, out_axes, 'fn')


def _example(arg, axes, b):
    """Example `b` of an argument of vmap (its in_axes entry validated)."""
    if axes is None:
        return arg
    if isinstance(arg, (tuple, list)):
        if not isinstance(axes, (tuple, list)):
            axes = [axes] * len(arg)
        return type(arg)(_example(a, x, b) for a, x in zip(arg, axes))
    return F.getitem(arg, (slice(None),) * (axes % arg.ndim) + (b,))


def _stack(outs, axes, where):
    """The per-example results `outs` (alike in structure) stacked along `axes` (None: the
    first example's)."""
    first = outs[0]
    if isinstance(first, (tuple, list)):
        if not isinstance(axes, (tuple, list)):
            axes = [axes] * len(first)
        elif len(axes) != len(first):
            raise RuntimeError(f"The size of vmap's 'out_axes' should be equal to the result "
                               f"size: {len(first)}, but got size: {len(axes)}.\nGive one "
                               f"entry per result of {where}.")
        return tuple(_stack([o[i] for o in outs], a, f'{where}[{i}]')
                           for i, a in enumerate(axes))
    if axes is None:
        return first
    if isinstance(axes, (tuple, list)):
        raise RuntimeError(f"The size of vmap's 'out_axes' should be equal to the result size: "
                           f"1, but got size: {len(axes)}.\nThe out_axes entry of {where}, a "
                           f"single result, must be an int or None.")
    if not isinstance(first, Tensor):
        if not isinstance(first, numbers.Number):
            raise RuntimeError(f"vmap cannot stack {where} (a {type(first).__name__}): give it "
                               f"None in 'out_axes'.")
        outs = [Tensor(o) for o in outs]
    axis = _check_axis('out_axes', f'the result {where} of shape {outs[0].shape}', axes,
                       outs[0].ndim + 1)
    return F.stack(outs, axis)
