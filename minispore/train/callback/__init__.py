"""Training callbacks: Callback, RunContext, LossMonitor, TimeMonitor."""
from ._callback import Callback, RunContext, _CallbackParams, _CallbackList
from ._monitors import LossMonitor, TimeMonitor

__all__ = ['Callback', 'RunContext', 'LossMonitor', 'TimeMonitor']
