"""MindSpore's primitive classes (`ops.Add()(x, y)`, `ops.ReduceSum(keep_dims=True)(x, axis)`):
thin shells over the ops functions, which hold the one definition of each op."""
from ..common import dtype as mstype
from . import functional as F


class PrimitiveOp:
    """Base of the primitive classes: configured by `__init__`, applied by `__call__`.
    A subclass defined by a user may pass its name, as to MindSpore's `Primitive(name)`."""

    def __init__(self, name=None):
        self.name = name or type(self).__name__


class _Plain(PrimitiveOp):
    """A primitive class without attributes: `Add()`, `Exp()`..."""

    def __init__(self):
        super().__init__()

    def __repr__(self):
        return f'Prim[{self.name}]'


def _shell(name, fn):
    """A primitive class without attributes, calling `fn` on its arguments."""
    def __call__(self, *args):
        return fn(*args)
    return type(name, (_Plain,), {'__call__': __call__,
                                       '__doc__': f'`{name}()(...)` is `ops.{fn.__name__}(...)`.'})


Add, Sub, Mul, Div = (_shell(n, f) for n, f in (('Add', F.add), ('Sub', F.sub),
                                                  ('Mul', F.mul), ('Div', F.div)))
RealDiv, Pow = _shell('RealDiv', F.div), _shell('Pow', F.pow)
Maximum, Minimum = _shell('Maximum', F.maximum), _shell('Minimum', F.minimum)
Neg, Abs, Exp, Log = (_shell(n, f) for n, f in (('Neg', F.neg), ('Abs', F.abs),
                                                  ('Exp', F.exp), ('Log', F.log)))
Sqrt, Square, Sin, Cos = (_shell(n, f) for n, f in (('Sqrt', F.sqrt), ('Square', F.square),
                                                     ('Sin', F.sin), ('Cos', F.cos)))
Tanh, Sigmoid, ReLU = _shell('Tanh', F.tanh), _shell('Sigmoid', F.sigmoid), _shell('ReLU', F.relu)
Equal, Select = _shell('Equal', F.equal), _shell('Select', F.where)
ZerosLike, OnesLike = _shell('ZerosLike', F.zeros_like), _shell('OnesLike', F.ones_like)
Reshape, Transpose = _shell('Reshape', F.reshape), _shell('Transpose', F.transpose)
ExpandDims, Assign = _shell('ExpandDims', F.expand_dims), _shell('Assign', F.assign)
Depend, Shape = _shell('Depend', F.depend), _shell('Shape', F.shape)
Rank, Size = _shell('Rank', F.rank), _shell('Size', F.size)


class MatMul(PrimitiveOp):
    """`MatMul(transpose_a=False, transpose_b=False)(x, y)`: 2-D matrix product."""

    def __init__(self, transpose_a=False, transpose_b=False):
        super().__init__()
        self.transpose_a, self.transpose_b = transpose_a, transpose_b

    def __call__(self, x, y):
        return F.matmul(x.T if self.transpose_a else x, y.T if self.transpose_b else y)


class BatchMatMul(MatMul):
    """`BatchMatMul(transpose_a=False, transpose_b=False)(x, y)` over leading batch axes."""

    def __call__(self, x, y):
        def last2(t):
            return F.transpose(t, tuple(range(t.ndim - 2)) + (t.ndim - 1, t.ndim - 2))
        return F.matmul(last2(x) if self.transpose_a else x, last2(y) if self.transpose_b else y)


class _Reduce(PrimitiveOp):
    def __init__(self, keep_dims=False):
        super().__init__()
        self.keep_dims = keep_dims

    def __call__(self, x, axis=()):
        return self.fn(x, axis, self.keep_dims)


class ReduceSum(_Reduce):
    """`ReduceSum(keep_dims=False, skip_mode=False)(x, axis=())`: sum; an empty axis means
    every axis, or with `skip_mode=True` no reduction (x is returned as it is)."""

    def __init__(self, keep_dims=False, skip_mode=False):
        super().__init__(keep_dims)
        self.skip_mode = skip_mode

    def __call__(self, x, axis=()):
        if self.skip_mode and (axis == () or axis == []):
            return x
        return F.sum(x, axis, self.keep_dims)


class ReduceMean(_Reduce):
    """`ReduceMean(keep_dims=False)(x, axis=())`: mean; an empty axis means every axis."""
    fn = staticmethod(F.mean)


class ReduceMax(_Reduce):
    """`ReduceMax(keep_dims=False)(x, axis=())`: maximum; an empty axis means every axis."""
    fn = staticmethod(F.amax)


class Concat(PrimitiveOp):
    """`Concat(axis=0)(tensors)`."""

    def __init__(self, axis=0):
        super().__init__()
        self.axis = axis

    def __call__(self, tensors):
        return F.concat(tensors, self.axis)


class Stack(Concat):
    """`Stack(axis=0)(tensors)`."""

    def __call__(self, tensors):
        return F.stack(tensors, self.axis)


class Squeeze(PrimitiveOp):
    """`Squeeze(axis=())(x)`."""

    def __init__(self, axis=()):
        super().__init__()
        self.axis = axis

    def __call__(self, x):
        return F.squeeze(x, self.axis if self.axis != () else None)


class Cast(_Plain):
    """`Cast()(x, dtype)`."""

    def __call__(self, x, dtype):
        return F.cast(x, dtype)


class Fill(_Plain):
    """`Fill()(dtype, shape, value)`."""

    def __call__(self, dtype, shape, value):
        return F.full(shape, value, dtype=dtype or mstype.float32)


# ---- the rest call the family modules at call time ----
from . import array_func, conv_func, nn_func, random as R  # noqa: E402


class _Axis(PrimitiveOp):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis


class Softmax(_Axis):
    """`Softmax(axis=-1)(x)`."""

    def __call__(self, input):
        return nn_func.softmax(input, self.axis)


class LogSoftmax(_Axis):
    """`LogSoftmax(axis=-1)(logits)`."""

    def __call__(self, logits):
        return nn_func.log_softmax(logits, self.axis)


class Argmax(PrimitiveOp):
    """`Argmax(axis=-1, output_type=mindspore.int32)(x)`: indices of the maxima."""

    def __init__(self, axis=-1, output_type=mstype.int32):
        super().__init__()
        self.axis, self.output_type = axis, output_type

    def __call__(self, input_x):
        return F.cast(F.argmax(input_x, self.axis), self.output_type)


class ArgMaxWithValue(PrimitiveOp):
    """`ArgMaxWithValue(axis=0, keep_dims=False)(x)` -> (indices, values)."""

    def __init__(self, axis=0, keep_dims=False):
        super().__init__()
        self.axis, self.keep_dims = axis, keep_dims

    def __call__(self, input):
        values, indices = F.max(input, self.axis, self.keep_dims)
        return indices, values


class OneHot(_Axis):
    """`OneHot(axis=-1)(indices, depth, on_value, off_value)`."""

    def __call__(self, indices, depth, on_value, off_value):
        return array_func.one_hot(indices, depth, on_value, off_value, self.axis)


class Gather(PrimitiveOp):
    """`Gather(batch_dims=0)(input_params, input_indices, axis)`."""

    def __init__(self, batch_dims=0):
        super().__init__()
        self.batch_dims = batch_dims

    def __call__(self, input_params, input_indices, axis):
        return array_func.gather(input_params, input_indices, axis, self.batch_dims)


class Tile(_Plain):
    """`Tile()(input, dims)`."""

    def __call__(self, input, dims):
        return array_func.tile(input, dims)


class Split(PrimitiveOp):
    """`Split(axis=0, output_num=1)(x)`: `output_num` equal parts along `axis`."""

    def __init__(self, axis=0, output_num=1):
        super().__init__()
        self.axis, self.output_num = axis, output_num

    def __call__(self, input_x):
        length = input_x.shape[self.axis]
        if length % self.output_num:
            raise ValueError(f"For 'Split', x_shape[{self.axis}] must be divisible by "
                             f"output_num = {self.output_num}, but got {length}")
        return tuple(array_func.split(input_x, length // self.output_num, self.axis))


class _Random(PrimitiveOp):
    def __init__(self, seed=0, seed2=0):
        super().__init__()
        self.seed, self.seed2 = seed, seed2

    def _seed(self):
        return None if self.seed == 0 and self.seed2 == 0 else self.seed * 1000003 + self.seed2


class StandardNormal(_Random):
    """`StandardNormal(seed=0, seed2=0)(shape)`: Float32 standard normal samples."""

    def __call__(self, shape):
        return R.randn(shape, seed=self._seed())


class UniformReal(_Random):
    """`UniformReal(seed=0, seed2=0)(shape)`: Float32 samples uniform in [0, 1)."""

    def __call__(self, shape):
        return R.rand(shape, seed=self._seed())


class SoftmaxCrossEntropyWithLogits(_Plain):
    """`SoftmaxCrossEntropyWithLogits()(logits, labels)` -> (loss per row, logits gradient)."""

    def __call__(self, logits, labels):
        log_p = nn_func.log_softmax(logits, -1)
        return -F.sum(labels * log_p, -1), F.exp(log_p) - labels


class SparseSoftmaxCrossEntropyWithLogits(PrimitiveOp):
    """`SparseSoftmaxCrossEntropyWithLogits(is_grad=False)(logits, labels)`: the mean loss over
    rows for class-index labels, or with `is_grad=True` its gradient in the logits."""

    def __init__(self, is_grad=False):
        super().__init__()
        self.is_grad = is_grad

    def __call__(self, logits, labels):
        if self.is_grad:
            one_hot = array_func.one_hot(labels, logits.shape[-1], 1.0, 0.0)
            return (nn_func.softmax(logits, -1) - F.cast(one_hot, logits.dtype)) / logits.shape[0]
        return nn_func.cross_entropy(logits, labels)


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)[-2:]


class Conv2D(PrimitiveOp):
    """`Conv2D(out_channel, kernel_size, mode=1, pad_mode='valid', pad=0, stride=1, dilation=1,
    group=1, data_format='NCHW')(x, weight)`; `pad` is an int or (top, bottom, left, right)."""

    def __init__(self, out_channel, kernel_size, mode=1, pad_mode='valid', pad=0, stride=1,
                 dilation=1, group=1, data_format='NCHW'):
        super().__init__()
        self.out_channel, self.kernel_size, self.mode = out_channel, kernel_size, mode
        self.pad_mode, self.pad, self.group = pad_mode.lower(), pad, group
        self.data_format = data_format
        self.stride, self.dilation = _pair(stride), _pair(dilation)

    def __call__(self, x, weight):
        pad = self.pad
        if self.pad_mode == 'pad' and not isinstance(pad, int) and pad[0::2] != pad[1::2]:
            x = array_func.pad(x, (pad[2], pad[3], pad[0], pad[1]))
            pad_mode, padding = 'valid', 0
        else:
            pad_mode = self.pad_mode
            padding = (pad, pad) if isinstance(pad, int) else (pad[0], pad[2])
        return conv_func.conv2d(x, weight, None, self.stride, pad_mode,
                                padding if pad_mode == 'pad' else 0, self.dilation, self.group)


class MaxPool(PrimitiveOp):
    """`MaxPool(kernel_size=1, strides=1, pad_mode='valid', data_format='NCHW')(x)`."""

    def __init__(self, kernel_size=1, strides=1, pad_mode='valid', data_format='NCHW'):
        super().__init__()
        self.kernel_size, self.strides = _pair(kernel_size), _pair(strides)
        self.pad_mode, self.data_format = pad_mode.lower(), data_format

    def __call__(self, x):
        if self.pad_mode == 'same':
            pads = []
            for size, k, s in zip(x.shape[-2:], self.kernel_size, self.strides):
                total = max((-(-size // s) - 1) * s + k - size, 0)
                pads = [total // 2, total - total // 2] + pads
            x = array_func.pad(x, tuple(pads), value=float('-inf'))
        return conv_func.max_pool2d(x, self.kernel_size, self.strides)


class BiasAdd(PrimitiveOp):
    """`BiasAdd(data_format='NCHW')(input_x, bias)`: adds `bias` along the channel axis."""

    def __init__(self, data_format='NCHW'):
        super().__init__()
        self.data_format = data_format

    def __call__(self, input_x, bias):
        if self.data_format.endswith('C'):
            return input_x + bias
        return input_x + F.reshape(bias, (-1,) + (1,) * (input_x.ndim - 2))


class L2Normalize(PrimitiveOp):
    """`L2Normalize(axis=0, epsilon=1e-4)(x)`: x / sqrt(max(sum(x ** 2, axis), epsilon))."""

    def __init__(self, axis=0, epsilon=1e-4):
        super().__init__()
        self.axis, self.epsilon = axis, epsilon

    def __call__(self, x):
        square_sum = F.sum(x * x, self.axis, True)
        return x / F.sqrt(F.maximum(square_sum, self.epsilon))


class LayerNorm(PrimitiveOp):
    """`LayerNorm(begin_norm_axis=1, begin_params_axis=1, epsilon=1e-7)(x, gamma, beta)` ->
    (output, mean, variance), the statistics kept with reduced axes of size 1."""

    def __init__(self, begin_norm_axis=1, begin_params_axis=1, epsilon=1e-7):
        super().__init__()
        self.begin_norm_axis, self.begin_params_axis = begin_norm_axis, begin_params_axis
        self.epsilon = epsilon

    def __call__(self, input_x, gamma, beta):
        axes = tuple(range(self.begin_norm_axis % input_x.ndim, input_x.ndim))
        mean = F.mean(input_x, axes, True)
        centred = input_x - mean
        variance = F.mean(centred * centred, axes, True)
        out = centred / F.sqrt(variance + self.epsilon) * gamma + beta
        return out, mean, variance


class BatchNorm(PrimitiveOp):
    """`BatchNorm(is_training=False, epsilon=1e-5, momentum=0.1, data_format='NCHW')(x, scale,
    bias, mean, variance)` -> (y, 0, 0, saved mean, saved variance). In training, `mean` and
    `variance` (Parameters) are updated in place: new = (1 - momentum) * old + momentum * batch
    statistic, the variance unbiased."""

    def __init__(self, is_training=False, epsilon=1e-5, momentum=0.1, data_format='NCHW'):
        super().__init__()
        self.is_training, self.epsilon = is_training, epsilon
        self.momentum, self.data_format = momentum, data_format

    def __call__(self, input_x, scale, bias, mean, variance):
        channel_last = self.data_format.endswith('C')
        channel = input_x.ndim - 1 if channel_last else 1
        axes = tuple(i for i in range(input_x.ndim) if i != channel)
        shape = [1] * input_x.ndim
        shape[channel] = -1
        zeros = F.zeros_like(scale)
        if self.is_training:
            batch_mean = F.mean(input_x, axes)
            centred = input_x - F.reshape(batch_mean, shape)
            batch_var = F.mean(centred * centred, axes)
            count = input_x.size // batch_mean.size
            m = self.momentum
            F.assign(mean, F.stop_gradient(mean * (1 - m) + batch_mean * m))
            F.assign(variance, F.stop_gradient(
                variance * (1 - m) + batch_var * (m * count / max(count - 1, 1))))
            saved_mean, saved_var = batch_mean, batch_var
        else:
            centred = input_x - F.reshape(mean, shape)
            batch_var, saved_mean, saved_var = variance, zeros, zeros
        y = centred / F.reshape(F.sqrt(batch_var + self.epsilon), shape)
        y = y * F.reshape(scale, shape) + F.reshape(bias, shape)
        return y, zeros, zeros, saved_mean, saved_var


class Dropout(PrimitiveOp):
    """`Dropout(keep_prob=0.5, Seed0=0, Seed1=0)(x)` -> (output, mask)."""

    def __init__(self, keep_prob=0.5, Seed0=0, Seed1=0):
        super().__init__()
        self.keep_prob, self.Seed0, self.Seed1 = keep_prob, Seed0, Seed1

    def __call__(self, x):
        seed = None if self.Seed0 == 0 and self.Seed1 == 0 else self.Seed0 * 1000003 + self.Seed1
        mask = F.cast(R.rand(x.shape, seed=seed) < self.keep_prob, x.dtype)
        return x * mask / self.keep_prob, mask
