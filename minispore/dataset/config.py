"""Dataset configuration: the seed that shuffling and random transforms draw from."""
import numpy as np

from ..common import seed as _global_seed

_seed = None
_set_count = 0
_cache_key = None
_cache_rng = None


def set_seed(seed):
    """Seed dataset shuffling and random transforms (`minispore.set_seed` also does).

    Example:
        >>> import minispore.dataset as ds
        >>> ds.config.set_seed(7); ds.config.get_seed()
        7
    """
    global _seed, _set_count
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= 2 ** 32 - 1:
        raise ValueError(f"Input seed is not within the required interval of [0, {2 ** 32 - 1}].")
    _seed = seed
    _set_count += 1


def get_seed():
    """The dataset seed: the last one given to `set_seed` here or globally, else 5489."""
    if _seed is not None:
        return _seed
    g = _global_seed.get_seed()
    return 5489 if g is None else g


def _generator():
    """The generator the pipelines draw from; restarted whenever a seed is set."""
    global _cache_key, _cache_rng
    key = (_set_count, _global_seed._rng)
    if _cache_key is None or key[0] != _cache_key[0] or key[1] is not _cache_key[1]:
        seed = _seed if _seed is not None else _global_seed.get_seed()
        _cache_rng = np.random.default_rng(seed) if seed is not None else np.random.default_rng()
        _cache_key = key
    return _cache_rng
