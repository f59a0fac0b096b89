"""Array manipulation, indexing, scattering and creation functions of mindspore.ops."""
__all__ = []
