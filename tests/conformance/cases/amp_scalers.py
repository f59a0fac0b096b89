# mindspore.amp loss scalers (scale/unscale/adjust step by step), all_finite, loss scale managers, their errors.
import numpy as np
import mindspore
from mindspore import nn, Tensor, amp

s = amp.StaticLossScaler(1024)
print(s.scale_value)
print(repr(s.scale(Tensor([1.], mindspore.float32))))
print(s.scale((Tensor([1., 2.]), Tensor([3.], mindspore.float16))))
print(s.unscale([Tensor([1., 2.]), Tensor([3.], mindspore.float16)]))
print(s.unscale(Tensor([0.5, 7.], mindspore.float16)))
print(s.adjust(Tensor(True)))
print(s.scale(Tensor(np.array([1, 2], np.int32))))
print(amp.StaticLossScaler(3.0).unscale((Tensor([1.5, 1.0], mindspore.float16), Tensor([1.5, 1.0]))))

d = amp.DynamicLossScaler(scale_value=2 ** 10, scale_factor=2, scale_window=3)
print(d.scale_value, d.counter, d.scale_window, d.scale_factor)
for fin in [True, True, True, False, True, True, False, False, True, True, True, True]:
    r = d.adjust(Tensor(fin))
    print(fin, r, d.scale_value.asnumpy(), d.counter.asnumpy(), d.counter.dtype)
d2 = amp.DynamicLossScaler(2, 2, 1)
for fin in [False, False, False, True, True]:
    d2.adjust(Tensor(fin))
    print(d2.scale_value.asnumpy(), d2.counter.asnumpy())
d3 = amp.DynamicLossScaler(2.0 ** 127, 2, 1)
d3.adjust(Tensor(True))
print('no overflow of the scale', d3.scale_value.asnumpy())
d4 = amp.DynamicLossScaler(2 ** 10, 4, 2)
grads = (Tensor(np.array([np.nan, 1.0]), mindspore.float16), Tensor(np.array([0.2]), mindspore.float16))
print(d4.unscale(grads))
print(d4.adjust(amp.all_finite(d4.unscale(grads))), d4.scale_value.asnumpy())

print(repr(amp.all_finite((Tensor(np.array([np.nan, 1, -np.inf])), Tensor(np.array([1.0]))))))
print(repr(amp.all_finite([Tensor([1.0]), Tensor([2.0], mindspore.float16)])))
print(repr(amp.all_finite([Tensor([1.0, np.inf])])))
print(repr(amp.all_finite([Tensor([1, 2]), Tensor([65504.], mindspore.float16)])))

for bad in [(0.5,), ('a',)]:
    try:
        amp.StaticLossScaler(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(2, 0, 1), (2, 2, 0), (2, 1.5, 1), (0.5, 2, 1)]:
    try:
        amp.DynamicLossScaler(*bad)
    except Exception as e:
        print(type(e).__name__, e)

m = amp.DynamicLossScaleManager(init_loss_scale=16, scale_factor=2, scale_window=2)
for o in [False, False, True, False, False, False, True, True]:
    m.update_loss_scale(o)
    print(m.get_loss_scale(), m.cur_iter, m.last_overflow_iter, m.get_drop_overflow_update())
f = amp.FixedLossScaleManager()
print(f.get_loss_scale(), f.get_drop_overflow_update(), f.get_update_cell(),
      amp.FixedLossScaleManager(10, False).get_update_cell())
c = amp.DynamicLossScaleManager().get_update_cell()
print(c, c.get_loss_scale(), [p.name for p in c.get_parameters()])
print(mindspore.train.FixedLossScaleManager is amp.FixedLossScaleManager,
      mindspore.train.DynamicLossScaleManager is amp.DynamicLossScaleManager)
for kwargs in [dict(loss_scale=0.5)]:
    try:
        amp.FixedLossScaleManager(**kwargs)
    except Exception as e:
        print(type(e).__name__, e)
for kwargs in [dict(init_loss_scale=0.5), dict(scale_factor=0), dict(scale_window=0)]:
    try:
        amp.DynamicLossScaleManager(**kwargs)
    except Exception as e:
        print(type(e).__name__, e)

scale = mindspore.Parameter(Tensor(64.0), name='scale')
cell = nn.DynamicLossScaleUpdateCell(64.0, 2, 2)
for o in [False, False, True, False, False, False, True, True]:
    r = cell(scale, Tensor(o))
    print(r, scale.asnumpy(), cell.cur_iter.asnumpy(), cell.last_overflow_iter.asnumpy())
print(nn.FixedLossScaleUpdateCell(8.0)(scale, Tensor(True)), scale.asnumpy())
