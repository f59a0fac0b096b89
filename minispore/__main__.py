"""Command line: `python -m minispore run SCRIPT [ARGS...]`."""
import sys

USAGE = """usage: python -m minispore run SCRIPT [ARGS...]

Run an unmodified MindSpore script: its `import mindspore` (and `from mindspore import ...`,
`import mindspore.nn as nn`, ...) resolve to minispore."""


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 2 or argv[0] != 'run':
        print(USAGE, file=sys.stderr)
        return 2
    from .runner import run
    run(argv[1], argv[2:])
    return 0


if __name__ == '__main__':
    sys.exit(main())
