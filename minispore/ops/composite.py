"""`mindspore.ops.composite`: where MindSpore scripts import GradOperation and grad from."""
from .._ad.grad import GradOperation, get_grad, grad, value_and_grad  # noqa: F401
