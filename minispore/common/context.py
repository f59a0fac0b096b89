"""Execution context: `set_context(mode=...)`, `get_context`, and the two mode constants."""
GRAPH_MODE = 0
PYNATIVE_MODE = 1

_context = {'mode': PYNATIVE_MODE, 'device_target': 'CPU', 'device_id': 0,
            'save_graphs': False, 'pynative_synchronize': False}


def set_context(**kwargs):
    """Set context options, e.g. `set_context(mode=GRAPH_MODE)`.

    Both modes compute the same values here; `device_target` accepts 'CPU' only.
    """
    for key, value in kwargs.items():
        if key == 'mode' and value not in (GRAPH_MODE, PYNATIVE_MODE):
            raise ValueError(f"For 'set_context', the argument 'mode' should be "
                             f"mindspore.GRAPH_MODE (0) or mindspore.PYNATIVE_MODE (1), "
                             f"but got {value!r}.")
        if key == 'device_target' and value not in ('CPU', 'cpu'):
            raise ValueError(f"For 'set_context', device_target {value!r} is not available: "
                             f"this build runs on the CPU; use device_target='CPU'.")
        _context[key] = value


def get_context(attr_key):
    """The value of one context option, e.g. `get_context('mode')`."""
    if attr_key not in _context:
        raise ValueError(f"For 'get_context', the argument {attr_key!r} is not a context "
                         f"option; known options: {sorted(_context)}.")
    return _context[attr_key]
