"""vjp and jvp rules of convolution, pooling and the other neural-network primitives."""
from . import jvp_rules, vjp_rules  # noqa: F401
