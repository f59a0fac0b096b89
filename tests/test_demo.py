"""The digits demo (examples/train_digits.py): trains, checkpoints, reloads to the same accuracy."""
import os
import re
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, 'examples', 'train_digits.py')
ACCURACY = re.compile(r'test accuracy: trained ([\d.]+)%, reloaded from (.+) ([\d.]+)%')


def run(args, cwd, prelude=None):
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get('PYTHONPATH', ''))
    for name in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
        env.setdefault(name, '1')   # small matrices: one BLAS thread, and none left spinning
    if prelude is None:
        cmd = [sys.executable, DEMO, *args]
    else:
        code = f'{prelude}\nimport runpy, sys\nsys.argv = {[DEMO, *args]!r}\n' \
               f'runpy.run_path({DEMO!r}, run_name="__main__")'
        cmd = [sys.executable, '-c', code]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_demo_reaches_97_percent_and_reloads_to_the_same(tmp_path):
    """The README's demo as it runs by default: trains, checkpoints, reloads, plots."""
    pytest.importorskip('sklearn')
    proc = run(['--out', 'out'], tmp_path)
    assert proc.returncode == 0, proc.stderr
    match = ACCURACY.search(proc.stdout)
    assert match, proc.stdout
    trained, ckpt, reloaded = float(match[1]), match[2], float(match[3])
    assert trained >= 97.0 and trained == reloaded
    assert os.path.getsize(tmp_path / ckpt) > 0
    if 'matplotlib is not installed' not in proc.stdout:
        with open(tmp_path / 'out' / 'loss_curve.png', 'rb') as f:
            assert f.read(8) == b'\x89PNG\r\n\x1a\n'


def test_missing_sklearn_names_the_extra(tmp_path):
    proc = run(['--epochs', '1'], tmp_path, prelude="import sys; sys.modules['sklearn'] = None")
    assert proc.returncode == 1
    assert "pip install '.[examples]'" in proc.stderr


def test_bad_epochs_is_a_usage_error(tmp_path):
    proc = run(['--epochs', '0'], tmp_path)
    assert proc.returncode == 2
    assert '--epochs must be at least 1, but got 0' in proc.stderr
