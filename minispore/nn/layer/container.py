"""Containers: SequentialCell, CellList and CellDict."""
from collections import OrderedDict, abc

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


class CellDict(Cell):
    """An ordered dict of name to Cell, each registered as a child (no construct of its own).

    Args:
        args: optionally one mapping or iterable of (name, Cell) pairs.

    Example:
        >>> cells = nn.CellDict({'conv': nn.Conv2d(1, 2, 3), 'act': nn.ReLU()})
        >>> list(cells.keys()), type(cells['act']).__name__
        (['conv', 'act'], 'ReLU')
        >>> [p.name for p in cells.get_parameters()]
        ['conv.weight']
    """

    def __init__(self, *args, **kwargs):
        super().__init__(kwargs.get('auto_prefix', True))
        if len(args) == 1:
            self.update(args[0])

    def __getitem__(self, key):
        return self._cells[key]

    def __setitem__(self, key, cell):
        cls = type(self).__name__
        if not isinstance(key, str):
            raise TypeError(f"For '{cls}', the type of key should be string but got "
                            f"{type(key).__name__}.")
        if hasattr(self, key) and key not in self._cells:
            raise KeyError(f"For '{cls}', the key can not be same with the attributes of Cell, "
                           f"but got key {key}.")
        if '.' in key:
            raise KeyError(f"For '{cls}', key can not contain \".\", but got key {key}")
        if key == '':
            raise KeyError(f"For '{cls}', key can not be empty string \"\", but got key {key}")
        if cell is None:
            raise TypeError(f"For '{cls}', cell can not be None.")
        if not isinstance(cell, Cell):
            raise TypeError(f"For '{cls}', the type of cell should be Cell, but got "
                            f"{type(cell).__name__}.")
        if isinstance(cell, (CellDict, CellList, SequentialCell)):
            raise TypeError(f"For '{cls}', the type of cell can not be CellDict, CellList or "
                            f"SequentialCell, but got {type(cell).__name__}.")
        if self._auto_prefix:
            cell.update_parameters_name(key + '.')
        self._cells[key] = cell

    def __delitem__(self, key):
        del self._cells[key]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells)

    def __contains__(self, key):
        return key in self._cells

    def clear(self):
        """Remove every Cell."""
        self._cells.clear()

    def pop(self, key):
        """Remove `key` and return its Cell."""
        value = self[key]
        del self[key]
        return value

    def keys(self):
        """The names."""
        return self._cells.keys()

    def values(self):
        """The Cells."""
        return self._cells.values()

    def items(self):
        """(name, Cell) pairs."""
        return self._cells.items()

    def update(self, cells):
        """Add or overwrite the Cells of a mapping or an iterable of (name, Cell) pairs."""
        if not isinstance(cells, abc.Iterable):
            raise TypeError("CellDict.update() should be called with an iterable of key-value "
                            "pairs, but got " + type(cells).__name__)
        if isinstance(cells, (OrderedDict, CellDict, abc.Mapping)):
            for key, cell in cells.items():
                self[key] = cell
            return
        for i, pair in enumerate(cells):
            if not isinstance(pair, abc.Iterable):
                raise TypeError(f"CellDict update sequence element #{i} should be Iterable; but "
                                f"got {type(pair).__name__}")
            if len(pair) != 2:
                raise ValueError(f"CellDict update sequence element #{i}, length should be 2; "
                                 f"but has length {len(pair)}")
            self[pair[0]] = pair[1]
