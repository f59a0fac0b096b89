"""The runner: run an unmodified MindSpore script with `mindspore` resolved to minispore."""
import importlib
import importlib.abc
import importlib.util
import os
import runpy
import sys

# Module names a MindSpore script imports, and the minispore modules that provide them.
ALIASES = {'mindspore': 'minispore', 'easy_mindspore': 'minispore.compat.easy_mindspore'}


class _AliasFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds `mindspore.x.y` as `minispore.x.y`, and says clearly when there is none."""

    def find_spec(self, fullname, path=None, target=None):
        root = fullname.split('.')[0]
        if root not in ALIASES:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        root, _, rest = spec.name.partition('.')
        real = ALIASES[root] + ('.' + rest if rest else '')
        try:
            module = importlib.import_module(real)
        except ModuleNotFoundError as e:
            if e.name is not None and not real.startswith(e.name) and e.name != real:
                raise
            raise ImportError(f"minispore does not provide the module '{spec.name}' yet "
                              f"(no {real}); the names it provides are listed in its docs.",
                              name=spec.name) from None
        self._original_spec = module.__spec__
        return module

    def exec_module(self, module):
        module.__spec__ = self._original_spec   # keep the real module's identity


def install():
    """Make `import mindspore` (and its submodules) import minispore from now on."""
    if not any(isinstance(f, _AliasFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _AliasFinder())


def run(script, args=()):
    """Run `script` as `__main__` with `sys.argv` = [script, *args], mindspore aliased."""
    install()
    sys.argv = [script, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    runpy.run_path(script, run_name='__main__')
