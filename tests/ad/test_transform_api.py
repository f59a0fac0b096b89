"""Return structures and errors of the function transforms that MindSpore 2.10 was measured
to have (tests/conformance/cases/ad_sweep_*.py hold the scripts and MindSpore's output)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, nn, ops


def arr(t):
    return t.asnumpy()


X = Tensor(np.array([0.5, -1.0, 2.0]))


class Scale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([2.0, 3.0, 4.0])), name='w')

    def construct(self, x):
        return x * self.w


def test_vjp_with_a_single_parameter_gives_a_bare_weight_gradient():
    net = Scale()
    ct = Tensor(np.array([1.0, 10.0, 100.0]))
    (dx,), dw = ops.vjp(net, X, weights=net.w)[1](ct)
    np.testing.assert_array_equal(arr(dx), [2.0, 30.0, 400.0])
    np.testing.assert_array_equal(arr(dw), arr(X) * [1, 10, 100])
    (_,), dws = ops.vjp(net, X, weights=[net.w])[1](ct)
    assert isinstance(dws, tuple) and len(dws) == 1


def test_aux_of_an_inner_grad_is_differentiated_by_an_outer_grad():
    def h(x):
        return x ** 3, x * 2
    # grad(h, has_aux=True) returns (3x^2, (2x,)); the outer grad sums both: 6x + 2
    g = ms.grad(ms.grad(h, has_aux=True))(X)
    np.testing.assert_allclose(arr(g), 6 * arr(X) + 2)


def test_jet_gives_the_derivatives_along_the_curve():
    out, series = ops.jet(ops.sin, X, Tensor(np.array([[1.0] * 3, [0.0] * 3, [0.0] * 3])))
    x = arr(X)
    np.testing.assert_allclose(arr(out), np.sin(x))
    np.testing.assert_allclose(arr(series), [np.cos(x), -np.sin(x), -np.cos(x)], atol=1e-12)

    def prod(a, b):
        return a * ops.exp(b)
    a0, b0 = np.array([1.0, 2.0]), np.array([0.1, -0.3])
    s_a = Tensor(np.array([[1.0, 1.0], [0.0, 0.0]]))
    s_b = Tensor(np.array([[2.0, 2.0], [0.0, 0.0]]))
    _, (d1, d2) = ops.jet(prod, (Tensor(a0), Tensor(b0)), (s_a, s_b))
    # g(t) = (a0 + t) exp(b0 + 2t)
    np.testing.assert_allclose(arr(d1), np.exp(b0) * (1 + 2 * a0))
    np.testing.assert_allclose(arr(d2), np.exp(b0) * (4 + 4 * a0))
    with pytest.raises(TypeError, match="types of primals and series must be the same"):
        ops.jet(ops.sin, Tensor([1, 2]), Tensor([[1.0, 1.0]]))


def test_linearize_gives_the_jvp_at_the_inputs():
    def f(a, b):
        return a * b + ops.sin(a)
    y = Tensor(np.array([1.0, 2.0, 3.0]))
    out, jvp_fn = ops.linearize(f, (X, y))
    np.testing.assert_allclose(arr(out), arr(f(X, y)))
    v, w = Tensor(np.ones(3)), Tensor(np.full(3, 2.0))
    np.testing.assert_allclose(arr(jvp_fn(v, w)), arr(ops.jvp(f, (X, y), (v, w))[1]))
    with pytest.raises(TypeError, match='Tensor, tuple or list of Tensors'):
        ops.linearize(f, 1.0)


def test_argument_errors_of_jvp_vjp_and_jacobians():
    def sq(x):
        return x * x
    with pytest.raises(TypeError, match="The 'has_aux' must be bool type."):
        ops.jvp(sq, X, X, has_aux=1)
    with pytest.raises(TypeError, match="The 'has_aux' must be bool type."):
        ops.jacrev(sq, has_aux=1)                   # at construction, as MindSpore
    with pytest.raises(TypeError, match='The inputs type must be a Tensor, tuple or list'):
        ops.jvp(sq, X, 1.0)
    with pytest.raises(TypeError, match='The inputs type must be Tensor.'):
        ops.vjp(sq, 2.0)
    with pytest.raises(ValueError, match="^'When 'has_aux' is True, origin 'fn' requires"):
        ops.jvp(sq, X, X, has_aux=True)
    with pytest.raises(ValueError, match="^When 'has_aux' is True, origin 'fn' requires"):
        ops.vjp(sq, X, has_aux=True)
    with pytest.raises(TypeError, match=r'Type Join Failed: dtype1 = Float32, dtype2 = Int64.\n'
                                        r"For 'jacfwd', the argument at grad_position 0"):
        ops.jacfwd(sq)(Tensor([1, 2]))
    with pytest.raises(RuntimeError, match=r'^grad_position should not be empty when grad by '
                                           r'position\.$'):
        ops.jacrev(sq, ())(X)


def test_vmap_returns_a_tuple_for_a_list_of_results():
    out = ops.vmap(lambda a: [a * 2, a + 1], out_axes=[0, 0])(Tensor(np.ones((2, 3))))
    assert type(out) is tuple and len(out) == 2
    np.testing.assert_array_equal(arr(out[0]), np.full((2, 3), 2.0))
