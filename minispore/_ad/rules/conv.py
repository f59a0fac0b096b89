"""vjp and jvp rules of convolution, pooling and resampling primitives."""
from . import jvp_rules, vjp_rules  # noqa: F401
