"""MindSpore's Quick Start and Model Training tutorials (examples/tutorials/mnist/), run unchanged
through the runner on a small generated MNIST set, print MindSpore's structure and learn."""
import os
import re
import struct
import subprocess
import sys

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MNIST = os.path.join(ROOT, 'examples', 'tutorials', 'mnist')
SIZES = (1280, 256)
LOSS = re.compile(r'^loss: \d+\.\d{6}  \[  0/ 20\]$')
ACCURACY = re.compile(r'^ Accuracy: (\d+\.\d)%, Avg loss: (\d+\.\d{6}) $')


@pytest.fixture(scope='module')
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp('mnist')


def run_tutorial(name, cwd):
    env = {**os.environ, 'PYTHONPATH': ROOT, 'MNIST_IDX_SIZES': '%d,%d' % SIZES,
           'OPENBLAS_NUM_THREADS': '1', 'OMP_NUM_THREADS': '1'}   # small matrices: one thread
    res = subprocess.run([sys.executable, '-m', 'minispore', 'run', os.path.join(MNIST, name)],
                         capture_output=True, text=True, cwd=cwd, env=env, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    return res.stdout.splitlines()


def check_training(lines):
    """Three epochs, each with one loss line and a test result; the model learns."""
    assert [l for l in lines if l.startswith('Epoch ')] == ['Epoch 1', 'Epoch 2', 'Epoch 3']
    losses = [l for l in lines if l.startswith('loss: ')]
    assert len(losses) == 3 and all(LOSS.match(l) for l in losses), losses
    results = [ACCURACY.match(l) for l in lines if l.startswith(' Accuracy')]
    assert len(results) == 3 and all(results)
    accuracy = [float(m.group(1)) for m in results]
    test_loss = [float(m.group(2)) for m in results]
    assert accuracy[-1] > 25.0 and test_loss[-1] < test_loss[0] < 2.31
    assert 'Done!' in lines


def test_generated_files_are_mnist_idx(tmp_path):
    sys.path.insert(0, MNIST)
    try:
        from make_mnist_idx import make_mnist_idx
    finally:
        sys.path.remove(MNIST)
    base = make_mnist_idx(str(tmp_path), 50, 20)
    with open(os.path.join(base, 'train', 'train-images-idx3-ubyte'), 'rb') as f:
        raw = f.read()
    assert struct.unpack('>BBBBIII', raw[:16]) == (0, 0, 8, 3, 50, 28, 28) and len(raw) == 16 + 50 * 784
    with open(os.path.join(base, 'test', 't10k-labels-idx1-ubyte'), 'rb') as f:
        raw = f.read()
    labels = np.frombuffer(raw, np.uint8, offset=8)
    assert struct.unpack('>BBBBI', raw[:8]) == (0, 0, 8, 1, 20) and sorted(set(labels)) == list(range(10))


def test_quick_start(workdir):
    lines = run_tutorial('quick_start.py', workdir)
    assert lines[0].startswith('Synthetic MNIST_Data: %d train and %d test images' % SIZES)
    assert lines[1:6] == ["['image', 'label']",
                          'Shape of image [N, C, H, W]: (64, 1, 28, 28) Float32',
                          'Shape of label: (64,) Int32',
                          'Shape of image [N, C, H, W]: (64, 1, 28, 28) Float32',
                          'Shape of label: (64,) Int32']
    check_training(lines)
    tail = lines[lines.index('Done!'):]
    assert tail[1:3] == ['Saved Model to model.ckpt', '[]']
    assert re.match(r'^Predicted: "\[(\d ){9}\d\]", Actual: "\[(\d ){9}\d\]"$', tail[3]), tail[3]


def test_train(workdir):
    lines = run_tutorial('train.py', workdir)
    check_training(lines)
    assert lines[-1] == 'Done!'
