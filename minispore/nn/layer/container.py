"""Containers: SequentialCell and CellList."""
from collections import OrderedDict

from ..cell import Cell


class SequentialCell(Cell):
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

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SequentialCell(list(self._cells.values())[index])
        return list(self._cells.values())[index]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, module):
        """Add `module` at the end."""
        setattr(self, str(len(self._cells)), module)
        return self

    def construct(self, input_data):
        for cell in self._cells.values():
            input_data = cell(input_data)
        return input_data


class CellList(Cell):
    """A list of Cells registered as children '0', '1', ... (no construct of its own)."""

    def __init__(self, args=None, **kwargs):
        super().__init__()
        for cell in args or []:
            self.append(cell)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return CellList(list(self._cells.values())[index])
        return list(self._cells.values())[index]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        """Add `cell` at the end."""
        setattr(self, str(len(self._cells)), cell)
        return self

    def extend(self, cells):
        for cell in cells:
            self.append(cell)
        return self
