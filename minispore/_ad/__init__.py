"""Automatic differentiation: rule tables, the tape and JVP interpreters, and the grad API."""
