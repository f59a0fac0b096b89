"""Neural-network functions of mindspore.ops: convolution, pooling, normalisation, softmax, losses."""
__all__ = []
