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


def check_run(tmp_path, epochs):
    proc = run(['--epochs', str(epochs), '--out', 'out'], tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len([line for line in lines if line.startswith('epoch ')]) == epochs
    match = ACCURACY.search(proc.stdout)
    assert match, proc.stdout
    trained, ckpt, reloaded = float(match[1]), match[2], float(match[3])
    assert trained == reloaded
    assert os.path.getsize(tmp_path / ckpt) > 0
    return trained, proc.stdout


def test_demo_trains_saves_and_reloads(tmp_path):
    pytest.importorskip('sklearn')
    trained, out = check_run(tmp_path, epochs=2)
    assert trained >= 85.0
    if 'matplotlib is not installed' not in out:
        with open(tmp_path / 'out' / 'loss_curve.png', 'rb') as f:
            assert f.read(8) == b'\x89PNG\r\n\x1a\n'


@pytest.mark.skipif(not os.environ.get('MINISPORE_FULL_DEMO'),
                    reason='the full demo run: set MINISPORE_FULL_DEMO=1')
def test_full_demo_reaches_97_percent(tmp_path):
    pytest.importorskip('sklearn')
    trained, _ = check_run(tmp_path, epochs=10)
    assert trained >= 97.0


def test_missing_sklearn_names_the_extra(tmp_path):
    proc = run(['--epochs', '1'], tmp_path, prelude="import sys; sys.modules['sklearn'] = None")
    assert proc.returncode == 1
    assert "pip install '.[examples]'" in proc.stderr


def test_bad_epochs_is_a_usage_error(tmp_path):
    proc = run(['--epochs', '0'], tmp_path)
    assert proc.returncode == 2
    assert '--epochs must be at least 1, but got 0' in proc.stderr
