"""Every example in the public docstrings runs and prints what it shows."""
import doctest
import importlib
import pkgutil

import numpy as np
import pytest

import minispore

MODULES = sorted(m.name for m in pkgutil.walk_packages(minispore.__path__, 'minispore.')
                 if not m.name.endswith('__main__'))


@pytest.mark.parametrize('name', MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    globs = {'mindspore': minispore, 'ms': minispore, 'ops': minispore.ops, 'nn': minispore.nn,
             'Tensor': minispore.Tensor, 'Parameter': minispore.Parameter, 'np': np}
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    for test in finder.find(module, name, globs=dict(globs)):
        if test.examples:
            minispore.set_seed(0)
            runner.run(test)
    assert runner.failures == 0, f'{runner.failures} failing docstring example(s) in {name}'
