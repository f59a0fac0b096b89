"""Linear-algebra functions of mindspore.ops beyond matmul."""
__all__ = []
