"""Optimizers: SGD, Momentum, Adam, AdamWeightDecay and their base, Optimizer."""
from .adam import Adam, AdamWeightDecay
from .momentum import Momentum
from .optimizer import Optimizer
from .sgd import SGD

__all__ = ['Optimizer', 'SGD', 'Momentum', 'Adam', 'AdamWeightDecay']
