"""Statistics, scans, sorting and selection functions of mindspore.ops."""
__all__ = []
