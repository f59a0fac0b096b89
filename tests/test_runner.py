"""The runner: unmodified MindSpore scripts run with `mindspore` resolved to minispore."""
import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {**os.environ, 'PYTHONPATH': ROOT + os.pathsep + os.environ.get('PYTHONPATH', '')}


def run_script(tmp_path, code):
    script = tmp_path / 'script.py'
    script.write_text(textwrap.dedent(code))
    return subprocess.run([sys.executable, '-m', 'minispore', 'run', str(script), 'a1'],
                          capture_output=True, text=True, cwd=tmp_path, env=ENV)


def test_imports_resolve_to_minispore(tmp_path):
    res = run_script(tmp_path, """
        import sys
        import mindspore
        import mindspore.nn as nn
        from mindspore import ops, Tensor
        from mindspore.common.initializer import initializer
        print(mindspore.__name__, nn.Dense.__module__.split('.')[0], sys.argv[1:])
        print(ops.add(Tensor([1]), 2))
    """)
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines()[0] == "minispore minispore ['a1']"
    assert res.stdout.splitlines()[1] == '[3]'


def test_missing_name_is_named(tmp_path):
    res = run_script(tmp_path, "from mindspore import no_such_name\n")
    assert res.returncode != 0
    assert "ImportError: cannot import name 'no_such_name'" in res.stderr


def test_missing_module_is_named(tmp_path):
    res = run_script(tmp_path, "import mindspore.no_such_module\n")
    assert res.returncode != 0
    assert "ImportError: minispore does not provide the module 'mindspore.no_such_module'" \
        in res.stderr


def test_usage(tmp_path):
    res = subprocess.run([sys.executable, '-m', 'minispore'], capture_output=True, text=True,
                         env=ENV)
    assert res.returncode == 2 and 'usage' in res.stderr


def test_missing_attribute_is_named(tmp_path):
    res = run_script(tmp_path, "import mindspore.nn as nn\nnn.NoSuchLayer(3)\n")
    assert res.returncode != 0
    assert "AttributeError: minispore does not provide 'mindspore.nn.NoSuchLayer'" in res.stderr
