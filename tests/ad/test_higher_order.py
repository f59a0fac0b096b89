"""grad of grad to any order, nested grads with weights, Cell.bprop, jvp and vjp."""
import numpy as np

import minispore as ms
from minispore import Parameter, Tensor, nn, ops
from minispore.testing import check_grads


def arr(t):
    return np.asarray(t)


def test_second_derivative_of_sin():
    g2 = ms.grad(ms.grad(ops.sin))(Tensor([3.1415926]))
    np.testing.assert_allclose(arr(g2), [-np.sin(3.1415926)], atol=1e-6)


def test_multi_output_first_grad_is_summed():
    net = lambda a: (ops.sin(a), ops.cos(a))  # noqa: E731
    np.testing.assert_allclose(arr(ms.grad(ms.grad(net))(Tensor([0.0]))), [-1.0], atol=1e-6)
    net2 = lambda a, b: (ops.sin(a) - ops.cos(b), ops.cos(a) - ops.sin(b))  # noqa: E731
    ga, gb = ms.grad(ms.grad(net2, (0, 1)), (0, 1))(Tensor([np.pi / 2]), Tensor([np.pi / 2]))
    np.testing.assert_allclose(arr(ga), [-1.0], atol=1e-6)
    np.testing.assert_allclose(arr(gb), [1.0], atol=1e-6)


def test_third_order():
    g3 = ms.grad(ms.grad(ms.grad(lambda a: a ** 3)))(Tensor([2., 3.]))
    np.testing.assert_allclose(arr(g3), [6, 6])


def test_grad_iteration_function():
    x = Tensor([[1., 2.], [3., 4.]])
    y = Tensor([[-2., 3.], [-1., 2.]])
    z = Tensor([[0., 3.], [5., -1.]])
    gy, gz = ms.grad(ms.grad(lambda a, b, c: a ** 2 * b * c), (1, 2))(x, y, z)
    np.testing.assert_allclose(arr(gy), [[0, 12], [30, -8]])
    np.testing.assert_allclose(arr(gz), [[-4, 12], [-6, 16]])


def test_no_perturbation_confusion():
    # d/dx [x * d/dy (x * y)] = d/dx x^2 = 2x; a confused implementation gives 4x or x.
    f = lambda a: a * ms.grad(lambda b: a * b)(a)  # noqa: E731
    np.testing.assert_allclose(arr(ms.grad(f)(Tensor([3.0]))), [6.0])


def test_same_tensor_at_two_positions_gets_the_total_gradient():
    # As MindSpore: positions holding one Tensor object are one variable.
    t = Tensor([2.0, 5.0])
    ga, gb = ms.grad(lambda a, b: a * b * b, (0, 1))(t, t)
    np.testing.assert_allclose(arr(ga), [12, 75])
    np.testing.assert_allclose(arr(gb), [12, 75])
    ga, gb = ms.grad(lambda a, b: a * b * b, (0, 1))(t, Tensor([2.0, 5.0]))
    np.testing.assert_allclose(arr(ga), [4, 25])
    np.testing.assert_allclose(arr(gb), [8, 50])


def test_grad_with_weights_inside_grad():
    net = nn.Dense(2, 1, 'ones', 'zeros')

    def weight_grad_norm(x):
        gw, gb = ms.grad(lambda a: (net(a) ** 2).sum(), None, net.trainable_params())(x)
        return (gw * gw).sum() + (gb * gb).sum()
    x = Tensor(np.array([[1.0, 2.0]], np.float64))
    net.weight.set_data(Tensor(np.array([[0.5, -1.0]])))
    # out = 0.5 x1 - x2; gw = 2 out x, gb = 2 out; g(x) = 4 out^2 (|x|^2 + 1)
    g = ms.grad(weight_grad_norm)(x)
    x1, x2 = 1.0, 2.0
    out = 0.5 * x1 - x2
    n2 = x1 ** 2 + x2 ** 2 + 1
    expected = [8 * out * 0.5 * n2 + 8 * out ** 2 * x1, 8 * out * -1.0 * n2 + 8 * out ** 2 * x2]
    np.testing.assert_allclose(arr(g)[0], expected, rtol=1e-6)


def test_hessian_vector_products_by_check_grads():
    check_grads(lambda a: ms.grad(lambda b: (ops.sin(b) * b).sum())(a),
                (Tensor(np.linspace(-1, 1, 5)),), order=2)


class BpropNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.p = Parameter(Tensor([1.0, 1.0]), name='p')

    def construct(self, x, y):
        return 2 * x * x + y * y * self.p

    def bprop(self, x, y, out, dout):
        return 2 * dout, 2 * y


def test_cell_bprop():
    net = BpropNet()
    x, y = Tensor([1.0, 2.0]), Tensor([3.0, 4.0])
    gx, gy = ms.grad(net, (0, 1))(x, y)
    np.testing.assert_allclose(arr(gx), [2, 2])
    np.testing.assert_allclose(arr(gy), [6, 8])
    gx, gy = ms.grad(lambda a, b: 3 * net(a, b), (0, 1))(x, y)
    np.testing.assert_allclose(arr(gx), [6, 6])
    np.testing.assert_allclose(arr(gy), [6, 8])
    (gp,) = ms.grad(net, None, [net.p])(x, y)
    np.testing.assert_allclose(arr(gp), [0, 0])
    np.testing.assert_allclose(arr(net(x, y)), [11, 24])


def test_bprop_with_too_few_gradients():
    class Bad(nn.Cell):
        def construct(self, x, y):
            return x * y

        def bprop(self, x, y, out, dout):
            return (dout,)
    try:
        ms.grad(Bad(), (0, 1))(Tensor([1.0]), Tensor([2.0]))
    except RuntimeError as e:
        assert 'Grad size should lager than forward inputs, but got 1 vs 2' in str(e)
    else:
        raise AssertionError('no error')


def test_jvp_and_vjp():
    f = lambda a, b: a ** 3 + b  # noqa: E731
    x = Tensor([[1., 2.], [3., 4.]])
    out, t = ops.jvp(f, (x, x), (ops.ones_like(x), ops.ones_like(x)))
    np.testing.assert_allclose(arr(out), [[2, 10], [30, 68]])
    np.testing.assert_allclose(arr(t), [[4, 13], [28, 49]])
    out, vjp_fn = ops.vjp(f, x, x)
    gx, gb = vjp_fn(ops.ones_like(x))
    np.testing.assert_allclose(arr(gx), [[3, 12], [27, 48]])
    np.testing.assert_allclose(arr(gb), [[1, 1], [1, 1]])
    single = ops.vjp(lambda a: a * 2, x)[1](ops.ones_like(x))
    assert isinstance(single, tuple) and len(single) == 1


def test_jvp_of_bprop_cell_transposes_the_bprop():
    """MindSpore 2.10 (measured) pushes tangents through the bprop's linear map of `dout`:
    the x-part of this bprop is 2 * dout, so the tangent is 2 * x_dot, not construct's 4x."""
    net = BpropNet()
    x, y = Tensor([1.0, 2.0]), Tensor([3.0, 4.0])
    _, t = ops.jvp(net, (x, y), (ops.ones_like(x), ops.zeros_like(y)))
    np.testing.assert_allclose(arr(t), [2, 2])


def test_vjp_fn_called_later_runs_under_the_callers_transforms():
    """A vjp_fn's backward pass belongs to whoever calls it: vmap over cotangents gives one
    row per cotangent, and grad of the vjp_fn differentiates it in the cotangent."""
    x = Tensor(np.array([0.3, -0.2, 0.5]))
    _, vjp_fn = ops.vjp(lambda x: ops.sin(x) * x, x)
    d = np.cos(arr(x)) * arr(x) + np.sin(arr(x))
    rows = ops.vmap(lambda c: vjp_fn(c)[0])(Tensor(np.diag([1.0, 2.0, 3.0])))
    np.testing.assert_allclose(arr(rows), np.diag([1.0, 2.0, 3.0]) * d)
    c = np.array([1.0, 2.0, 3.0])
    dc = ms.grad(lambda c: (vjp_fn(c)[0] ** 2).sum())(Tensor(c))
    np.testing.assert_allclose(arr(dc), 2 * c * d * d)
