"""Convolution, pooling, resampling and patch functions of mindspore.ops (sliding windows, no pixel loops)."""
__all__ = []
