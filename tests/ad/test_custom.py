"""Custom gradients (Cell.bprop in every transform, custom_vjp) and the vjp/jvp argument errors."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore.testing import check_grads

X = np.array([0.5, 1.0, -0.3])


class Cube(nn.Cell):
    """x³ with a bprop ten times the true derivative."""

    def construct(self, x):
        return x * x * x

    def bprop(self, x, out, dout):
        return (3 * x * x * dout * 10,)


class Constant(nn.Cell):
    def construct(self, x, y):
        return 2 * x * x + y * y

    def bprop(self, x, y, out, dout):
        return 2 * dout, 2 * y          # the second is not linear in dout


# ---- Cell.bprop (numbers measured with MindSpore 2.10, see tests/conformance/cases/ad_bprop_*) ----
def test_bprop_in_every_transform():
    x, v = Tensor([1.0, 2.0]), Tensor([1.0, 1.0])
    cube = Cube()
    np.testing.assert_allclose(ms.grad(cube)(x).asnumpy(), [30., 120.])
    np.testing.assert_allclose(ops.vjp(cube, x)[1](v)[0].asnumpy(), [30., 120.])
    np.testing.assert_allclose(ops.jvp(cube, x, v)[1].asnumpy(), [30., 120.])
    np.testing.assert_allclose(ops.jacfwd(cube)(x).asnumpy(), np.diag([30., 120.]))
    np.testing.assert_allclose(ops.jacrev(cube)(x).asnumpy(), np.diag([30., 120.]))
    np.testing.assert_allclose(ms.grad(ms.grad(cube))(x).asnumpy(), [60., 120.])


def test_bprop_forward_mode_keeps_only_the_part_linear_in_dout():
    x, y = Tensor([1.0, 2.0]), Tensor([3.0, 4.0])
    _, t = ops.jvp(Constant(), (x, y), (Tensor([1.0, 1.0]), Tensor([0.0, 1.0])))
    np.testing.assert_allclose(t.asnumpy(), [2., 2.])
    dx, dy = ops.jacrev(Constant(), (0, 1))(x, y)
    np.testing.assert_allclose(dy.asnumpy(), [[6., 8.], [6., 8.]])


def test_bprop_cell_parameters_get_zero_grads_under_vjp():
    class WithParam(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = ms.Parameter(Tensor([5.0]), name='w')

        def construct(self, x):
            return x * self.w

        def bprop(self, x, out, dout):
            return (dout * 10,)

    net = WithParam()
    (dx,), (dw,) = ops.vjp(net, Tensor([2.0]), weights=net.trainable_params())[1](Tensor([1.]))
    assert dx.asnumpy().tolist() == [10.] and dw.asnumpy().tolist() == [0.]


# ---- custom_vjp ----
def _sin_defvjp():
    @ms.custom_vjp
    def sin(x):
        return ops.sin(x)
    sin.defvjp(lambda x: (ops.sin(x), ops.cos(x)), lambda cos_x, ct: (cos_x * ct,))
    return sin


def _sin_defbwd():
    @ms.custom_vjp
    def sin(x):
        return ops.sin(x)

    @sin.defbwd
    def bwd(x, out, dout):
        return (ops.cos(x) * dout,)
    return sin


@pytest.mark.parametrize("make", [_sin_defvjp, _sin_defbwd])
def test_custom_vjp_matches_finite_differences_to_second_order(make):
    sin = make()
    check_grads(lambda x: sin(x) * x, (Tensor(X),), order=2, modes=('rev', 'fwd'))
    np.testing.assert_allclose(ms.grad(ms.grad(lambda x: sin(x).sum()))(Tensor(X)).asnumpy(),
                               -np.sin(X), rtol=1e-12)
    out, vjp_fn = ops.vjp(sin, Tensor(X))
    np.testing.assert_allclose(vjp_fn(Tensor(np.full(3, 2.)))[0].asnumpy(), 2 * np.cos(X))
    np.testing.assert_allclose(ms.hessian(lambda x: sin(x).sum())(Tensor(X)).asnumpy(),
                               np.diag(-np.sin(X)), rtol=1e-12, atol=1e-15)


def test_custom_vjp_replaces_the_derivative():
    calls = []

    @ms.custom_vjp
    def clip(x, y):
        return x * y

    def bwd(x, y, out, dout):
        calls.append(1)
        return ops.clamp(dout * y, -1.0, 1.0), ops.zeros_like(y)
    clip.defbwd(bwd)
    x, y = Tensor([1.0, 2.0]), Tensor([3.0, 0.25])
    assert clip(x, y).asnumpy().tolist() == [3.0, 0.5] and not calls   # eager: fn itself
    dx, dy = ms.grad(lambda a, b: clip(a, b).sum(), (0, 1))(x, y)
    assert dx.asnumpy().tolist() == [1.0, 0.25] and dy.asnumpy().tolist() == [0., 0.]
    assert calls


def test_custom_vjp_multiple_outputs_and_residuals():
    @ms.custom_vjp
    def polar(r, a):
        return r * ops.cos(a), r * ops.sin(a)

    def fwd(r, a):
        c, s = ops.cos(a), ops.sin(a)
        return (r * c, r * s), (r, c, s)

    def bwd(res, dout):
        r, c, s = res
        dx, dy = dout
        return dx * c + dy * s, r * (dy * c - dx * s)
    polar.defvjp(fwd, bwd)
    check_grads(lambda r, a: polar(r, a), (Tensor([1.5, 2.0]), Tensor([0.3, -1.2])), order=2)


def test_custom_vjp_without_bwd_is_an_error():
    @ms.custom_vjp
    def f(x):
        return x
    with pytest.raises(RuntimeError, match=r"f.defbwd\(bwd\)"):
        f(Tensor([1.0]))


def test_custom_vjp_bwd_with_too_few_cotangents():
    @ms.custom_vjp
    def f(x, y):
        return x * y
    f.defbwd(lambda x, y, out, dout: (dout,))
    with pytest.raises(RuntimeError, match="Grad size should lager than forward inputs, but "
                                           "got 1 vs 2"):
        ms.grad(f, (0, 1))(Tensor([1.0]), Tensor([2.0]))


# ---- errors of vjp_fn and jvp (MindSpore's type and first line) ----
def two(x, y):
    return x * y, x + y


def test_vjp_fn_wrong_count():
    _, vjp_fn = ops.vjp(two, Tensor([1.0, 2.0]), Tensor([3.0, 4.0]))
    with pytest.raises(RuntimeError, match=r"sens gradient's size should be same as out of "
                                           r"network!\]\.\nvjp_fn takes one cotangent per "
                                           r"output of fn: expected 2, got 1"):
        vjp_fn(Tensor([1.0, 1.0]))


def test_vjp_fn_wrong_shape_and_dtype():
    _, vjp_fn = ops.vjp(two, Tensor([1.0, 2.0]), Tensor([3.0, 4.0]))
    with pytest.raises(ValueError, match=r"The shape should be \[const vector\]\{2\}, but got "
                                         r"\[const vector\]\{1, 2\}"):
        vjp_fn(Tensor([[1.0, 1.0]]), Tensor([1.0, 1.0]))
    with pytest.raises(TypeError, match="The dtype should be Float32, but got Float64"):
        vjp_fn(Tensor([1.0, 1.0]), Tensor(np.ones(2)))


def test_jvp_wrong_tangents():
    x = Tensor([1.0, 2.0])
    with pytest.raises(ValueError, match="v has invalid length: should be 2, but got 1"):
        ops.jvp(two, (x, x), (x,))
    with pytest.raises(TypeError, match="Type Join Failed: dtype1 = Int64, dtype2 = Float32"):
        ops.jvp(lambda t: t * t, x, Tensor([1, 1]))
    with pytest.raises(ValueError, match=r"tangent v\[0\] must have the shape of inputs\[0\]"):
        ops.jvp(lambda t: t * t, x, Tensor([1.0, 1.0, 1.0]))
    _, t = ops.jvp(lambda t: t * t, x, Tensor([1.0]))           # broadcast, as MindSpore
    assert t.asnumpy().tolist() == [2.0, 4.0]
