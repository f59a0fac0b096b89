"""Callbacks: Callback, RunContext, LossMonitor, TimeMonitor, ModelCheckpoint, EarlyStopping."""
from ._callback import Callback, RunContext, _CallbackParams, _CallbackList
from ._checkpoint import CheckpointConfig, ModelCheckpoint
from ._early_stop import EarlyStopping
from ._monitors import LossMonitor, TimeMonitor

__all__ = ['Callback', 'RunContext', 'LossMonitor', 'TimeMonitor', 'CheckpointConfig',
           'ModelCheckpoint', 'EarlyStopping']
