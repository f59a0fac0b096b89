"""ops.derivative and hessian: values against JAX goldens and finite differences, structures, errors."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, ops

X = np.array([0.3, -0.7, 1.1])
Y = np.array([0.5, 2.0, -1.5])

# Computed once with jax 0.x in float64: jax.hessian(f, (0, 1))(X, Y) and jax.hessian(vec)(X).
H_JAX = [[[[1.726119948335, 0.0, 0.0], [0.0, -1.623129251049, 0.0],
           [0.0, 0.0, 4.594783439862]],
          [[1.225336489126, 0.27, 0.27], [1.47, 4.529368749138, 1.47],
           [3.63, 3.63, 2.269211635723]]],
         [[[1.225336489126, 1.47, 3.63], [0.27, 4.529368749138, 3.63],
           [0.27, 1.47, 2.269211635723]],
          [[0.591040413323, 0.0, 0.0], [0.0, -1.288435374475, 0.0],
           [0.0, 0.0, 1.782414720123]]]]
HV_JAX = [[[0.726394017115, -1.281191746557, 2.013301316019],
           [-1.281191746557, 0.582625224903, 0.0], [2.013301316019, 0.0, 0.582625224903]],
          [[-1.208735554234, 0.380843753989, 0.0],
           [0.380843753989, -1.612660571121, 1.396427097961],
           [0.0, 1.396427097961, -1.208735554234]],
          [[1.600998043521, 0.0, 0.215520789696],
           [0.0, 1.600998043521, -0.502881842624],
           [0.215520789696, -0.502881842624, 2.152089552745]]]
# The k-th derivative (k = 1..4) of t -> exp(sin(X + t)) * (Y + t) at 0, from nested jax.jvp.
D_JAX = [[1.985727888904, 1.3282693504, 0.779221837411],
         [2.982279843217, 2.094037358398, 4.718592686304],
         [1.862871202687, 3.15522171429, 0.739093116059],
         [-7.607142949615, 3.34550224567, -20.435200319966]]


def f(x, y):
    return (ops.sin(x) * y * y).sum() + (x ** 3).sum() * y.sum()


def vec(x):
    return ops.tanh(x) * (x * x).sum()


def g(x, y):
    return ops.exp(ops.sin(x)) * y


def test_hessian_two_positions_against_jax():
    h = ms.hessian(f, (0, 1))(Tensor(X), Tensor(Y))
    assert len(h) == 2 and all(len(row) == 2 for row in h)
    for i in range(2):
        for j in range(2):
            assert h[i][j].shape == (3, 3)
            np.testing.assert_allclose(h[i][j].asnumpy(), H_JAX[i][j], rtol=1e-9, atol=1e-12)


def test_hessian_of_vector_function_is_out_in_in_shaped():
    h = ms.hessian(vec)(Tensor(X))
    assert h.shape == (3, 3, 3)
    np.testing.assert_allclose(h.asnumpy(), HV_JAX, rtol=1e-9, atol=1e-12)


def test_hessian_against_finite_differences_and_symmetric():
    x = np.random.default_rng(1).standard_normal((2, 2))

    def scalar(t):
        return (ops.exp(t) * ops.sin(t[::-1])).sum()

    h = ms.hessian(scalar)(Tensor(x)).asnumpy()
    assert h.shape == (2, 2, 2, 2)
    eps, n = 1e-4, x.size
    numeric = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            def at(di, dj):
                t = x.copy().ravel()
                t[i] += di
                t[j] += dj
                return scalar(Tensor(t.reshape(x.shape))).asnumpy()
            numeric[i, j] = (at(eps, eps) - at(eps, -eps) - at(-eps, eps) + at(-eps, -eps)) \
                / (4 * eps * eps)
    np.testing.assert_allclose(h.reshape(n, n), numeric, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(h.reshape(n, n), h.reshape(n, n).T, atol=1e-12)


def test_hessian_has_aux_and_position():
    def with_aux(x, y):
        return (x * x * y).sum(), x + y
    h, aux = ms.hessian(with_aux, 1, has_aux=True)(Tensor(X), Tensor(Y))
    np.testing.assert_allclose(h.asnumpy(), np.zeros((3, 3)))
    np.testing.assert_allclose(aux.asnumpy(), X + Y)
    with pytest.raises(TypeError, match="grad_position"):
        ms.hessian(f, 0.5)


@pytest.mark.parametrize("order", [1, 2, 3, 4])
def test_derivative_against_jax(order):
    out, d = ops.derivative(g, (Tensor(X), Tensor(Y)), order)
    np.testing.assert_allclose(out.asnumpy(), np.exp(np.sin(X)) * Y, rtol=1e-12)
    np.testing.assert_allclose(d.asnumpy(), D_JAX[order - 1], rtol=1e-9)


def test_derivative_structures_and_dtypes():
    out, d = ops.derivative(lambda x: x ** 4, Tensor([2, 3]), 3)      # int primals: Float32
    assert out.dtype == ms.float32 and d.dtype == ms.float32
    np.testing.assert_allclose(d.asnumpy(), [48., 72.])
    outs, ds = ops.derivative(lambda x: (ops.sin(x), x * x * x), Tensor([0.5, 1.0]), 2)
    assert isinstance(outs, list) and isinstance(ds, list)
    np.testing.assert_allclose(ds[0].asnumpy(), -np.sin([0.5, 1.0]), rtol=1e-6)
    np.testing.assert_allclose(ds[1].asnumpy(), [3., 6.])


def test_derivative_errors():
    with pytest.raises(ValueError, match="order should not be less than 1, but got 0"):
        ops.derivative(vec, Tensor(X), 0)
    with pytest.raises(TypeError, match="type of order must be int"):
        ops.derivative(vec, Tensor(X), 1.5)
    with pytest.raises(TypeError, match="must be a Tensor"):
        ops.derivative(g, [Tensor(X), Tensor(Y)], 1)
