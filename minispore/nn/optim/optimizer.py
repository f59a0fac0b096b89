"""Optimizer: the base of the optimizers (learning rates, parameter groups, weight decay)."""
from collections.abc import Iterable

import numpy as np

from ...common.parameter import Parameter, ParameterTuple
from ...common.tensor import Tensor
from ..cell import Cell
from ..learning_rate_schedule import LearningRateSchedule


def _raw(x):
    return x._data if isinstance(x, Tensor) else np.asarray(x)


class _IteratorLearningRate(LearningRateSchedule):
    """A list of learning rates, indexed by the global step."""

    def __init__(self, learning_rate, name):
        super().__init__()
        self.learning_rate = Parameter(learning_rate, name)

    def construct(self, global_step):
        return Tensor(self.learning_rate._data[np.asarray(_raw(global_step))])


class Optimizer(Cell):
    """Base of optimizers: builds the learning rate(s), parameter groups and weight decay.

    A subclass implements `_update(index, param, grad, lr)` on float32 NumPy arrays.

    Args:
        learning_rate: a number, a list or 1-D Tensor (one value per step) or a
            LearningRateSchedule.
        parameters: a list of Parameters, or of group dicts with keys 'params', 'lr',
            'weight_decay' and 'order_params'.
        weight_decay: a number; with a flat list it skips Parameters named '*beta*'/'*gamma*'.
        loss_scale: gradients are divided by it (weight decay is applied before).

    Example:
        >>> net = nn.Dense(2, 1)
        >>> opt = nn.SGD([{'params': [net.weight], 'lr': 0.5}, {'params': [net.bias]}])
        >>> [float(lr) for lr in opt.get_lr()]
        [0.5, 0.10000000149011612]
    """

    def __init__(self, learning_rate, parameters, weight_decay=0.0, loss_scale=1.0):
        super().__init__(auto_prefix=False)
        parameters = self._parameters_base_check(parameters, 'parameters')
        if not (all(isinstance(x, Parameter) for x in parameters)
                or all(isinstance(x, dict) for x in parameters)):
            raise TypeError("For 'Optimizer', all elements of the argument 'parameters' must be "
                            "'Parameter' or 'dict', please check the 'parameters'.")
        if isinstance(loss_scale, int) and not isinstance(loss_scale, bool):
            loss_scale = float(loss_scale)
        if not isinstance(loss_scale, float):
            raise TypeError(f"For '{type(self).__name__}', the type of 'loss_scale' should be "
                            f"'float', but got type '{type(loss_scale).__name__}'.")
        if loss_scale <= 0:
            raise ValueError(f"For '{type(self).__name__}', the 'loss_scale' must be float and "
                             f"must > 0, but got '{loss_scale}' with type 'float'.")
        self.loss_scale = loss_scale
        self.dynamic_lr = False
        self.is_group = self.is_group_lr = False
        self.global_step = Parameter(Tensor(np.zeros((1,), np.int32)), name='global_step')
        learning_rate = self._preprocess_single_lr(learning_rate)
        if isinstance(parameters[0], dict):
            self.is_group = True
            self._init_group_params(parameters, learning_rate, weight_decay)
        else:
            params = ParameterTuple(parameters)
            wd = self._preprocess_weight_decay(weight_decay)
            self.group_params = list(params)
            self.group_weight_decay = [wd] * len(params)
            self.decay_flags = tuple('beta' not in p.name and 'gamma' not in p.name
                                     for p in params)
            self.learning_rate = self._build_single_lr(learning_rate, 'learning_rate')
            self.weight_decay = Tensor(np.float32(wd))
        if self.is_group:
            self.decay_flags = tuple(wd > 0 for wd in self.group_weight_decay)
            self.weight_decay = tuple(Tensor(np.float32(wd)) for wd in self.group_weight_decay)
            if self.is_group_lr:
                lrs = self.group_lr
                self.learning_rate = (tuple(lrs) if self.dynamic_lr else ParameterTuple(lrs))
            else:
                self.learning_rate = self._default_lr
        self.parameters = ParameterTuple(self.group_params)
        self._parameters = self.parameters
        self.exec_weight_decay = any(wd > 0 for wd in self.group_weight_decay)
        self.reciprocal_scale = 1.0 / self.loss_scale
        self.need_scale = self.loss_scale != 1.0
        self.param_length = len(self._parameters)

    def __setattr__(self, name, value):
        # as in MindSpore, the Parameters of a ParameterTuple attribute belong to the Cell
        if isinstance(value, ParameterTuple) and '_params' in self.__dict__:
            for p in value:
                self._params.setdefault(p.name, p)
        super().__setattr__(name, value)

    # ---- construction ----
    @staticmethod
    def _parameters_base_check(parameters, param_info):
        if parameters is None:
            raise ValueError(f"For 'Optimizer', the argument {param_info} can not be None.")
        if not isinstance(parameters, Iterable):
            raise TypeError(f"For 'Optimizer', the argument {param_info} must be Iterable type, "
                            f"but got {type(parameters)}.")
        parameters = list(parameters)
        if not parameters:
            raise ValueError(f"For 'Optimizer', the argument {param_info} must not be empty.")
        return parameters

    def _preprocess_weight_decay(self, weight_decay):
        if isinstance(weight_decay, bool) or not isinstance(weight_decay, (int, float)):
            raise TypeError(f"For 'Optimizer', the argument 'Weight_decay' must be int or "
                            f"float, but got {type(weight_decay)}")
        if weight_decay < 0:
            raise ValueError(f"For '{type(self).__name__}', the 'weight_decay' must be "
                             f"float and must >= 0, but got '{weight_decay}' with type 'float'.")
        return float(weight_decay) * self.loss_scale

    def _preprocess_single_lr(self, learning_rate):
        if isinstance(learning_rate, (int, float)):
            if learning_rate < 0:
                raise ValueError(f"For '{type(self).__name__}', the 'learning rate' must be "
                                 f"float and must >= 0, but got '{float(learning_rate)}' with type "
                                 f"'float'.")
            return float(learning_rate)
        if isinstance(learning_rate, Tensor) and learning_rate.ndim == 0:
            return Tensor(np.asarray(learning_rate._data, np.float32))
        self.dynamic_lr = True
        if isinstance(learning_rate, LearningRateSchedule):
            return learning_rate
        if isinstance(learning_rate, Tensor):
            if learning_rate.ndim > 1:
                raise ValueError(f"For 'Optimizer', if 'learning_rate' is Tensor type, then the "
                                 f"dimension of it should be 0 or 1, but got "
                                 f"{learning_rate.ndim}.")
            return Tensor(np.asarray(learning_rate._data, np.float32))
        if isinstance(learning_rate, Iterable):
            return Tensor(np.array(list(learning_rate)).astype(np.float32))
        raise TypeError(f"For 'Optimizer', the argument 'learning_rate' must be int, float, "
                        f"Tensor, Iterable or LearningRateSchedule, but got "
                        f"{type(learning_rate)}.")

    @staticmethod
    def _build_single_lr(learning_rate, name):
        if isinstance(learning_rate, float):
            return Parameter(Tensor(np.float32(learning_rate)), name)
        if isinstance(learning_rate, Tensor) and learning_rate.ndim == 0:
            return Parameter(learning_rate, name)
        if isinstance(learning_rate, Tensor) and learning_rate.ndim == 1:
            return _IteratorLearningRate(learning_rate, name)
        return learning_rate

    def _init_group_params(self, parameters, learning_rate, weight_decay):
        keys = ['params', 'lr', 'weight_decay', 'order_params', 'grad_centralization']
        for group in parameters:
            invalid = [k for k in group if k not in keys]
            if invalid:
                raise KeyError(f"For 'Optimizer', the key in group params must be one of in "
                               f"{keys}, but got {invalid}.")
            if 'lr' in group:
                self.is_group_lr = True
        self._default_lr = self._build_single_lr(learning_rate, 'learning_rate')
        self.group_params, self.group_lr, self.group_weight_decay = [], [], []
        names, ordered = [], None
        for num, group in enumerate(parameters):
            if 'order_params' in group:
                ordered = list(group['order_params'])
                continue
            params = self._parameters_base_check(group['params'], 'group `params`')
            for i, p in enumerate(params):
                if not isinstance(p, Parameter):
                    raise TypeError(f"For 'Optimizer', the element in group parameters must be "
                                    f"Parameter type, but got {type(p)} at index {i}.")
            if 'lr' in group:
                lr = self._build_single_lr(self._preprocess_single_lr(group['lr']),
                                           f'learning_rate_group_{num}')
            else:
                lr = self._default_lr
            wd = self._preprocess_weight_decay(group.get('weight_decay', weight_decay))
            for p in params:
                if p.name in names:
                    raise RuntimeError(f"For 'Optimizer', the {p.name} parameter already "
                                       f"exists, it does not support repeated setting. Please "
                                       f"check whether the optimizer parameter has been set "
                                       f"multiple times.")
                names.append(p.name)
                self.group_params.append(p)
                self.group_lr.append(lr)
                self.group_weight_decay.append(wd)
        if ordered:
            if len(ordered) != len(self.group_params):
                raise ValueError(f"For 'Optimizer',the length of order parameters must be the "
                                 f"same as the length of group parameters, but got order "
                                 f"parameters' length {len(ordered)}, group parameters' length "
                                 f"{len(self.group_params)}.")
            index = [names.index(p.name) for p in ordered]
            self.group_params = [self.group_params[i] for i in index]
            self.group_lr = [self.group_lr[i] for i in index]
            self.group_weight_decay = [self.group_weight_decay[i] for i in index]

    # ---- learning rate and weight decay ----
    def get_lr(self):
        """The learning rate of the current step: a Parameter for a fixed rate, a Tensor for a
        dynamic one, a tuple with one entry per Parameter when groups set their own rates."""
        if not self.dynamic_lr:
            return self.learning_rate
        if self.is_group_lr:
            return tuple(lr(self.global_step).reshape(()) if isinstance(lr, Cell) else lr
                         for lr in self.learning_rate)
        return self.learning_rate(self.global_step).reshape(())

    def get_lr_parameter(self, param):
        """The learning-rate Parameter (or schedule) of `param`, or a list for a list."""
        params = [param] if isinstance(param, Parameter) else param
        if not isinstance(params, list):
            raise TypeError(f"For 'get_lr_parameter', the 'param' must be 'Parameter' or 'list' "
                            f"type, but got {type(param)}.")
        ids = [id(p) for p in self._parameters]
        out = []
        for p in params:
            if id(p) not in ids:
                raise ValueError(f"For 'get_lr_parameter', the parameter {p.name} is not in "
                                 f"optimizer, please check whether the argument 'param' is "
                                 f"correct.")
            lr = self.learning_rate[ids.index(id(p))] if self.is_group_lr else self.learning_rate
            out.append(lr.learning_rate if isinstance(lr, _IteratorLearningRate) else lr)
        return out if isinstance(param, list) else out[0]

    def get_weight_decay(self):
        """The weight decay (times the loss scale): a Tensor, or a tuple of them with groups."""
        return self.weight_decay

    def _current_lrs(self):
        """One float32 learning rate per Parameter, for the current step."""
        lr = self.get_lr()
        if isinstance(lr, tuple):
            return [np.float32(_raw(x)) for x in lr]
        return [np.float32(_raw(lr))] * self.param_length

    # ---- the step ----
    def _gradients(self, gradients):
        """Raw gradient arrays with weight decay added and the loss scale removed."""
        gradients = tuple(gradients)
        if len(gradients) != self.param_length:
            raise ValueError(f"For '{type(self).__name__}', the number of gradients "
                             f"({len(gradients)}) must equal the number of parameters "
                             f"({self.param_length}).")
        out = []
        for p, g, wd, flag in zip(self._parameters, gradients, self.group_weight_decay,
                                  self.decay_flags):
            g = np.asarray(_raw(g))
            if self.exec_weight_decay and flag:
                g = p._data * p._data.dtype.type(wd) + g
            if self.need_scale:
                g = g * g.dtype.type(self.reciprocal_scale)
            out.append(g)
        return out

    def _step_done(self):
        self.global_step._data = self.global_step._data + np.int32(1)

    def construct(self, gradients):
        grads = self._gradients(gradients)
        lrs = self._current_lrs()
        self._step_done()
        self._before_update()
        for i, (p, g) in enumerate(zip(self._parameters, grads)):
            _assign(p, self._update(i, p._data, g, lrs[i]))
        return (True,) * self.param_length

    def _before_update(self):
        """Per-step state shared by all Parameters (Adam's beta powers)."""

    def _update(self, index, param, grad, lr):
        raise NotImplementedError


def _assign(param, new):
    """Write `new` into `param`'s array in place, as MindSpore's optimizers do (an earlier
    `asnumpy()` of the Parameter sees the update); an array that is a view is replaced."""
    data = param._data
    if new is data:
        return
    if data.base is None and data.flags.writeable and new.shape == data.shape:
        np.copyto(data, new, casting='unsafe')
    else:
        param._data = new.astype(data.dtype, copy=False)


__all__ = ['Optimizer']
