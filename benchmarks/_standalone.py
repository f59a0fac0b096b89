"""What the standalone benchmark scripts share: BLAS threads, paths, peer options, timing."""
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PEERS = os.environ.get('BENCH_PEERS_PYTHON',
                               os.path.join(os.path.dirname(ROOT), 'venvs', 'bench', 'bin',
                                            'python'))


def blas_threads_from_argv():
    """--threads N: BLAS threads of NumPy (so of minispore) and PyTorch; call before NumPy loads."""
    if '--threads' in sys.argv[:-1]:
        n = sys.argv[sys.argv.index('--threads') + 1]
        for name in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
            os.environ[name] = n


def add_peer_options(parser):
    """The --peers-python and --threads options of a script comparing with PyTorch."""
    parser.add_argument('--peers-python', default=DEFAULT_PEERS,
                        help='interpreter with torch (default ../venvs/bench/bin/python)')
    parser.add_argument('--threads', type=int, default=0,
                        help='BLAS threads for NumPy and minispore, and PyTorch\'s threads '
                             '(default: each library\'s own; PyTorch also runs with 1 thread)')


def torch_name(threads):
    """The row name of a PyTorch run with `threads` threads (0: its default)."""
    return f'PyTorch ({"default threads" if threads == 0 else f"{threads} thread(s)"})'


def error_text(proc):
    """The last line a failed subprocess wrote to stderr, as a result cell."""
    return 'error: ' + (proc.stderr.strip().splitlines() or ['?'])[-1]


def best_mean(call, repeats, number):
    """The best, over `repeats` loops of `number` calls, of the mean seconds per call."""
    best = float('inf')
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            call()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def best_means_interleaved(calls, repeats, number):
    """`best_mean` of each of `calls` (a dict of name to callable), their loops taking turns so
    that a passing disturbance of the machine hits all of them alike."""
    for call in calls.values():
        call()
    best = dict.fromkeys(calls, float('inf'))
    for _ in range(repeats):
        for name, call in calls.items():
            best[name] = min(best[name], best_mean(call, 1, number))
    return best
