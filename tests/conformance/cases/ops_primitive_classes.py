# The primitive classes beyond the arithmetic shells: constructor arguments and output structures.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([[1., 3., 3.], [4., 2., 0.]], np.float32))
print('Softmax', ops.Softmax()(x))
print('LogSoftmax', np.round(ops.LogSoftmax(axis=0)(x).asnumpy(), 4))  # MindSpore's kernel is ~1e-5 off
print('Argmax', ops.Argmax()(x), ops.Argmax()(x).dtype, ops.Argmax(axis=0, output_type=ms.int64)(x))
print('ArgMaxWithValue', ops.ArgMaxWithValue()(x), ops.ArgMaxWithValue(axis=1, keep_dims=True)(x))
print('OneHot', ops.OneHot()(Tensor(np.array([0, 2]), ms.int32), 3, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32)))
print('OneHot axis 0', ops.OneHot(axis=0)(Tensor(np.array([0, 2]), ms.int32), 3, Tensor(5, ms.int32),
                                         Tensor(0, ms.int32)))
print('Gather', ops.Gather()(x, Tensor(np.array([2, 0]), ms.int32), 1))
print('Tile', ops.Tile()(x, (2, 1)), ops.Tile()(Tensor(np.array([1., 2.], np.float32)), (2, 2)))
print('Split', ops.Split(1, 3)(x))
print('Split default', ops.Split()(x))
try:
    print(ops.Split(1, 2)(x))
except ValueError as e:
    print('Split error', str(e).splitlines()[0])
logits = Tensor(np.array([[2., 1., 0.1], [0.5, 2.5, 0.3]], np.float32))
labels = Tensor(np.array([[0., 1., 0.], [0., 0., 1.]], np.float32))
print('SoftmaxCrossEntropyWithLogits', ops.SoftmaxCrossEntropyWithLogits()(logits, labels))
sparse = Tensor(np.array([1, 2]), ms.int32)
print('Sparse', ops.SparseSoftmaxCrossEntropyWithLogits()(logits, sparse))
print('Sparse grad', ops.SparseSoftmaxCrossEntropyWithLogits(is_grad=True)(logits, sparse))
print('BiasAdd', ops.BiasAdd()(Tensor(np.ones((2, 3, 2), np.float32)),
                               Tensor(np.array([1., 2., 3.], np.float32))))
print('L2Normalize', ops.L2Normalize()(x), ops.L2Normalize(axis=1, epsilon=1e-3)(x))
gamma, beta = Tensor(np.ones(3, np.float32)), Tensor(np.zeros(3, np.float32))
print('LayerNorm', ops.LayerNorm()(x, gamma, beta))
print('LayerNorm -1', ops.LayerNorm(begin_norm_axis=-1, begin_params_axis=-1, epsilon=1e-5)(x, gamma, beta))
xb = Tensor(np.arange(12, dtype=np.float32).reshape(2, 3, 2, 1))
scale, bias = Tensor(np.full(3, 2.0, np.float32)), Tensor(np.array([0., 1., 2.], np.float32))
mean, var = Tensor(np.array([1., 2., 3.], np.float32)), Tensor(np.array([1., 4., 9.], np.float32))
print('BatchNorm inference', ops.BatchNorm()(xb, scale, bias, mean, var)[0])
moving_mean = Parameter(Tensor(np.zeros(3, np.float32)), name='moving_mean')
moving_var = Parameter(Tensor(np.ones(3, np.float32)), name='moving_var')
out = ops.BatchNorm(is_training=True, momentum=0.2)(xb, scale, bias, moving_mean, moving_var)
print('BatchNorm training', out[0], out[3], out[4])
print('moving statistics', moving_mean.asnumpy(), moving_var.asnumpy())
print('StandardNormal', ops.StandardNormal(seed=2)((2, 3)).shape, ops.StandardNormal()((2,)).dtype)
print('UniformReal', ops.UniformReal(seed=2)((4,)).shape, ops.UniformReal()((2,)).dtype)
out, mask = ops.Dropout(keep_prob=1.0)(x)
print('Dropout keep all', out, mask)
out, mask = ops.Dropout(keep_prob=0.5)(Tensor(np.ones((100, 100), np.float32)))
print('Dropout', out.dtype, mask.dtype, mask.shape, set(np.unique(out.asnumpy()).tolist()))
img = Tensor((np.arange(2 * 3 * 5 * 5, dtype=np.float32).reshape(2, 3, 5, 5) % 7) / 10)
w = Tensor((np.arange(4 * 3 * 3 * 3, dtype=np.float32).reshape(4, 3, 3, 3) % 5) / 10)
print('Conv2D valid', ops.Conv2D(4, 3)(img, w)[1, 2])
print('Conv2D pad', ops.Conv2D(4, 3, pad_mode='pad', pad=1)(img, w).shape)
print('Conv2D same stride 2', ops.Conv2D(4, 3, pad_mode='same', stride=2)(img, w)[0, 1])
print('Conv2D pad 4-tuple', ops.Conv2D(4, 3, pad_mode='pad', pad=(1, 0, 2, 0))(img, w)[0, 0])
w2 = Tensor(np.ones((4, 1, 2, 2), np.float32))
print('Conv2D group dilation', ops.Conv2D(4, 2, group=3 // 3, dilation=2)(img[:, :1], w2)[0, 0])
print('MaxPool', ops.MaxPool(2, 2)(img)[0, 0], ops.MaxPool(3, 2, 'SAME')(img).shape)
print('MaxPool same', ops.MaxPool(kernel_size=3, strides=1, pad_mode='same')(img)[1, 2])
