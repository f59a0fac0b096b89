"""Dynamic learning rates: per-step lists of learning rates for the optimizers."""
import math

__all__ = ['piecewise_constant_lr', 'exponential_decay_lr', 'natural_exp_decay_lr',
           'inverse_decay_lr', 'cosine_decay_lr', 'polynomial_decay_lr', 'warmup_lr']


def _type_name(value):
    return type(value).__name__


def _check_int(value, name, strict):
    """Positive (`strict`) or any int; bools are refused as MindSpore's validator does."""
    if isinstance(value, bool):
        raise TypeError(f"The '{name}' must be int and must > 0, but got '{value}' with type "
                        "'bool'.")
    if not isinstance(value, int):
        raise TypeError(f"The '{name}' must be int, but got '{_type_name(value)}'")
    if strict and value <= 0:
        raise ValueError(f"The '{name}' must be int and must > 0, but got '{value}' with type "
                         "'int'.")


def _check_float(value, name, positive=True):
    if isinstance(value, bool) or not isinstance(value, float):
        raise TypeError(f"The '{name}' must be float, but got '{_type_name(value)}'")
    if positive and value <= 0:
        raise ValueError(f"The '{name}' must be float and must > 0, but got '{value}' with type "
                         "'float'.")
    if not positive and value < 0:
        raise ValueError(f"The '{name}' must be float and must >= 0, but got '{value}' with type "
                         "'float'.")


def _check_float_arg(value, name, owner):
    if not isinstance(value, float):
        raise TypeError(f"For '{owner}', the argument '{name}' must be type of float, but got "
                        f"'{name}' type: {type(value)}.")
    _check_float(value, name, positive=False)


def _check_bool(value, name):
    if not isinstance(value, bool):
        raise TypeError(f"The type of '{name}' should be 'bool', but got type "
                        f"'{_type_name(value)}'.")


def _check_steps(total_step, step_per_epoch, epochs, epochs_name):
    _check_int(total_step, 'total_step', True)
    _check_int(step_per_epoch, 'step_per_epoch', True)
    _check_int(epochs, epochs_name, True)


def _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair):
    _check_steps(total_step, step_per_epoch, decay_epoch, 'decay_epoch')
    _check_float(learning_rate, 'learning_rate')
    _check_float(decay_rate, 'decay_rate')
    _check_bool(is_stair, 'is_stair')


def _epochs(total_step, step_per_epoch):
    return [math.floor(i / step_per_epoch) for i in range(total_step)]


def piecewise_constant_lr(milestone, learning_rates):
    """Learning rate `learning_rates[t]` for the steps in `[milestone[t-1], milestone[t])`.

    Args:
        milestone (Union[list[int], tuple[int]]): increasing step counts, each > 0.
        learning_rates (Union[list[float], tuple[float]]): the learning rate of each segment.

    Returns:
        list[float] of length `milestone[-1]`.

    Example:
        >>> mindspore.nn.piecewise_constant_lr([2, 5], [0.1, 0.05])
        [0.1, 0.1, 0.05, 0.05, 0.05]
    """
    for name, value in (('milestone', milestone), ('learning_rates', learning_rates)):
        if not isinstance(value, (tuple, list)):
            raise TypeError(f"The type of '{name}' should be one of '['tuple', 'list']', but got "
                            f"type '{_type_name(value)}'.")
    if len(milestone) != len(learning_rates):
        raise ValueError("For 'piecewise_constant_lr', the size of 'milestone' must be same with "
                         "the size of 'learning_rates', but got 'milestone' size: "
                         f"{len(milestone)}, 'learning_rates' size: {len(learning_rates)}.")
    lr, last = [], 0
    for i, (item, rate) in enumerate(zip(milestone, learning_rates)):
        _check_int(item, f'milestone[{i}]', True)
        if isinstance(rate, bool) or not isinstance(rate, float):
            raise TypeError(f"The type of 'learning_rates[{i}]' must be 'float', but got "
                            f"'{_type_name(rate)}'.")
        if item < last:
            raise ValueError(f"For 'piecewise_constant_lr', the value of milestone[{i}] must be "
                             f"greater than milestone[{i - 1}], but got milestone[{i}]: {item}, "
                             f"milestone[{i - 1}]: {last}.")
        lr += [rate] * (item - last)
        last = item
    return lr


def exponential_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch,
                         is_stair=False):
    """`learning_rate * decay_rate ** (epoch / decay_epoch)`, `epoch = step // step_per_epoch`.

    Args:
        learning_rate (float): initial learning rate.
        decay_rate (float): decay factor per `decay_epoch` epochs.
        total_step (int): number of steps (length of the list).
        step_per_epoch (int): steps in one epoch.
        decay_epoch (int): epochs per decay period.
        is_stair (bool): decay once per period instead of continuously. Default: False.

    Returns:
        list[float] of length `total_step`.

    Example:
        >>> [round(v, 4) for v in mindspore.nn.exponential_decay_lr(0.1, 0.9, 4, 1, 2, True)]
        [0.1, 0.1, 0.09, 0.09]
    """
    _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    epochs = _epochs(total_step, step_per_epoch)
    if is_stair:
        return [learning_rate * decay_rate ** math.floor(e / decay_epoch) for e in epochs]
    return [learning_rate * decay_rate ** (e / decay_epoch) for e in epochs]


def natural_exp_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch,
                         is_stair=False):
    """`learning_rate * e ** (-decay_rate * epoch)` for each step (epoch floored to a multiple of
    `decay_epoch` with `is_stair`).

    Args:
        learning_rate (float): initial learning rate.
        decay_rate (float): decay rate.
        total_step (int): number of steps (length of the list).
        step_per_epoch (int): steps in one epoch.
        decay_epoch (int): epochs per decay period (used with `is_stair`).
        is_stair (bool): decay once per period. Default: False.

    Returns:
        list[float] of length `total_step`.

    Example:
        >>> [round(v, 4) for v in mindspore.nn.natural_exp_decay_lr(0.1, 0.9, 3, 1, 1)]
        [0.1, 0.0407, 0.0165]
    """
    _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    def epoch_of(e):
        return math.floor(e / decay_epoch) * decay_epoch if is_stair else e
    return [learning_rate * math.e ** (-decay_rate * epoch_of(e))
            for e in _epochs(total_step, step_per_epoch)]


def inverse_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch,
                     is_stair=False):
    """`learning_rate / (1 + decay_rate * epoch / decay_epoch)` for each step (the ratio floored
    with `is_stair`).

    Args:
        learning_rate (float): initial learning rate.
        decay_rate (float): decay rate.
        total_step (int): number of steps (length of the list).
        step_per_epoch (int): steps in one epoch.
        decay_epoch (int): epochs per decay period.
        is_stair (bool): decay once per period. Default: False.

    Returns:
        list[float] of length `total_step`.

    Example:
        >>> [round(v, 4) for v in mindspore.nn.inverse_decay_lr(0.1, 0.5, 3, 1, 1)]
        [0.1, 0.0667, 0.05]
    """
    _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    epochs = _epochs(total_step, step_per_epoch)
    if is_stair:
        return [learning_rate / (1 + decay_rate * math.floor(e / decay_epoch)) for e in epochs]
    return [learning_rate / (1 + decay_rate * e / decay_epoch) for e in epochs]


def cosine_decay_lr(min_lr, max_lr, total_step, step_per_epoch, decay_epoch):
    """`min_lr + 0.5 * (max_lr - min_lr) * (1 + cos(pi * min(epoch, decay_epoch) / decay_epoch))`.

    Args:
        min_lr (float): final learning rate (>= 0).
        max_lr (float): initial learning rate (> min_lr).
        total_step (int): number of steps (length of the list).
        step_per_epoch (int): steps in one epoch.
        decay_epoch (int): epochs of the decay.

    Returns:
        list[float] of length `total_step`.

    Example:
        >>> [round(v, 4) for v in mindspore.nn.cosine_decay_lr(0.01, 0.1, 3, 1, 2)]
        [0.1, 0.055, 0.01]
    """
    _check_float_arg(min_lr, 'min_lr', 'cosine_decay_lr')
    _check_float(max_lr, 'max_lr')
    _check_steps(total_step, step_per_epoch, decay_epoch, 'decay_epoch')
    if min_lr >= max_lr:
        raise ValueError("For 'cosine_decay_lr', the 'max_lr' must be greater than the 'min_lr', "
                         f"but got 'max_lr' value: {max_lr}, 'min_lr' value: {min_lr}.")
    delta = 0.5 * (max_lr - min_lr)
    return [min_lr + delta * (1 + math.cos(math.pi * min(e, decay_epoch) / decay_epoch))
            for e in _epochs(total_step, step_per_epoch)]


def polynomial_decay_lr(learning_rate, end_learning_rate, total_step, step_per_epoch, decay_epoch,
                        power, update_decay_epoch=False):
    """`(learning_rate - end_learning_rate) * (1 - epoch / decay_epoch) ** power +
    end_learning_rate`, with the epoch capped at `decay_epoch` (or the period extended with
    `update_decay_epoch`).

    Args:
        learning_rate (float): initial learning rate.
        end_learning_rate (float): final learning rate.
        total_step (int): number of steps (length of the list).
        step_per_epoch (int): steps in one epoch.
        decay_epoch (int): epochs of the decay.
        power (float): exponent of the polynomial (> 0).
        update_decay_epoch (bool): extend the period by multiples of `decay_epoch`. Default: False.

    Returns:
        list[float] of length `total_step`.

    Example:
        >>> [round(v, 4) for v in mindspore.nn.polynomial_decay_lr(0.1, 0.01, 3, 1, 2, 0.5)]
        [0.1, 0.0736, 0.01]
    """
    _check_float(learning_rate, 'learning_rate')
    _check_float_arg(end_learning_rate, 'end_learning_rate', 'polynomial_decay_lr')
    _check_float(power, 'power')
    _check_steps(total_step, step_per_epoch, decay_epoch, 'decay_epoch')
    _check_bool(update_decay_epoch, 'update_decay_epoch')
    delta, lr = learning_rate - end_learning_rate, []
    for e in _epochs(total_step, step_per_epoch):
        if update_decay_epoch:
            period, epoch = decay_epoch * max(math.ceil(e / decay_epoch), 1), e
        else:
            period, epoch = decay_epoch, min(e, decay_epoch)
        lr.append(delta * (1 - epoch / period) ** power + end_learning_rate)
    return lr


def warmup_lr(learning_rate, total_step, step_per_epoch, warmup_epoch):
    """`learning_rate * min(epoch, warmup_epoch) / warmup_epoch` for each step.

    Args:
        learning_rate (float): learning rate after the warm-up (>= 0).
        total_step (int): number of steps (length of the list).
        step_per_epoch (int): steps in one epoch.
        warmup_epoch (int): epochs of the warm-up.

    Returns:
        list[float] of length `total_step`.

    Example:
        >>> mindspore.nn.warmup_lr(0.1, 4, 1, 2)
        [0.0, 0.05, 0.1, 0.1]
    """
    _check_float_arg(learning_rate, 'learning_rate', 'warmup_lr')
    _check_int(warmup_epoch, 'warmup_epoch', True)
    _check_int(total_step, 'total_step', True)
    _check_int(step_per_epoch, 'step_per_epoch', True)
    return [learning_rate * min(e, warmup_epoch) / warmup_epoch
            for e in _epochs(total_step, step_per_epoch)]
