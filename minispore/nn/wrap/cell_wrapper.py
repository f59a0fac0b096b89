"""Training wrappers: WithLossCell, WithEvalCell, TrainOneStepCell."""
from ..._ad.grad import value_and_grad
from ...common import dtype as mstype
from ...ops import functional as F
from ..cell import Cell
from ..layer.basic import Identity


class WithLossCell(Cell):
    """A network followed by a loss: `construct(data, label)` returns
    `loss_fn(backbone(data), label)`.

    Example:
        >>> net = nn.WithLossCell(nn.Dense(2, 1, 'ones', 'zeros'), nn.MSELoss())
        >>> net(Tensor([[1., 2.]]), Tensor([[1.]]))
        Tensor(shape=[], dtype=Float32, value= 4)
    """

    def __init__(self, backbone, loss_fn):
        super().__init__(auto_prefix=False)
        self._backbone = backbone
        self._loss_fn = loss_fn

    def construct(self, data, label):
        out = self._backbone(data)
        return self._loss_fn(out, label)

    @property
    def backbone_network(self):
        """The backbone network."""
        return self._backbone


class WithEvalCell(Cell):
    """For evaluation: `construct(data, label)` returns `(loss, outputs, label)`.

    Example:
        >>> net = nn.WithEvalCell(nn.Dense(2, 1, 'ones', 'zeros'), nn.MSELoss())
        >>> loss, out, label = net(Tensor([[1., 2.]]), Tensor([[1.]]))
        >>> loss, out
        (Tensor(shape=[], dtype=Float32, value= 4), Tensor(shape=[1, 1], dtype=Float32, value=
        [[ 3.00000000e+00]]))
    """

    def __init__(self, network, loss_fn, add_cast_fp32=False):
        super().__init__(auto_prefix=False)
        if not isinstance(add_cast_fp32, bool):
            raise TypeError(f"For 'WithEvalCell', the type of 'add_cast_fp32' should be bool, "
                            f"but got {type(add_cast_fp32).__name__}.")
        self._network = network
        self._loss_fn = loss_fn
        self.add_cast_fp32 = add_cast_fp32

    def construct(self, data, label):
        outputs = self._network(data)
        if self.add_cast_fp32:
            label = F.cast(label, mstype.float32)
            outputs = F.cast(outputs, mstype.float32)
        loss = self._loss_fn(outputs, label)
        return loss, outputs, label


class TrainOneStepCell(Cell):
    """One training step: computes the loss of `network` (which returns the loss), its
    gradients in `optimizer.parameters` (scaled by `sens`), and applies `optimizer`.

    Returns the loss, or `(loss, {parameter name: gradient})` with `return_grad=True`.

    Example:
        >>> net = nn.WithLossCell(nn.Dense(3, 1, 'ones', 'zeros'), nn.MSELoss())
        >>> step = nn.TrainOneStepCell(net, nn.SGD(net.trainable_params(), 0.1))
        >>> x, y = Tensor(np.ones((4, 3), np.float32)), Tensor(np.zeros((4, 1), np.float32))
        >>> [round(float(step(x, y)), 5) for _ in range(3)]
        [9.0, 0.36, 0.0144]
    """

    def __init__(self, network, optimizer, sens=None, return_grad=False):
        super().__init__(auto_prefix=False)
        self.network = network
        self.network.set_grad()
        self.optimizer = optimizer
        self.weights = self.optimizer.parameters
        self.sens = sens
        if self.sens == 0:
            raise ValueError("The input argument of 'sens' can not be 0.")
        self.sense_flag = self.sens is not None
        if self.sens is None:
            self.sens = 1.0
        self.return_grad = return_grad
        if return_grad:
            self.weights_name = [p.name for p in self.optimizer.parameters]
        self.grad_reducer = Identity()
        self._grad_fn = value_and_grad(self.network, None, self.weights)

    def construct(self, *inputs):
        loss, grads = self._grad_fn(*inputs)
        if self.sense_flag and self.sens != 1.0:
            grads = tuple(g * F.cast(F.fill(g.dtype, (), self.sens), g.dtype) for g in grads)
        self.optimizer(grads)
        if self.return_grad:
            return loss, dict(zip(self.weights_name, grads))
        return loss


__all__ = ['WithLossCell', 'WithEvalCell', 'TrainOneStepCell']
