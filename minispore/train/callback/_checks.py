"""Argument checks of the callbacks, worded as MindSpore words them."""


def non_negative_int(value):
    """`value` if it is an int >= 0."""
    if not isinstance(value, int):
        raise TypeError(f"The input value must be int, but got '{type(value).__name__}'")
    if isinstance(value, bool) or value < 0:
        error = TypeError if isinstance(value, bool) else ValueError
        raise error(f"The input value must be int and must >= 0, but got '{value}' with type "
                    f"'{type(value).__name__}'.")
    return value


def boolean(value):
    """`value` if it is a bool."""
    if not isinstance(value, bool):
        raise TypeError(f"The input value must be a bool, but got {type(value).__name__}.")
    return value


def instance_of(name, value, types):
    """`value` if it is an instance of `types`."""
    if not isinstance(value, types):
        raise ValueError(f"The parameter '{name}' must be isinstance of {types}, but got {value}.")
    return value
