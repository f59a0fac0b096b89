"""Run the MindSpore tutorials in examples/tutorials/, unchanged, on minispore and print them.

    python examples/run_tutorials.py
"""
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tutorials')

for name in sorted(os.listdir(HERE)):
    if name.endswith('.py'):
        path = os.path.join(HERE, name)
        with open(path, encoding='utf-8') as f:
            title = f.readline().lstrip('# ').strip()
        print(f'==== {name}: {title}', flush=True)
        subprocess.run([sys.executable, '-m', 'minispore', 'run', path], check=True)
        print(flush=True)
