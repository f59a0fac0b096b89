"""The global random seed (`set_seed`/`get_seed`) and the generator random ops draw from."""
import numpy as np

_seed = None
_rng = np.random.default_rng()


def set_seed(seed):
    """Seed every random op and initializer, making runs reproducible.

    Example:
        >>> mindspore.set_seed(1); a = ops.randn(2); mindspore.set_seed(1)
        >>> bool((a == ops.randn(2)).all())
        True
    """
    global _seed, _rng
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"For 'global_seed', the 'seed' must be int and must >= 0, but got "
                         f"'{seed}' with type '{type(seed).__name__}'.")
    _seed, _rng = seed, np.random.default_rng(seed)


def get_seed():
    """The seed given to `set_seed`, or None."""
    return _seed


def generator(seed=None):
    """The global generator, or a new one for an op-level `seed`."""
    if seed is None:
        return _rng
    return np.random.default_rng([seed] if _seed is None else [_seed, seed])
