"""Normalisation layers: BatchNorm1d/2d, LayerNorm, GroupNorm and InstanceNorm2d."""
import numbers

from ...common import dtype as mstype
from ...common.initializer import initializer
from ...common.parameter import Parameter
from ...ops import functional as F
from ...ops import nn_func as N
from ..cell import Cell


def _positive(value, name, cls):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value <= 0:
        raise ValueError(f"For '{cls}', the '{name}' must be a positive int, but got {value!r}.")


class _BatchNorm(Cell):
    """Batch normalisation with Parameters `gamma`, `beta` and the untrained `moving_mean` and
    `moving_variance`."""

    _ranks = (2, 3, 4)

    def __init__(self, num_features, eps=1e-05, momentum=0.9, affine=True, gamma_init='ones',
                 beta_init='zeros', moving_mean_init='zeros', moving_var_init='ones',
                 use_batch_statistics=None, data_format='NCHW', dtype=mstype.float32):
        super().__init__()
        cls = type(self).__name__
        _positive(num_features, 'num_features', cls)
        if not 0.0 <= momentum <= 1.0:
            raise ValueError(f"For '{cls}', the 'momentum' must be in [0, 1], but got "
                             f"{momentum}.")
        if data_format != 'NCHW':
            raise ValueError(f"For '{cls}', only the 'NCHW' data_format is supported, but got "
                             f"{data_format!r}.")
        self.num_features, self.eps, self.use_batch_statistics = num_features, eps, \
            use_batch_statistics
        self.format = data_format
        self.gamma_init, self.beta_init = gamma_init, beta_init
        self.moving_mean_init, self.moving_var_init = moving_mean_init, moving_var_init
        self.moving_mean = Parameter(initializer(moving_mean_init, num_features, dtype),
                                     name='mean', requires_grad=False)
        self.moving_variance = Parameter(initializer(moving_var_init, num_features, dtype),
                                         name='variance', requires_grad=False)
        self.gamma = Parameter(initializer(gamma_init, num_features, dtype), name='gamma',
                               requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_features, dtype), name='beta',
                              requires_grad=affine)
        self.momentum = 1.0 - momentum      # the weight of the batch statistics, as MindSpore

    def construct(self, x):
        if x.ndim not in self._ranks:
            raise ValueError(f"For '{type(self).__name__}', the input must have rank in "
                             f"{list(self._ranks)}, but got shape {x.shape}.")
        use_batch = self.training if self.use_batch_statistics is None \
            else self.use_batch_statistics
        return N.batch_norm(x, self.moving_mean, self.moving_variance, self.gamma, self.beta,
                            bool(use_batch), self.momentum, self.eps)

    def extend_repr(self):
        return (f'num_features={self.num_features}, eps={self.eps}, '
                f'momentum={1.0 - self.momentum}, gamma={self.gamma}, beta={self.beta}, '
                f'moving_mean={self.moving_mean}, moving_variance={self.moving_variance}')


class BatchNorm1d(_BatchNorm):
    """Batch normalisation over (N, C) or (N, C, L) inputs.

    In training (`set_train()`) the batch statistics normalise and the moving ones are updated
    as `moving = momentum * moving + (1 - momentum) * batch` (unbiased batch variance); in
    inference the moving statistics normalise. `use_batch_statistics` True or False forces
    one or the other.

    Example:
        >>> bn = nn.BatchNorm1d(2).set_train()
        >>> print(bn(Tensor([[1., 2.], [3., 6.]])))
        [[-0.999995  -0.9999988]
         [ 0.999995   0.9999988]]
        >>> print(bn.moving_mean.value())
        [0.2 0.4]
    """

    _ranks = (2, 3)


class BatchNorm2d(_BatchNorm):
    """Batch normalisation over (N, C, H, W) inputs; see BatchNorm1d.

    Example:
        >>> bn = nn.BatchNorm2d(3)
        >>> [p.name for p in bn.get_parameters()]
        ['mean', 'variance', 'gamma', 'beta']
        >>> bn(ops.ones((1, 3, 2, 2))).shape
        (1, 3, 2, 2)
    """

    _ranks = (4,)


class LayerNorm(Cell):
    """Layer normalisation: over the axes from `begin_norm_axis` on, then `gamma` and `beta`
    (of shape `normalized_shape`) applied from axis `begin_params_axis` on.

    Example:
        >>> ln = nn.LayerNorm((3,))
        >>> print(ln(Tensor([[1., 2., 3.]])))
        [[-1.2247448  0.         1.2247448]]
    """

    def __init__(self, normalized_shape, begin_norm_axis=-1, begin_params_axis=-1,
                 gamma_init='ones', beta_init='zeros', epsilon=1e-07, dtype=mstype.float32):
        super().__init__()
        if not isinstance(normalized_shape, (tuple, list)):
            raise TypeError(f"For 'LayerNorm', the type of 'normalized_shape' must be tuple or "
                            f"list, but got {type(normalized_shape).__name__}.")
        if not normalized_shape:
            raise ValueError(f"Expected normalized_shape to be at least 1-dimensional, i.e., "
                             f"containing at least one element, but got normalized_shape = "
                             f"{normalized_shape}")
        self.normalized_shape = normalized_shape
        self.begin_norm_axis, self.begin_params_axis = begin_norm_axis, begin_params_axis
        self.epsilon = epsilon
        self.gamma = Parameter(initializer(gamma_init, tuple(normalized_shape), dtype),
                               name='gamma')
        self.beta = Parameter(initializer(beta_init, tuple(normalized_shape), dtype),
                              name='beta')

    def construct(self, input_x):
        ndim = input_x.ndim
        norm = self.begin_norm_axis % ndim
        params = self.begin_params_axis % ndim
        gamma, beta = F.cast(self.gamma, input_x.dtype), F.cast(self.beta, input_x.dtype)
        if norm == params == ndim - len(self.normalized_shape):
            return N.layer_norm(input_x, tuple(self.normalized_shape), gamma, beta,
                                self.epsilon)
        out = N.layer_norm(input_x, input_x.shape[norm:], None, None, self.epsilon)
        shape = (1,) * params + tuple(self.gamma.shape)
        return out * F.reshape(gamma, shape) + F.reshape(beta, shape)

    def extend_repr(self):
        return (f'normalized_shape={self.normalized_shape}, '
                f'begin_norm_axis={self.begin_norm_axis}, '
                f'begin_params_axis={self.begin_params_axis}, gamma{self.gamma}, '
                f'beta={self.beta}')


class GroupNorm(Cell):
    """Group normalisation of (N, C, ...) over `num_groups` groups of channels, with per-channel
    `gamma` and `beta`.

    Example:
        >>> gn = nn.GroupNorm(2, 4)
        >>> gn(ops.ones((1, 4, 2, 2))).shape
        (1, 4, 2, 2)
    """

    def __init__(self, num_groups, num_channels, eps=1e-05, affine=True, gamma_init='ones',
                 beta_init='zeros', dtype=mstype.float32):
        super().__init__()
        _positive(num_groups, 'num_groups', 'GroupNorm')
        _positive(num_channels, 'num_channels', 'GroupNorm')
        if num_channels % num_groups:
            raise ValueError(f"For 'GroupNorm', the 'num_channels' must be divided by "
                             f"'num_groups', but got 'num_channels': {num_channels}, "
                             f"'num_groups': {num_groups}.")
        self.num_groups, self.num_channels, self.eps, self.affine = num_groups, num_channels, \
            eps, affine
        self.gamma = Parameter(initializer(gamma_init, num_channels, dtype), name='gamma',
                               requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_channels, dtype), name='beta',
                              requires_grad=affine)

    def construct(self, x):
        return N.group_norm(x, self.num_groups, self.gamma, self.beta, self.eps)

    def extend_repr(self):
        return f'num_groups={self.num_groups}, num_channels={self.num_channels}'


class InstanceNorm2d(Cell):
    """Instance normalisation of (N, C, H, W): each sample's channel over its H * W values,
    then per-channel `gamma` and `beta`.

    Example:
        >>> norm = nn.InstanceNorm2d(2)
        >>> print(norm(Tensor([[[[1., 3.]], [[2., 2.]]]])))
        [[[[-0.999995  0.999995]]
        <BLANKLINE>
          [[ 0.        0.      ]]]]
    """

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, gamma_init='ones',
                 beta_init='zeros', dtype=mstype.float32):
        super().__init__()
        _positive(num_features, 'num_features', 'InstanceNorm2d')
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.moving_mean = Parameter(initializer('zeros', num_features, dtype), name='mean',
                                     requires_grad=False)
        self.moving_variance = Parameter(initializer('ones', num_features, dtype),
                                         name='variance', requires_grad=False)
        self.gamma = Parameter(initializer(gamma_init, num_features, dtype), name='gamma',
                               requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_features, dtype), name='beta',
                              requires_grad=affine)

    def construct(self, x):
        if x.ndim != 4:
            raise ValueError(f"For 'InstanceNorm2d', the input must have rank 4, but got shape "
                             f"{x.shape}.")
        return N.group_norm(x, self.num_features, self.gamma, self.beta, self.eps)

    def extend_repr(self):
        return (f'num_features={self.num_features}, eps={self.eps}, momentum={self.momentum}, '
                f'gamma={self.gamma}, beta={self.beta}, moving_mean={self.moving_mean}, '
                f'moving_variance={self.moving_variance}')
