"""`mindspore.context`: the execution context functions, as MindSpore also exposes them."""
from .common.context import GRAPH_MODE, PYNATIVE_MODE, get_context, set_context  # noqa: F401
