"""A small progress bar: tqdm on a terminal when installed, else a one-line text fallback."""
import sys
import time

_MIN_INTERVAL = 0.1  # seconds between redraws


def _is_terminal(stream):
    isatty = getattr(stream, 'isatty', None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def _format_value(value):
    if isinstance(value, float):
        return f'{value:.4g}'
    item = getattr(value, 'item', None)
    if callable(item) and getattr(value, 'size', 1) == 1:
        return _format_value(item())
    return str(value)


class _TextBar:
    """A progress line rewritten in place with carriage returns."""

    def __init__(self, iterable, total, desc, unit, file, enabled):
        self.iterable = iterable
        self.total = total
        self.desc = desc
        self.unit = unit
        self.file = file
        self.enabled = enabled
        self.n = 0
        self.postfix = ''
        self.start = time.perf_counter()
        self._closed = False
        self._width = 0
        self._last_draw = -1.0

    def __iter__(self):
        try:
            for item in self.iterable:
                yield item
                self.update()
        finally:
            self.close()

    def __len__(self):
        return self.total

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def update(self, n=1):
        """Advance the count by `n` and redraw."""
        self.n += n
        self._draw()

    def set_postfix(self, **values):
        """Show `name=value` pairs after the counters."""
        self.postfix = ', '.join(f'{key}={_format_value(value)}' for key, value in values.items())
        self._draw()

    def line(self):
        """The current progress line, without the carriage return."""
        elapsed = time.perf_counter() - self.start
        rate = self.n / elapsed if elapsed > 0 else 0.0
        count = f'{self.n}/{self.total}' if self.total else f'{self.n}'
        percent = f'{100 * self.n // self.total:3d}% ' if self.total else ''
        text = f'{percent}{count} [{elapsed:.1f}s, {rate:.2f} {self.unit}/s]'
        if self.desc:
            text = f'{self.desc}: {text}'
        if self.postfix:
            text = f'{text} {self.postfix}'
        return text

    def _draw(self, force=False):
        if not self.enabled or self._closed:
            return
        now = time.perf_counter()
        if not force and now - self._last_draw < _MIN_INTERVAL and self.n != self.total:
            return
        self._last_draw = now
        text = self.line()
        pad = ' ' * max(0, self._width - len(text))
        self._width = len(text)
        self.file.write('\r' + text + pad)
        self.file.flush()

    def close(self):
        """Finish the line (once)."""
        if self._closed:
            return
        self._draw(force=True)
        self._closed = True
        if self.enabled:
            self.file.write('\n')
            self.file.flush()


def progress_bar(iterable, total=None, desc='', unit='step', file=None, enabled=None):
    """Wrap `iterable` in a progress bar shown only on a terminal.

    Args:
        iterable: the items to iterate over.
        total (int): the number of items; `len(iterable)` when it has one.
        desc (str): a label printed before the counters.
        unit (str): the name of one item in the rate.
        file: the stream written to; `sys.stdout` when None.
        enabled (bool): None shows the bar only when `file` is a terminal; True or False forces it.

    Returns:
        An iterable with `set_postfix(**values)` and `close()`, usable as a context manager.

    Example:
        >>> import io
        >>> from minispore.train.progress import progress_bar
        >>> out = io.StringIO()
        >>> bar = progress_bar(range(3), desc='epoch 1', file=out, enabled=True)
        >>> [i for i in bar]
        [0, 1, 2]
        >>> out.getvalue().rsplit('\\r', 1)[-1].startswith('epoch 1: 100% 3/3')
        True
    """
    file = sys.stdout if file is None else file
    if total is None and hasattr(iterable, '__len__'):
        total = len(iterable)
    show = _is_terminal(file) if enabled is None else bool(enabled)
    if show and _is_terminal(file):
        try:
            from tqdm import tqdm
        except ImportError:
            pass
        else:
            return tqdm(iterable, total=total, desc=desc or None, unit=unit, file=file)
    return _TextBar(iterable, total, desc, unit, file, show)
