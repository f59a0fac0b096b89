"""mindspore.amp: automatic mixed precision and loss scaling."""
from abc import ABC, abstractmethod

import numpy as np

from ._core.primitive import Interpreter, bind_under, current, running
from .common import dtype as mstype
from .common.parameter import Parameter
from .common.tensor import Tensor
from .nn import layer as _layer
from .nn.cell import Cell
from .nn.optim.optimizer import Optimizer
from .nn.wrap.cell_wrapper import TrainOneStepCell, WithLossCell
from .nn.wrap.loss_scale import TrainOneStepWithLossScaleCell
from .ops import functional as F
from .ops import math_func as M
from .ops import operations as _P
from .ops import primitives as _prims
from .train.loss_scale_manager import (DynamicLossScaleManager, FixedLossScaleManager,
                                       LossScaleManager)

_LOW_PRECISION = (mstype.float16, mstype.bfloat16)


def _is_low(dtype):
    # by identity: bfloat16 is stored as float32, and dtypes compare by their NumPy type
    return any(dtype is t for t in _LOW_PRECISION)


# ---------------------------------------------------------------- precision of Cells


class _Precision(Interpreter):
    """Casts the float Tensor inputs of every op bound while it is on top to one float type
    (the Parameters a Cell reads included), as MindSpore does inside a Cell given `to_float`;
    the interpreter below computes, so the casts are differentiated like any op."""
    __slots__ = ('np_dtype',)

    def __init__(self, parent, np_dtype):
        self.parent, self.np_dtype = parent, np_dtype

    def process(self, prim, args, params):
        parent = self.parent
        if prim not in _KEEP_INPUTS:
            target = self.np_dtype
            args = tuple(bind_under(parent, _prims.cast_p, a, dtype=target)
                         if _is_float(a) and a._data.dtype != target else a for a in args)
        return bind_under(parent, prim, *args, **params)


# An explicit cast keeps its input; item assignment writes into its target in place.
_KEEP_INPUTS = frozenset((_prims.cast_p, _prims.setitem_p))


def _is_float(a):
    return isinstance(a, Tensor) and a._data.dtype.kind == 'f'


def _precision_construct(self, *args, **kwargs):
    """`construct` of a Cell given a precision: its ops run under a `_Precision` interpreter
    that replaces (rather than stacks on) the one of an enclosing Cell."""
    np_dtype, top = self._amp_np_dtype, current()
    if top.__class__ is _Precision:
        if top.np_dtype == np_dtype:
            return self._amp_construct(*args, **kwargs)
        top = top.parent
    with running(_Precision(top, np_dtype)):
        return self._amp_construct(*args, **kwargs)


def _to_float(cell, dst_type):
    """Run `cell` and every Cell inside it with float inputs cast to `dst_type` (MindSpore's
    `Cell.to_float`): float16 or bfloat16 for low precision, float32 to keep full precision."""
    if not (_is_low(dst_type) or dst_type is mstype.float32):
        raise ValueError("For 'to_float', the argument 'dst_type' must be mstype.float32, "
                         f"mstype.float16 or mstype.bfloat16, but got type: {type(dst_type)} and "
                         f"value: {dst_type}.")
    for _, sub in cell.cells_and_names():
        if '_amp_construct' not in sub.__dict__:
            object.__setattr__(sub, '_amp_construct', sub.construct)
        object.__setattr__(sub, 'construct', _precision_construct.__get__(sub))
        object.__setattr__(sub, '_amp_np_dtype', dst_type.np_dtype)
        object.__setattr__(sub, '_amp_dtype', dst_type)
        if _is_low(dst_type) and isinstance(sub, _FLOAT32_KERNELS):
            # MindSpore's float16 BatchNorm kernels compute in float32 and round the result.
            object.__setattr__(sub, '_amp_np_dtype', np.dtype(np.float32))
            _cast_output(sub, dst_type)
    return cell


_FLOAT32_KERNELS = tuple(getattr(_layer, n) for n in ('BatchNorm1d', 'BatchNorm2d', 'BatchNorm3d')
                         if hasattr(_layer, n))


def _cast_floats(value, dtype):
    """`value` with each float Tensor in it (nested tuples and lists too) cast to `dtype`."""
    if isinstance(value, (tuple, list)):
        return type(value)(_cast_floats(v, dtype) for v in value)
    if _is_float(value) and value._data.dtype != dtype.np_dtype:
        return F.cast(value, dtype)
    return value


class _OutputTo32(Cell):
    """Runs `backbone` and casts its float outputs to float32."""

    def __init__(self, backbone):
        super().__init__(auto_prefix=False)
        self._backbone = backbone

    def construct(self, *args, **kwargs):
        return _cast_floats(self._backbone(*args, **kwargs), mstype.float32)


class _OutputTo16(Cell):
    """Runs `backbone` and casts its float outputs to `dtype` (float16 by default)."""

    def __init__(self, backbone, dtype=mstype.float16):
        super().__init__(auto_prefix=False)
        self._backbone = backbone
        self.dtype = dtype

    def construct(self, *args, **kwargs):
        return _cast_floats(self._backbone(*args, **kwargs), self.dtype)


class _CastCall:
    """A primitive object (`ops.MatMul()` ...) called with its float inputs cast to `dtype`
    and its float outputs cast back to float32."""

    def __init__(self, op, dtype):
        self.op, self.dtype = op, dtype

    def __call__(self, *args, **kwargs):
        args = _cast_floats(args, self.dtype)
        return _cast_floats(self.op(*args, **kwargs), mstype.float32)

    def __getattr__(self, name):
        return getattr(self.op, name)


def _classes(module, names):
    return [getattr(module, n) for n in names if hasattr(module, n)]


AMP_WHITE_LIST = _classes(_layer, ['Conv1d', 'Conv2d', 'Conv3d', 'Conv1dTranspose',
                                   'Conv2dTranspose', 'Conv3dTranspose', 'Dense', 'LSTMCell',
                                   'RNNCell', 'GRUCell']) + \
    _classes(_P, ['Conv2D', 'Conv3D', 'Conv2DTranspose', 'Conv3DTranspose', 'Conv2DBackpropInput',
                  'MatMul', 'BatchMatMul', 'PReLU', 'ReLU', 'Ger'])
AMP_BLACK_LIST = _classes(_layer, ['BatchNorm1d', 'BatchNorm2d', 'BatchNorm3d', 'LayerNorm'])

# Cells whose construct is a single call of a white-listed primitive in MindSpore.
_PRIMITIVE_CELLS = tuple(_classes(_layer, ['ReLU', 'PReLU']))


def get_white_list():
    """A copy of the white list of `amp_level='O1'`: the Cells and primitive classes that run in
    low precision.

    Example:
        >>> from minispore import amp, nn
        >>> nn.Dense in amp.get_white_list()
        True
    """
    return list(AMP_WHITE_LIST)


def get_black_list():
    """A copy of the black list of `amp_level='O2'`: the Cells kept in float32.

    Example:
        >>> from minispore import amp, nn
        >>> nn.BatchNorm2d in amp.get_black_list()
        True
    """
    return list(AMP_BLACK_LIST)


def _set_by_user(cell):
    return '_amp_dtype' in cell.__dict__


def _replace_child(parent, name, new):
    """Put `new` in the place of child `name` without renaming Parameters."""
    parent._cells[name] = new
    object.__setattr__(parent, name, new)


def _cast_output_construct(self, *args, **kwargs):
    return _cast_floats(_precision_construct(self, *args, **kwargs), self._amp_output_dtype)


def _cast_output(cell, dtype):
    """Cast the float outputs of `cell` (given a precision) to `dtype`."""
    object.__setattr__(cell, '_amp_output_dtype', dtype)
    object.__setattr__(cell, 'construct', _cast_output_construct.__get__(cell))


def _white_listed(cell, dtype):
    """`cell` runs in `dtype` and its float outputs are cast to float32."""
    _cast_output(_to_float(cell, dtype), mstype.float32)


def _white_list_cells(network, white_list, dtype):
    """O1: white-listed Cells run in `dtype` with float32 outputs; white-listed primitive
    objects held by a Cell are called the same way."""
    cell_types = tuple(c for c in white_list if isinstance(c, type) and issubclass(c, Cell)) + \
        _PRIMITIVE_CELLS
    op_types = tuple(c for c in white_list if isinstance(c, type) and not issubclass(c, Cell))
    for name, sub in list(network.name_cells().items()):
        if _set_by_user(sub):
            continue
        if isinstance(sub, cell_types):
            _white_listed(sub, dtype)
        else:
            _white_list_cells(sub, white_list, dtype)
    for name, value in list(network.__dict__.items()):
        if op_types and isinstance(value, op_types):
            object.__setattr__(network, name, _CastCall(value, dtype))


def _black_list_cells(network, black_list, dtype):
    """O2: the whole network in `dtype`, black-listed Cells in float32 with outputs cast back."""
    _to_float(network, dtype)
    for name, sub in list(network.name_cells().items()):
        if sub is network:
            continue
        if isinstance(sub, tuple(black_list)):
            _replace_child(network, name, _OutputTo16(_to_float(sub, mstype.float32), dtype))
        else:
            _black_list_cells(sub, black_list, dtype)
    return network


def auto_mixed_precision(network, amp_level='O0', dtype=mstype.float16):
    """`network` prepared for mixed precision: its ops read their float inputs (Parameters
    included) in `dtype` at the chosen level, while Parameters stay float32.

    - 'O0': unchanged.
    - 'O1': the Cells and primitive objects of `get_white_list()` run in `dtype`, their
      outputs cast back to float32.
    - 'O2': everything in `dtype` except the Cells of `get_black_list()` (BatchNorm,
      LayerNorm), which run in float32; the network's outputs are cast to float32.
    - 'O3': everything in `dtype`; outputs cast to float32.

    Args:
        network (Cell): the network.
        amp_level (str): 'O0', 'O1', 'O2' or 'O3'.
        dtype: mstype.float16 (default) or mstype.bfloat16.

    Returns:
        Cell: `network` itself for 'O0' and 'O1', wrapped so its outputs are float32 for 'O2'
        and 'O3'.

    Example:
        >>> from minispore import amp, nn
        >>> net = amp.auto_mixed_precision(nn.Dense(2, 1, 'ones', 'zeros'), 'O3')
        >>> net(Tensor([[0.1, 0.2]]))
        Tensor(shape=[1, 1], dtype=Float32, value=
        [[ 2.99804688e-01]])
    """
    if not isinstance(network, Cell):
        if amp_level == 'auto':
            raise TypeError("For amp_level 'auto', the network type should be Cell or function.")
        raise TypeError(f"For amp_level '{amp_level}', the network type should be Cell.")
    if not _is_low(dtype):
        raise ValueError("The dtype should be one of (mstype.float16, mstype.bfloat16), but got "
                         f"{dtype}.")
    if amp_level == 'O0':
        return network
    if amp_level == 'O1':
        if isinstance(network, tuple(AMP_WHITE_LIST) + _PRIMITIVE_CELLS):
            _white_listed(network, dtype)
        else:
            _white_list_cells(network, AMP_WHITE_LIST, dtype)
    elif amp_level == 'O2':
        network = _OutputTo32(_black_list_cells(network, AMP_BLACK_LIST, dtype))
    elif amp_level == 'O3':
        network = _OutputTo32(_to_float(network, dtype))
    else:
        raise ValueError(f"The amp level {amp_level} is not supported")
    object.__setattr__(network, '_amp_level', amp_level)
    return network


def custom_mixed_precision(network, *, white_list=None, black_list=None, dtype=mstype.float16):
    """Mixed precision with your own list: with `white_list`, its Cells and primitive classes
    run in `dtype` (as 'O1'); with `black_list`, every Cell but those (as 'O2').

    Example:
        >>> from minispore import amp, nn
        >>> net = nn.SequentialCell([nn.Dense(2, 2), nn.LayerNorm((2,))])
        >>> type(amp.custom_mixed_precision(net, black_list=[nn.LayerNorm])).__name__
        '_OutputTo32'
    """
    if not isinstance(network, Cell):
        raise TypeError("The network type should be Cell.")
    if white_list is None and black_list is None:
        raise ValueError("For custom_mixed_precision, one of white_list and black_list must be "
                         "provided.")
    if white_list is not None and black_list is not None:
        raise ValueError("For custom_mixed_precision, the white_list or black_list cannot be "
                         "provided at the same time, please provide one or the other.")
    if not _is_low(dtype):
        raise ValueError("The dtype should be one of (mstype.float16, mstype.bfloat16), but got "
                         f"{dtype}.")
    custom = white_list if white_list is not None else black_list
    list_name = 'white_list' if white_list is not None else 'black_list'
    if not isinstance(custom, list):
        raise TypeError(f"The type of {list_name} should be list, but got {type(custom)}")
    for elem in custom:
        if not isinstance(elem, type):
            raise TypeError(f"The element in {list_name} should be a class, but got {elem}")
    if white_list is not None:
        _white_list_cells(network, white_list, dtype)
        return network
    return _OutputTo32(_black_list_cells(network, black_list, dtype))


# ---------------------------------------------------------------- loss scalers

def _map(fn, inputs):
    if isinstance(inputs, (tuple, list)):
        return type(inputs)(fn(x) for x in inputs)
    return fn(inputs)


def _check_scale_value(scale_value):
    if isinstance(scale_value, bool) or not isinstance(scale_value, (float, int)):
        raise TypeError("The type of 'scale_value' should be one of '['float', 'int']', but got "
                        f"type '{type(scale_value).__name__}'.")
    if scale_value < 1.0:
        raise ValueError(f"The argument 'scale_value' must be > 1, but got {scale_value}")
    return Parameter(Tensor(scale_value, dtype=mstype.float32), name='scale_value')


def _check_positive_int(value, name):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"The '{name}' must be int, but got '{type(value).__name__}'")
    if value <= 0:
        raise ValueError(f"The '{name}' must be int and must > 0, but got '{value}' with type "
                         "'int'.")
    return value


class LossScaler(ABC):
    """Base class of loss scalers: `scale` a loss, `unscale` gradients, `adjust` the scale
    from whether the gradients are finite.

    Example:
        >>> from minispore import amp
        >>> isinstance(amp.StaticLossScaler(8), amp.LossScaler)
        True
    """

    @abstractmethod
    def scale(self, inputs):
        """`inputs` (a Tensor or a tuple/list of them) multiplied by the scale."""

    @abstractmethod
    def unscale(self, inputs):
        """`inputs` divided by the scale."""

    @abstractmethod
    def adjust(self, grads_finite):
        """Update the scale from `grads_finite` (a bool Tensor)."""


class _ScaleValue(LossScaler):
    """`scale` and `unscale` by the float32 Parameter `scale_value`."""

    def scale(self, inputs):
        """`inputs` (a Tensor or a tuple/list of them) multiplied by `scale_value`, each in its
        own dtype."""
        scale = self.scale_value
        return _map(lambda x: x * F.cast(scale, x.dtype), inputs)

    def unscale(self, inputs):
        """`inputs` multiplied by `1 / scale_value` cast to each one's dtype."""
        inv = M.reciprocal(self.scale_value)
        return _map(lambda x: x * F.cast(inv, x.dtype), inputs)


class StaticLossScaler(_ScaleValue):
    """Scales losses and unscales gradients by a constant `scale_value` (a float32 Parameter).

    Args:
        scale_value (Union[float, int]): the scale, at least 1.

    Example:
        >>> from minispore import amp
        >>> scaler = amp.StaticLossScaler(1024)
        >>> scaler.scale(Tensor([1.]))
        Tensor(shape=[1], dtype=Float32, value= [ 1.02400000e+03])
        >>> scaler.unscale((Tensor([1.5, 1.0], mindspore.float16),))
        (Tensor(shape=[2], dtype=Float16, value= [ 1.4648e-03,  9.7656e-04]),)
    """

    def __init__(self, scale_value):
        self.scale_value = _check_scale_value(scale_value)

    def adjust(self, grads_finite):
        """The scale is fixed: returns False."""
        return False


class DynamicLossScaler(_ScaleValue):
    """A loss scale that shrinks by `scale_factor` (to at least 1) at each step whose gradients
    are not finite, and grows by it after `scale_window` finite steps in a row.

    Args:
        scale_value (Union[float, int]): the initial scale, at least 1.
        scale_factor (int): the factor.
        scale_window (int): the number of finite steps before the scale grows.

    Example:
        >>> from minispore import amp
        >>> scaler = amp.DynamicLossScaler(scale_value=2**10, scale_factor=2, scale_window=1)
        >>> grads = (Tensor(np.array([np.inf, 1.0]), mindspore.float16),)
        >>> scaler.adjust(amp.all_finite(scaler.unscale(grads)))
        True
        >>> print(scaler.scale_value.asnumpy())
        512.0
    """

    def __init__(self, scale_value, scale_factor, scale_window):
        self.scale_value = _check_scale_value(scale_value)
        self.scale_window = _check_positive_int(scale_window, 'scale_window')
        self.scale_factor = _check_positive_int(scale_factor, 'scale_factor')
        self.counter = Parameter(Tensor(0, dtype=mstype.int32), name='counter')

    def adjust(self, grads_finite):
        """Update `scale_value` and `counter` from `grads_finite` (a bool Tensor); returns True."""
        if not isinstance(grads_finite, Tensor):
            raise TypeError('Failed calling Select with '
                            f'"Select()(condition={type(grads_finite).__name__}, input=Tensor, '
                            'other=Tensor)".')
        finite = bool(grads_finite._data.all())
        scale = self.scale_value._data
        factor = np.float32(self.scale_factor)
        counter = int(self.counter._data)
        if finite:
            grown = scale * factor
            if counter == self.scale_window - 1 and np.isfinite(grown):
                scale = grown
        else:
            scale = np.maximum(np.float32(1), scale / factor)
        self.scale_value._data = np.asarray(scale, np.float32)
        self.counter._data = np.asarray((counter + 1) % self.scale_window * finite, np.int32)
        return True


def all_finite(inputs):
    """Whether every element of every Tensor in `inputs` is finite: a bool scalar Tensor.

    Args:
        inputs (Union[tuple[Tensor], list[Tensor]]): the Tensors, usually gradients.

    Example:
        >>> from minispore import amp
        >>> amp.all_finite((Tensor([1.0, np.inf]), Tensor([2.0])))
        Tensor(shape=[], dtype=Bool, value= False)
    """
    if isinstance(inputs, Tensor):
        inputs = (inputs,)
    if len(inputs) == 0:
        raise ValueError('For primitive[AddN], the concat element num must be greater than or '
                         'equal to 1, but got 0.')
    finite = all(bool(np.isfinite(t._data).all()) if t._data.dtype.kind in 'fc' else True
                 for t in inputs)
    return Tensor(np.bool_(finite))


# ---------------------------------------------------------------- training networks

_CONFIG_LEVEL = {
    'O0': {'keep_batchnorm_fp32': False, 'cast_model_type': mstype.float32,
           'loss_scale_manager': None},
    'O1': {'keep_batchnorm_fp32': False, 'cast_model_type': mstype.float32,
           'loss_scale_manager': None},
    'O2': {'keep_batchnorm_fp32': True, 'cast_model_type': mstype.float16,
           'loss_scale_manager': DynamicLossScaleManager},
    'O3': {'keep_batchnorm_fp32': False, 'cast_model_type': mstype.float16,
           'loss_scale_manager': None},
}


def _check_level(level, boost_level):
    if not isinstance(level, str):
        raise TypeError("The argument `level` must be a string in ['O0', 'O1', 'O2', 'O3', 'auto'],"
                        f"but got type {type(level)}.")
    if level not in _CONFIG_LEVEL:
        raise ValueError("The 'level' should be in : ['O0', 'O1', 'O2', 'O3', 'auto'], but got "
                         f"{level}.")
    if boost_level not in ('O0', 'O1', 'O2'):
        raise ValueError("The 'boost_level' should be in : ['O0', 'O1', 'O2'], but got "
                         f"{boost_level}.")


def _check_kwargs(kwargs):
    for arg in kwargs:
        if arg not in ('cast_model_type', 'keep_batchnorm_fp32', 'loss_scale_manager'):
            raise ValueError(f"Unsupported arg '{arg}'")
    if 'cast_model_type' in kwargs and not any(kwargs['cast_model_type'] is t
                                               for t in (mstype.float16, mstype.float32)):
        raise TypeError("The type of 'cast_model_type' should be in [Float16, Float32], but got "
                        f"{kwargs['cast_model_type']}.")
    if 'keep_batchnorm_fp32' in kwargs and not isinstance(kwargs['keep_batchnorm_fp32'], bool):
        raise TypeError("The type of 'keep_batchnorm_fp32' should be 'bool', but got type "
                        f"'{type(kwargs['keep_batchnorm_fp32']).__name__}'.")
    manager = kwargs.get('loss_scale_manager')
    if manager and not isinstance(manager, LossScaleManager):
        raise TypeError("The type of 'loss_scale_manager' should be one of '['LossScaleManager', "
                        f"'GroupLossScaleManager']', but got type '{type(manager).__name__}'.")


def _keep_batchnorm_fp32(network):
    for name, sub in list(network.name_cells().items()):
        if sub is network:
            continue
        if isinstance(sub, tuple(AMP_BLACK_LIST)):
            _replace_child(network, name, _OutputTo16(_to_float(sub, mstype.float32)))
        else:
            _keep_batchnorm_fp32(sub)


def _mixed_precision_for_level(network, config, level):
    if config['cast_model_type'] == mstype.float16:
        _to_float(network, mstype.float16)
        if config['keep_batchnorm_fp32']:
            _keep_batchnorm_fp32(network)
    elif not config['keep_batchnorm_fp32'] and level == 'O2':
        _to_float(network, mstype.float16)
    elif not (config['cast_model_type'] == mstype.float32 and level in ('O2', 'O3')):
        network = auto_mixed_precision(network, level)
    return network


class _WithLossCell32(WithLossCell):
    """`WithLossCell` that casts the network's outputs and the label to float32 for the loss."""

    def construct(self, data, label):
        out = _cast_floats(self._backbone(data), mstype.float32)
        return self._loss_fn(out, _cast_floats(label, mstype.float32))


def build_train_network(network, optimizer, loss_fn=None, level='O0', boost_level='O0', **kwargs):
    """A training Cell for `network` at the mixed-precision `level`: 'O2' and 'O3' put the
    network in float16 ('O2' keeps BatchNorm in float32 and scales the loss dynamically),
    the loss is computed in float32, and the result is a `TrainOneStepCell`, or a
    `TrainOneStepWithLossScaleCell` when the loss scale manager has an update Cell.

    Args:
        network (Cell): the network.
        optimizer (Optimizer): the optimizer.
        loss_fn (Cell): the loss; None when `network` returns it.
        level (str): 'O0', 'O1', 'O2' or 'O3'.
        boost_level (str): accepted for compatibility ('O0', 'O1', 'O2'); no effect.
        **kwargs: `cast_model_type`, `keep_batchnorm_fp32`, `loss_scale_manager`, overriding
            what `level` sets.

    Example:
        >>> from minispore import amp, nn
        >>> net = nn.Dense(2, 1, 'ones', 'zeros')
        >>> step = amp.build_train_network(net, nn.SGD(net.trainable_params(), 0.1), nn.MSELoss(),
        ...                                level='O3')
        >>> step(Tensor([[1., 2.]]), Tensor([[0.]]))
        Tensor(shape=[], dtype=Float32, value= 9)
    """
    if not isinstance(optimizer, Optimizer):
        raise TypeError("The argument 'optimizer' must be Optimizer, but got "
                        f"{type(optimizer).__name__}.")
    _check_level(level, boost_level)
    _check_kwargs(kwargs)
    config = dict(_CONFIG_LEVEL[level], **kwargs)
    if isinstance(config['loss_scale_manager'], type):
        config['loss_scale_manager'] = config['loss_scale_manager']()
    network = _mixed_precision_for_level(network, config, level)
    if loss_fn:
        if not isinstance(loss_fn, Cell):
            raise TypeError("The argument 'loss_fn' must be Cell, but got "
                            f"{type(loss_fn).__name__}.")
        low = _is_low(config['cast_model_type']) or \
            getattr(network, '_amp_level', None) in ('O2', 'O3')
        network = (_WithLossCell32 if low else WithLossCell)(network, loss_fn)
    manager = config['loss_scale_manager']
    loss_scale = 1.0
    if manager is not None:
        loss_scale = manager.get_loss_scale()
        update_cell = manager.get_update_cell()
        if update_cell is not None:
            return TrainOneStepWithLossScaleCell(network, optimizer,
                                                 scale_sense=update_cell).set_train()
    return TrainOneStepCell(network, optimizer, loss_scale).set_train()


__all__ = ['DynamicLossScaleManager', 'LossScaleManager', 'FixedLossScaleManager',
           'build_train_network', 'DynamicLossScaler', 'StaticLossScaler', 'LossScaler',
           'auto_mixed_precision', 'all_finite', 'custom_mixed_precision', 'get_white_list',
           'get_black_list']
