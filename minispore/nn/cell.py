"""Cell: the base of networks, holding Parameters and child Cells and running `construct`."""
from collections import OrderedDict

from .._ad.custom import call_with_bprop
from .._ad.recompute import check_cell_kwargs, recompute_call
from .._ad.tape import Tape
from .._core.primitive import current
from ..common.parameter import Parameter, ParameterTuple


class Cell:
    """Base class of all networks: subclass it, assign Parameters and Cells, write `construct`.

    Parameters are named after their attribute path (`dense.weight`, `seq.0.bias`); a
    top-level Cell's own Parameters keep an explicit name. Define
    `bprop(self, *inputs, out, dout)` to replace the reverse-mode rule of `construct`.

    Args:
        auto_prefix: prefix the Parameter names of child Cells with their attribute names.

    Example:
        >>> class Net(nn.Cell):
        ...     def __init__(self):
        ...         super().__init__()
        ...         self.w = Parameter(Tensor([2.0]), name='w')
        ...     def construct(self, x):
        ...         return x * self.w
        >>> Net()(Tensor([3.0]))
        Tensor(shape=[1], dtype=Float32, value= [ 6.00000000e+00])
    """

    def __init__(self, auto_prefix=True, flags=None):
        object.__setattr__(self, '_params', OrderedDict())
        object.__setattr__(self, '_cells', OrderedDict())
        object.__setattr__(self, '_auto_prefix', auto_prefix)
        object.__setattr__(self, 'training', False)
        object.__setattr__(self, '_has_bprop', callable(getattr(type(self), 'bprop', None)))
        object.__setattr__(self, '_recomputed', False)

    # ---- attributes: Parameters and child Cells are registered as they are assigned ----
    def __setattr__(self, name, value):
        if '_params' not in self.__dict__:
            if isinstance(value, (Parameter, Cell)):
                raise AttributeError(f"Assign Parameters and Cells only after calling "
                                     f"super().__init__() in {type(self).__name__}.__init__.")
            object.__setattr__(self, name, value)
            return
        params, cells = self._params, self._cells
        if isinstance(value, Parameter):
            if value.auto_named:
                value.name = name
            cells.pop(name, None)
            params[name] = value
        elif isinstance(value, Cell):
            if self._auto_prefix:
                value.update_parameters_name(name + '.')
            params.pop(name, None)
            cells[name] = value
        elif value is None and (name in params or name in cells):
            params.pop(name, None)
            cells.pop(name, None)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self._params.pop(name, None)
        self._cells.pop(name, None)
        object.__delattr__(self, name)

    def insert_param_to_cell(self, param_name, param, check_name_contain_dot=True):
        """Register `param` under `param_name`."""
        setattr(self, param_name, param)

    def insert_child_to_cell(self, child_name, child_cell):
        """Register `child_cell` under `child_name`."""
        setattr(self, child_name, child_cell)

    def update_parameters_name(self, prefix='', recurse=True):
        """Rename every Parameter to `prefix` + its attribute path."""
        for path, param in self.parameters_and_names(expand=recurse):
            param.name = prefix + path

    # ---- running ----
    def construct(self, *args, **kwargs):
        raise NotImplementedError(f"{type(self).__name__} must define construct(self, ...).")

    def __call__(self, *args, **kwargs):
        if self._has_bprop:
            return call_with_bprop(self.construct, self.bprop, args)
        if self._recomputed and isinstance(current(), Tape):
            return recompute_call(self, args, kwargs)
        return self.construct(*args, **kwargs)

    def recompute(self, *, use_reentrant=True, output_recompute=False, early_stop=True,
                  context_fn=None, **kwargs):
        """Recompute this Cell's forward pass in the backward pass instead of storing its
        intermediate values: under a gradient only its inputs and output are kept (the
        numbers are the same, random ops such as dropout included; memory falls).

        Args:
            use_reentrant, output_recompute, early_stop, context_fn: MindSpore's options;
                here every form recomputes the same way.
            kwargs: MindSpore's parallel options ('mp_comm_recompute',
                'parallel_optimizer_comm_recompute', 'recompute_slice_activation'),
                accepted and ignored.

        Example:
            >>> dense = mindspore.nn.Dense(2, 1, weight_init="ones")
            >>> dense.recompute()
            >>> mindspore.grad(lambda x: dense(x).sum())(Tensor([[1., 2.]]))
            Tensor(shape=[1, 2], dtype=Float32, value=
            [[ 1.00000000e+00,  1.00000000e+00]])
        """
        check_cell_kwargs(kwargs)
        object.__setattr__(self, '_recomputed', True)

    def set_train(self, mode=True):
        """Switch this Cell and its children to training (True) or inference mode."""
        for _, cell in self.cells_and_names():
            object.__setattr__(cell, 'training', mode)
        return self

    def set_grad(self, requires_grad=True):
        return self

    # ---- traversal ----
    def cells_and_names(self, cells=None, name_prefix=''):
        """(name, cell) for this Cell and every descendant, depth first."""
        seen = cells if cells is not None else set()
        if id(self) in seen:
            return
        seen.add(id(self))
        yield name_prefix, self
        for name, cell in self._cells.items():
            if cell is not None:
                yield from cell.cells_and_names(seen, f'{name_prefix}.{name}' if name_prefix
                                                else name)

    def cells(self):
        """The direct children."""
        return self._cells.values()

    def name_cells(self):
        """The direct children by name."""
        return OrderedDict(self._cells)

    def parameters_and_names(self, name_prefix='', expand=True):
        """(attribute path, Parameter) pairs: own Parameters first, then children's."""
        cells = self.cells_and_names(name_prefix=name_prefix) if expand else [(name_prefix,
                                                                               self)]
        seen = set()
        for cell_name, cell in cells:
            for name, param in cell._params.items():
                if param is not None and id(param) not in seen:
                    seen.add(id(param))
                    yield (f'{cell_name}.{name}' if cell_name else name), param

    def get_parameters(self, expand=True):
        """A generator over all Parameters."""
        return (p for _, p in self.parameters_and_names(expand=expand))

    def trainable_params(self, recurse=True):
        """The Parameters with requires_grad=True, in registration order."""
        return [p for p in self.get_parameters(expand=recurse) if p.requires_grad]

    def untrainable_params(self, recurse=True):
        """The Parameters with requires_grad=False."""
        return [p for p in self.get_parameters(expand=recurse) if not p.requires_grad]

    def parameters_dict(self, recurse=True):
        """An OrderedDict of Parameter name to Parameter."""
        return OrderedDict((p.name, p) for p in self.get_parameters(expand=recurse))

    def apply(self, fn):
        """Call `fn(cell)` on every descendant and this Cell; returns self."""
        for cell in list(self._cells.values()):
            cell.apply(fn)
        fn(self)
        return self

    def to_float(self, dst_type):
        """Run this Cell and every Cell in it with their float inputs cast to `dst_type`
        (float16 or bfloat16 for mixed precision, float32 to keep a part in full precision);
        Parameters stay as they are. Returns self.

        Example:
            >>> net = mindspore.nn.Dense(2, 1).to_float(mindspore.float16)
            >>> print(net(ops.ones((1, 2))).dtype)
            Float16
        """
        from ..amp import _to_float     # amp builds on nn
        return _to_float(self, dst_type)

    # ---- printing ----
    def extend_repr(self):
        """Extra text inside this Cell's repr (subclasses describe their settings)."""
        return ''

    def __repr__(self):
        extra = self.extend_repr()
        extra_lines = extra.split('\n') if extra else []
        child_lines = ['(' + name + '): ' + repr(cell).replace('\n', '\n  ')
                       for name, cell in self._cells.items()]
        lines = extra_lines + child_lines
        if len(extra_lines) == 1 and not child_lines:
            return f'{type(self).__name__}({extra_lines[0]})'
        if not lines:
            return f'{type(self).__name__}()'
        return type(self).__name__ + '(\n  ' + '\n  '.join(lines) + '\n)'


__all__ = ['Cell', 'ParameterTuple']
