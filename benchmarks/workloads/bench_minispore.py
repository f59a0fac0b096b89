"""minispore, from this checkout (or installed): the same MindSpore-API code as bench_mindspore.py."""
import os
import sys

import _common
import _mindspore_api

# Prefer the checkout this file belongs to over an installed copy.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def build():
    global mindspore
    import minispore as mindspore
    if getattr(mindspore, "__file__", None) is None:  # a bare directory, no __init__.py yet
        raise ImportError("minispore is not importable yet (no minispore/__init__.py)")
    return _mindspore_api.build(mindspore)


def versions():
    return {"minispore": getattr(mindspore, "__version__", "unknown"),
            "path": list(getattr(mindspore, "__path__", []))}


def info():
    try:
        return {"mode": mindspore.get_context("mode")}
    except Exception:
        return {}


if __name__ == "__main__":
    _common.main("minispore", build, versions=versions, extra_info=info, sync=_mindspore_api.sync)
