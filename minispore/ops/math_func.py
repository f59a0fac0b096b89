"""Elementwise math and activation functions of mindspore.ops beyond the core arithmetic."""
__all__ = []
