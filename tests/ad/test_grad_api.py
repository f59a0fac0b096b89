"""grad / value_and_grad / GradOperation / get_grad: MindSpore 2.10's return structures and errors
(mindspore_api.md sections 1-3, 9, 11)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, ParameterTuple, Tensor, nn, ops


def arr(t):
    return np.asarray(t)


def structure(res):
    """'T' for a Tensor, nested tuples otherwise, ints and names kept (like the reference)."""
    if isinstance(res, Tensor):
        return 'T'
    if isinstance(res, (tuple, list)):
        return tuple(structure(r) for r in res)
    return res


class ParamNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([2.0, 3.0]), name='w')
        self.b = Parameter(Tensor([1.0, 1.0]), name='b')

    def construct(self, x, y):
        return x * self.w * y + self.b


x = Tensor([1.0, 2.0])
y = Tensor([3.0, 4.0])


@pytest.mark.parametrize('kwargs,expected', [
    (dict(), 'T'),
    (dict(grad_position=1), 'T'),
    (dict(grad_position=(1,)), 'T'),
    (dict(grad_position=(0, 1)), ('T', 'T')),
    (dict(grad_position=None, weights='params'), ('T', 'T')),
    (dict(grad_position=None, weights='[w]'), ('T',)),
    (dict(grad_position=0, weights='params'), ('T', ('T', 'T'))),
    (dict(grad_position=(0, 1), weights='params'), (('T', 'T'), ('T', 'T'))),
    (dict(grad_position=(1,), weights='w'), ('T', 'T')),
    (dict(grad_position=0, weights='[]'), ('T', ())),
    (dict(grad_position=0, return_ids=True), (0, 'T')),
    (dict(grad_position=(0, 1), return_ids=True), ((0, 'T'), (1, 'T'))),
    (dict(grad_position=(1,), return_ids=True), (1, 'T')),
    (dict(grad_position=0, weights='params', return_ids=True),
     ((0, 'T'), (('w', 'T'), ('b', 'T')))),
])
def test_grad_return_structure(kwargs, expected):
    net = ParamNet()
    weights = kwargs.get('weights')
    kwargs['weights'] = {None: None, 'params': net.trainable_params(), '[w]': [net.w],
                         'w': net.w, '[]': []}[weights]
    assert structure(ms.grad(net, **kwargs)(x, y)) == expected
    value, grads = ms.value_and_grad(net, **kwargs)(x, y)
    assert structure(value) == 'T' and structure(grads) == expected


def test_grad_values_with_weights():
    net = ParamNet()
    (dx, dy), (dw, db) = ms.grad(net, (0, 1), net.trainable_params())(x, y)
    np.testing.assert_allclose(arr(dx), [6, 12])
    np.testing.assert_allclose(arr(dy), [2, 6])
    np.testing.assert_allclose(arr(dw), [3, 8])
    np.testing.assert_allclose(arr(db), [1, 1])


def test_docstring_examples():
    def f(x, y, z):
        return x * y * z
    a, b, c = Tensor([1, 2], ms.float32), Tensor([-2, 3], ms.float32), Tensor([0, 3], ms.float32)
    g1, g2 = ms.grad(f, (1, 2))(a, b, c)
    np.testing.assert_allclose(arr(g1), [0, 6])
    np.testing.assert_allclose(arr(g2), [-2, 6])
    value, g = ms.value_and_grad(f, 1)(a, b, c)
    np.testing.assert_allclose(arr(value), [0, 18])
    np.testing.assert_allclose(arr(g), [0, 6])

    def h(x, y, z):
        return x * ops.exp(y) * ops.pow(z, 2), z
    (gy, gz), aux = ms.grad(h, (1, 2), None, True)(Tensor([3, 3.]), Tensor([0, 0.]),
                                                    Tensor([5, 5.]))
    np.testing.assert_allclose(arr(gy), [75, 75])
    np.testing.assert_allclose(arr(gz), [30, 30])
    assert isinstance(aux, tuple) and len(aux) == 1
    np.testing.assert_allclose(arr(aux[0]), [5, 5])


def test_has_aux_structures():
    def f(a, b):
        return a * b, a + b, a - b
    g, aux = ms.grad(f, 0, has_aux=True)(x, y)
    np.testing.assert_allclose(arr(g), arr(y))
    assert structure(aux) == ('T', 'T')
    (loss, a1, a2), g = ms.value_and_grad(f, 0, has_aux=True)(x, y)
    np.testing.assert_allclose(arr(loss), arr(x * y))
    net = ParamNet()

    def fw(a):
        out = net(a, a)
        return out.sum(), out
    assert structure(ms.grad(fw, None, net.trainable_params(), has_aux=True)(x)) == \
        (('T', 'T'), ('T',))
    assert structure(ms.grad(fw, 0, net.trainable_params(), has_aux=True)(x)) == \
        (('T', ('T', 'T')), ('T',))


def test_multiple_outputs_are_summed():
    def f(a, b):
        return a * b, a + b
    ga, gb = ms.grad(f, (0, 1))(Tensor([1., 2.]), Tensor([-2., 3.]))
    np.testing.assert_allclose(arr(ga), [-1, 4])
    np.testing.assert_allclose(arr(gb), [2, 3])
    np.testing.assert_allclose(arr(ms.grad(lambda a: [a * a, a])(Tensor([1., 5.]))), [3, 11])
    value, _ = ms.value_and_grad(lambda a: [a * a, a])(Tensor([1., 5.]))
    assert isinstance(value, list)


def test_non_tensor_arguments_are_dropped():
    f = lambda a, b: a * b  # noqa: E731
    assert structure(ms.grad(f, (0, 1))(x, 3.0)) == 'T'
    assert ms.grad(lambda a, b: a + b)(1, 2) == ()
    assert ms.grad(f, (0, 1))(2.0, 3.0) == ()


def test_int_inputs_get_int_gradients():
    g = ms.grad(lambda a: a * 2)(Tensor([1, 2]))
    assert g.dtype == ms.int64
    np.testing.assert_array_equal(arr(g), [2, 2])
    ga, gb = ms.grad(lambda a, b: a * b, (0, 1))(Tensor([1, 2]), Tensor([1.5, 2.5]))
    assert ga.dtype == ms.int64 and gb.dtype == ms.float32
    np.testing.assert_array_equal(arr(ga), [1, 2])


def test_unused_inputs_and_parameters_get_zeros():
    unused = Parameter(Tensor(np.ones((2, 2), np.float64)), name='unused')
    ga, gb = ms.grad(lambda a, b: a * 3, (0, 1))(x, Tensor([1, 2], ms.int32))
    np.testing.assert_allclose(arr(ga), [3, 3])
    assert gb.dtype == ms.int32 and not arr(gb).any()
    (gw,) = ms.grad(lambda a: a * 2, None, [unused])(x)
    assert gw.shape == (2, 2) and gw.dtype == ms.float64 and not arr(gw).any()
    np.testing.assert_allclose(arr(ms.grad(lambda a: Tensor([1.0]))(x)), [0, 0])


def test_frozen_parameter_passed_as_weight_gets_zeros():
    p = Parameter(Tensor([2.0]), name='frozen', requires_grad=False)
    (g,) = ms.grad(lambda a: a * p, None, [p])(Tensor([3.0]))
    np.testing.assert_allclose(arr(g), [0])


def test_parameters_through_closures_and_cell_attributes():
    w = Parameter(Tensor([3.0]), name='w')

    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.inner = nn.Dense(1, 1, 'ones', 'zeros')

        def construct(self, a):
            return self.inner(a) * w
    net = Net()
    gw, gd, gb = ms.grad(lambda a: net(a).sum(), None, [w] + net.trainable_params())(
        Tensor([[2.0]]))
    np.testing.assert_allclose(arr(gw), [2])
    np.testing.assert_allclose(arr(gd), [[6]])
    np.testing.assert_allclose(arr(gb), [3])


def test_python_control_flow_on_tensor_values():
    def f(a):
        b = a * 2
        while ops.norm(b) < 1000:
            b = b * 2
        if b.sum() > 0:
            c = b
        else:
            c = 100 * b
        for _ in range(3):
            c = c + a
        return c
    a = Tensor(np.float32(-0.7))
    expected = arr(f(a) - 3 * a) / arr(a) + 3
    np.testing.assert_allclose(arr(ms.grad(f)(a)), expected, rtol=1e-6)


def test_sens_param():
    sq = lambda a: a * a  # noqa: E731
    np.testing.assert_allclose(arr(ops.GradOperation(sens_param=True)(sq)(
        Tensor([1.0, 3.0]), Tensor([1.0, 0.5]))), [2, 3])
    np.testing.assert_allclose(arr(ms.grad(sq, sens_param=True)(Tensor([2.0]), Tensor([0.1]))),
                               [0.4], rtol=1e-6)
    two = lambda a: (a * a, a * 3)  # noqa: E731
    g = ms.grad(two, sens_param=True)(Tensor([2.0]), (Tensor([1.0]), Tensor([2.0])))
    np.testing.assert_allclose(arr(g), [10])
    value, g = ms.value_and_grad(sq, sens_param=True)(Tensor([2.0]), Tensor([3.0]))
    np.testing.assert_allclose(arr(value), [4])
    np.testing.assert_allclose(arr(g), [12])


def test_get_grad():
    net = ParamNet()
    res = ms.grad(net, (0, 1), net.trainable_params(), return_ids=True)(x, y)
    np.testing.assert_allclose(arr(ms.get_grad(res, 1)), [2, 6])
    np.testing.assert_allclose(arr(ms.get_grad(res, net.w)), [3, 8])
    with pytest.raises(RuntimeError):
        ms.get_grad(res, 5)


@pytest.mark.parametrize('make,error,message', [
    (lambda f: ms.grad(f, None, None), ValueError,
     "`grad_position` and `weight` can not be None at the same time."),
    (lambda f: ms.grad(f, 1.0), TypeError, "For 'F.grad', the 'grad_position' must be int or tuple."),
    (lambda f: ms.grad(f, [0]), TypeError, "For 'F.grad', the 'grad_position' must be int or tuple."),
    (lambda f: ms.grad(f, -1), ValueError, "grad_position must be >= 0."),
    (lambda f: ms.grad(f, (0, -1)), ValueError, "The element in grad_position must be >= 0."),
    (lambda f: ms.grad(f, (0, 0)), ValueError,
     "There are duplicate positions in `grad_position`, please check it"),
    (lambda f: ms.grad(f, 0, has_aux=1), TypeError,
     "For '_Grad', the 'has_aux' should be bool, but got int"),
])
def test_errors_at_creation(make, error, message):
    with pytest.raises(error) as info:
        make(lambda a: a)
    assert str(info.value) == message


def test_errors_at_call():
    f = lambda a, b: a * b  # noqa: E731
    with pytest.raises(RuntimeError, match='Position index 3 is exceed input size.'):
        ms.grad(f, 3)(x, y)
    with pytest.raises(RuntimeError, match='grad_position should not be empty when grad by '
                                           'position!'):
        ms.grad(f, (), [Parameter(Tensor(1.0), name='p')])(x, y)
    with pytest.raises(ValueError, match='When has_aux is True, origin fn requires more than '
                                         'one outputs.'):
        ms.grad(f, 0, has_aux=True)(x, y)
    with pytest.raises(TypeError):
        ops.GradOperation(get_all=1)


class Int32Net(nn.Cell):
    """The upstream tests' net: w*x + b in int32."""

    def __init__(self, with_y=False):
        super().__init__()
        self.w = Parameter(Tensor(np.array([6], np.int32)), name='w')
        self.b = Parameter(Tensor(np.array([2], np.int32)), name='b')
        self.with_y = with_y

    def construct(self, x, y=None):
        return self.w * x + (self.b * y if self.with_y else self.b)


xi = Tensor(np.array([10], np.int32))
yi = Tensor(np.array([20], np.int32))


def test_upstream_cases():
    net = Int32Net()
    # 1
    (gx,), gw = ops.GradOperation(get_all=True, get_by_list=True)(
        net, net.trainable_params()[0])(xi)
    assert arr(gx).tolist() == [6] and arr(gw).tolist() == [10] and gx.dtype == ms.int32

    # 2
    class Three(nn.Cell):
        def construct(self):
            return 3
    assert ops.GradOperation(get_all=True, get_by_list=True)(
        Three(), ParameterTuple(Three().trainable_params()))() == ((), ())

    # 3
    class AddNet(nn.Cell):
        def construct(self, a, b):
            return a + b
    assert ms.grad(AddNet())(1, 2) == ()
    # 4
    net_y = Int32Net(with_y=True)
    gx, (gw, gb) = ms.grad(net_y, 0, net_y.trainable_params())(xi, yi)
    assert (arr(gx).tolist(), arr(gw).tolist(), arr(gb).tolist()) == ([6], [10], [20])

    # 5
    class Lin(nn.Cell):
        def construct(self, a, b):
            return 3 * a + b
    gx, empty = ms.grad(Lin(), 0, [])(xi, yi)
    assert arr(gx).tolist() == [3] and empty == ()
    # 6
    with pytest.raises(RuntimeError):
        ms.grad(net_y, grad_position=(), weights=net_y.trainable_params())(xi, yi)
    # 7
    pos, g = ms.grad(net_y, 0, return_ids=True)(xi, yi)
    assert pos == 0 and arr(g).tolist() == [6]
    # 8
    xs = Tensor([[1., 2.], [3., 4.]])
    np.testing.assert_allclose(arr(ms.grad(lambda a: (a ** 3, 2 * a))(xs)), [[5, 14], [29, 50]])

    # 9
    @ms.jit
    def fn(a, b, c):
        return a ** 2 + b ** 2 + c ** 2, a * b * c
    b9, c9 = Tensor([[-2., 3.], [-1., 2.]]), Tensor([[0., 3.], [5., -1.]])
    np.testing.assert_allclose(arr(ms.grad(fn)(xs, b9, c9)), [[2, 13], [1, 6]])

    # 10
    class ParamNetAux(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = Parameter(Tensor([2., 2.]), name='w')
            self.z = Parameter(Tensor([3., 3.]), name='z')

        def construct(self, a):
            return a * self.w * self.z, a, self.w
    net10 = ParamNetAux()
    a10 = Tensor([1., 2.])
    (g0, (gw, gz)), aux = ms.grad(net10, 0, net10.trainable_params(), True)(a10)
    np.testing.assert_allclose(arr(g0), [6, 6])
    np.testing.assert_allclose(arr(gw), [3, 6])
    np.testing.assert_allclose(arr(gz), [2, 4])
    np.testing.assert_allclose(arr(aux[0]), [1, 2])
    np.testing.assert_allclose(arr(aux[1]), [2, 2])
    value, _ = ms.value_and_grad(net10, 0, net10.trainable_params(), True)(a10)
    np.testing.assert_allclose(arr(value[0]), [6, 12])


def test_grad_operation_structures():
    net = ParamNet()
    params = ParameterTuple(net.trainable_params())
    assert structure(ops.GradOperation()(net)(x, y)) == 'T'
    assert structure(ops.GradOperation(get_all=True)(lambda a: a * 2)(x)) == ('T',)
    assert structure(ops.GradOperation(get_by_list=True)(net, params)(x, y)) == ('T', 'T')
    assert structure(ops.GradOperation(get_by_list=True)(net, net.w)(x, y)) == 'T'
    assert structure(ops.GradOperation(get_by_list=True)(net, [net.w])(x, y)) == ('T',)
    assert structure(ops.GradOperation(get_by_list=True)(net)(x, y)) == ()
    assert structure(ops.GradOperation(get_all=True, get_by_list=True)(net, params)(x, y)) == \
        (('T', 'T'), ('T', 'T'))
    assert structure(ops.GradOperation(get_all=True, get_by_list=True)(net, net.w)(x, y)) == \
        (('T', 'T'), 'T')
    assert ops.GradOperation()(lambda: Tensor(1.0))() == ()
