"""The README's examples run and print what their comments say; the demo runs."""
import contextlib
import io
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_readme_python_examples():
    text = open(os.path.join(ROOT, 'README.md')).read()
    blocks = re.findall(r'```python\n(.*?)```', text, re.S)
    assert blocks
    for block in blocks:
        expected = [m.group(1).strip() for m in re.finditer(r'print\(.*\)\s+#\s*(.*)', block)]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, 'README.md', 'exec'), {})
        assert out.getvalue().split('\n')[:len(expected)] == expected


def test_demo_runs_every_tutorial():
    env = {**os.environ, 'PYTHONPATH': ROOT}
    res = subprocess.run([sys.executable, os.path.join(ROOT, 'examples', 'run_tutorials.py')],
                         capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.count('==== ') == 6
    assert '1.3423151' in res.stdout and '3.26189' in res.stdout
