"""Run the MindSpore tutorials in examples/tutorials/, unchanged, on minispore and print them.

    python examples/run_tutorials.py

The autograd tutorials come first; then MindSpore's Quick Start and Model Training tutorials
(examples/tutorials/mnist/), which train on synthetic MNIST-format digits that
make_mnist_idx.py generates once into a temporary working directory.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tutorials')
MNIST = os.path.join(HERE, 'mnist')
MNIST_TUTORIALS = ['quick_start.py', 'train.py']
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {**os.environ, 'PYTHONPATH': os.pathsep.join(filter(None, [ROOT, os.environ.get('PYTHONPATH')]))}


def run(path, cwd=None):
    with open(path, encoding='utf-8') as f:
        title = f.readline().lstrip('# ').strip()
    print(f'==== {os.path.basename(path)}: {title}', flush=True)
    subprocess.run([sys.executable, '-m', 'minispore', 'run', path], check=True, cwd=cwd, env=ENV)
    print(flush=True)


for name in sorted(os.listdir(HERE)):
    if name.endswith('.py'):
        run(os.path.join(HERE, name))

with tempfile.TemporaryDirectory(prefix='minispore_mnist_') as work:
    for name in MNIST_TUTORIALS:
        run(os.path.join(MNIST, name), cwd=work)
