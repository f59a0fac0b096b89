"""Wrapper Cells for training and evaluation."""
from .cell_wrapper import TrainOneStepCell, WithEvalCell, WithLossCell
from .clip import ClipByNorm

__all__ = ['WithLossCell', 'WithEvalCell', 'TrainOneStepCell', 'ClipByNorm']
