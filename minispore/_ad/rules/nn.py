"""vjp and jvp rules of the neural-network primitives (softmax, normalisation, losses, embedding)."""
from . import jvp_rules, vjp_rules  # noqa: F401
