"""MindSpore's `ops.vmap`: `fn` called once per example of a batch, its outputs stacked."""
import numbers

from ..common.tensor import Tensor
from ..ops import functional as F
from ..ops.array_func import unbind


class VmapError(ValueError, RuntimeError):
    """Bad `in_axes`/`out_axes` or batch (a RuntimeError in MindSpore, a ValueError here too)."""


def _check_axes(name, axes):
    if isinstance(axes, (tuple, list)):
        for a in axes:
            _check_axes(name, a)
    elif axes is not None and (isinstance(axes, bool) or not isinstance(axes, int)):
        raise TypeError(f"The axis in vmap's '{name}' can only be of type int or None, but got "
                        f"{type(axes).__name__} {axes!r}.")


def _check_axis(name, what, axis, ndim):
    if not -ndim <= axis < ndim:
        raise VmapError(f"The axis {axis} in vmap's '{name}' is out of bounds for {what}: it "
                        f"must be in [{-ndim}, {ndim}).")
    return axis % ndim


def _slices(arg, axes, where, sizes):
    """`arg` with each batched Tensor replaced by the list of its slices along its axis;
    records `(where, batch size)` in `sizes`."""
    if axes is None:
        return arg
    if isinstance(arg, (tuple, list)):
        if isinstance(axes, (tuple, list)):
            if len(axes) != len(arg):
                raise VmapError(f"The in_axes entry of {where} has {len(axes)} axes for its "
                                f"{len(arg)} elements: give one axis (or None) per element.")
            return type(arg)(_slices(a, x, f'{where}[{i}]', sizes)
                             for i, (a, x) in enumerate(zip(arg, axes)))
        return type(arg)(_slices(a, axes, f'{where}[{i}]', sizes) for i, a in enumerate(arg))
    if not isinstance(arg, Tensor):
        raise VmapError(f"vmap cannot slice {where} (a {type(arg).__name__}) along an axis: "
                        f"give it None in 'in_axes'.")
    if isinstance(axes, (tuple, list)):
        raise VmapError(f"The in_axes entry of {where}, a Tensor, must be an int or None, but "
                        f"got {axes!r}.")
    axis = _check_axis('in_axes', f'{where} of shape {arg.shape}', axes, arg.ndim)
    sizes.append((where, arg.shape[axis]))
    return _Sliced(unbind(arg, axis))


class _Sliced(list):
    """The slices of one batched Tensor."""


def _example(arg, b):
    if isinstance(arg, _Sliced):
        return arg[b]
    if isinstance(arg, (tuple, list)):
        return type(arg)(_example(a, b) for a in arg)
    return arg


def _stack(outs, axes, where):
    """The per-example outputs `outs` (alike in structure) stacked along `axes`."""
    first = outs[0]
    if axes is None:
        return first
    if isinstance(first, (tuple, list)):
        if isinstance(axes, (tuple, list)):
            if len(axes) != len(first):
                raise VmapError(f"The size of vmap's 'out_axes' should be equal to the number "
                                f"of results of {where}: {len(first)}, but got size: "
                                f"{len(axes)}.")
            return type(first)(_stack([o[i] for o in outs], a, f'{where}[{i}]')
                               for i, a in enumerate(axes))
        return type(first)(_stack([o[i] for o in outs], axes, f'{where}[{i}]')
                           for i in range(len(first)))
    if isinstance(axes, (tuple, list)):
        raise VmapError(f"The out_axes entry of {where}, a single result, must be an int or "
                        f"None, but got {axes!r}.")
    if not isinstance(first, Tensor):
        if not isinstance(first, numbers.Number):
            raise VmapError(f"vmap cannot stack {where} (a {type(first).__name__}): give it "
                            f"None in 'out_axes'.")
        outs = [Tensor(o) for o in outs]
    axis = _check_axis('out_axes', f'the result {where} of shape {outs[0].shape}', axes,
                       outs[0].ndim + 1)
    return F.stack(outs, axis)


def vmap(fn, in_axes=0, out_axes=0):
    """`fn` mapped over a batch axis: called per example, its outputs stacked.

    Args:
        fn: function or Cell.
        in_axes: the batch axis of the arguments: an int for all, or a tuple/list with one
            entry per argument (None for an unbatched argument, a nested tuple for a tuple
            argument). Negative axes count from the end.
        out_axes: the axis of the outputs on which the batch is stacked, structured the same
            way (None for an output that does not depend on the batch: the first example's).

    Returns:
        The mapped function.

    Example:
        >>> def dot(a, b): return (a * b).sum()
        >>> ops.vmap(dot, in_axes=(0, None))(Tensor([[1., 2.], [3., 4.]]), Tensor([1., 1.]))
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  7.00000000e+00])
    """
    if not callable(fn):
        raise TypeError(f"For 'vmap', 'fn' must be a function or a Cell, but got "
                        f"{type(fn).__name__}.")
    _check_axes('in_axes', in_axes)
    _check_axes('out_axes', out_axes)
    if in_axes is None:
        raise VmapError("The 'in_axes' of 'vmap' cannot be a single None: give the batch axis "
                        "of at least one argument.")
    if out_axes is None:
        raise VmapError("The 'out_axes' of 'vmap' cannot be a single None: give the axis on "
                        "which each output is stacked.")

    def vmapped(*args):
        if isinstance(in_axes, (tuple, list)):
            if len(in_axes) != len(args):
                raise VmapError(f"vmap's 'in_axes' has {len(in_axes)} entries but fn got "
                                f"{len(args)} arguments: give one entry (an axis or None) per "
                                f"argument.")
            axes = in_axes
        else:
            axes = [in_axes] * len(args)
        sizes = []
        sliced = [_slices(a, x, f'argument {i}', sizes)
                  for i, (a, x) in enumerate(zip(args, axes))]
        if not sizes:
            raise VmapError(f"vmap's 'in_axes' {in_axes!r} maps no argument: give the batch "
                            f"axis of at least one Tensor argument.")
        (first, size), *rest = sizes
        for where, n in rest:
            if n != size:
                raise VmapError(f"The batch size of each argument of vmap should be equal, but "
                                f"{first} has {size} and {where} has {n}.")
        if size == 0:
            raise VmapError(f"vmap cannot map over an empty batch ({first} has size 0).")
        outs = [fn(*_example(sliced, b)) for b in range(size)]
        return _stack(outs, out_axes, 'fn')
    return vmapped
