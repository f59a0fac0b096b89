"""Primitives, bind and the interpreter stack."""
