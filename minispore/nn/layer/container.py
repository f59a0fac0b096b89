"""Containers: SequentialCell and CellList."""
from collections import OrderedDict

from ..cell import Cell


class _CellSequence(Cell):
    """Children registered as '0', '1', ... with list-like access."""

    def __getitem__(self, index):
        cells = list(self._cells.values())
        return type(self)(cells[index]) if isinstance(index, slice) else cells[index]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        """Add `cell` at the end."""
        setattr(self, str(len(self._cells)), cell)
        return self

    def extend(self, cells):
        """Add every Cell of `cells` at the end."""
        for cell in cells:
            self.append(cell)
        return self


class SequentialCell(_CellSequence):
    """Cells called one after another; children are named '0', '1', ...

    Args:
        args: Cells, a list of Cells, or an OrderedDict of name to Cell.

    Example:
        >>> net = nn.SequentialCell(nn.Dense(3, 4), nn.ReLU(), nn.Dense(4, 1))
        >>> [p.name for p in net.trainable_params()]
        ['0.weight', '0.bias', '2.weight', '2.bias']
    """

    def __init__(self, *args):
        super().__init__()
        if len(args) == 1 and isinstance(args[0], OrderedDict):
            items = list(args[0].items())
        elif len(args) == 1 and isinstance(args[0], list):
            items = [(str(i), c) for i, c in enumerate(args[0])]
        else:
            items = [(str(i), c) for i, c in enumerate(args)]
        for name, cell in items:
            if not isinstance(cell, Cell):
                raise TypeError(f"For 'SequentialCell', every element must be a Cell, but got "
                                f"{type(cell).__name__}.")
            setattr(self, name, cell)

    def construct(self, input_data):
        for cell in self._cells.values():
            input_data = cell(input_data)
        return input_data


class CellList(_CellSequence):
    """A list of Cells registered as children '0', '1', ... (no construct of its own).

    Example:
        >>> layers = nn.CellList([nn.Dense(2, 2), nn.ReLU()])
        >>> len(layers), type(layers[1]).__name__
        (2, 'ReLU')
    """

    def __init__(self, args=None, **kwargs):
        super().__init__()
        self.extend(args or [])
