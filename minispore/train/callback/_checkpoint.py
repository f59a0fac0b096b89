"""CheckpointConfig and ModelCheckpoint: save the network's Parameters during training."""
import os
import time

from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ...nn.cell import Cell
from ..serialization import save_checkpoint
from ._callback import Callback
from ._checks import boolean, instance_of, non_negative_int

_INFO_NAMES = ['epoch_num', 'step_num']


def _check_async_save(async_save):
    if not isinstance(async_save, (bool, str)):
        raise TypeError(f"For 'save_checkpoint', the parameter 'async_save' must be bool or str, "
                        f"but got {type(async_save)}.")
    if isinstance(async_save, str) and async_save not in ('process', 'thread'):
        raise ValueError("For 'save_checkpoint', the argument 'async_save' can only be 'process' "
                         f"or 'thread',but got {async_save}.")
    return async_save


def _append_info_dict(append_info):
    """The extra values saved with each checkpoint, from CheckpointConfig's `append_info`."""
    if append_info is None or append_info == []:
        return None
    if not isinstance(append_info, list):
        raise TypeError(f"For 'CheckpointConfig', the type of 'append_info' must be list,"
                        f"but got {type(append_info)}.")
    info = {name: 0 for name in _INFO_NAMES if name in append_info}
    dicts = 0
    for element in append_info:
        if not isinstance(element, (str, dict)):
            raise TypeError("For 'CheckpointConfig', the type of 'append_info' element must be str "
                            f"or dict,but got {type(element)}.")
        if isinstance(element, str) and element not in _INFO_NAMES:
            raise ValueError("For 'CheckpointConfig', the value of element in the argument "
                             f"'append_info' must be in {_INFO_NAMES}, but got {element}.")
        if isinstance(element, dict):
            dicts += 1
            if dicts > 1:
                raise TypeError("For 'CheckpointConfig', the element of 'append_info' must has "
                                f"only one dict, but got {dicts}")
            for key, value in element.items():
                if not isinstance(key, str) or not isinstance(
                        value, (int, float, bool, str, Parameter, Tensor)):
                    raise TypeError("For 'CheckpointConfig', the key type of the dict "
                                    "'append_info' must be string, the value type must be int or "
                                    f"float or bool, but got key type {type(key)}, value type "
                                    f"{type(value)}")
                info[key] = value
    return info


class CheckpointConfig:
    """When `ModelCheckpoint` saves and how many files it keeps.

    Saving every `save_checkpoint_steps` steps takes precedence over `save_checkpoint_seconds`,
    and `keep_checkpoint_max` over `keep_checkpoint_per_n_minutes`. The checkpoint is written
    before training goes on (`async_save` is accepted); encryption (`enc_key`) is not supported.

    Args:
        save_checkpoint_steps (int): save every this many steps.
        save_checkpoint_seconds (int): save every this many seconds (when steps is 0).
        keep_checkpoint_max (int): keep at most this many files of the prefix.
        keep_checkpoint_per_n_minutes (int): keep one file per this many minutes (when max is 0).
        integrated_save (bool): accepted (no model parallelism).
        async_save (Union[bool, str]): accepted: False, True, 'process' or 'thread'.
        saved_network (Cell): the Cell saved instead of the train network.
        append_info (list): 'epoch_num', 'step_num' and at most one dict of extra values to save.
        enc_key (Union[None, bytes]): must be None.
        enc_mode (str): the encryption mode (unused).
        exception_save (bool): accepted.
        crc_check (bool): append MindSpore's CRC32 trailer.
        remove_redundancy (bool): accepted (no data parallelism).
        format (str): 'ckpt' or 'safetensors'.

    Example:
        >>> from minispore.train import CheckpointConfig
        >>> config = CheckpointConfig(save_checkpoint_steps=10, keep_checkpoint_max=2)
        >>> config.save_checkpoint_steps, config.save_checkpoint_seconds, config.keep_checkpoint_max
        (10, None, 2)
    """

    def __init__(self, save_checkpoint_steps=1, save_checkpoint_seconds=0, keep_checkpoint_max=5,
                 keep_checkpoint_per_n_minutes=0, integrated_save=True, async_save=False,
                 saved_network=None, append_info=None, enc_key=None, enc_mode='AES-GCM',
                 exception_save=False, crc_check=False, remove_redundancy=False, format='ckpt',
                 **kwargs):
        steps, seconds, keep_max, keep_minutes = (
            None if v is None else non_negative_int(v)
            for v in (save_checkpoint_steps, save_checkpoint_seconds, keep_checkpoint_max,
                      keep_checkpoint_per_n_minutes))
        if saved_network is not None and not isinstance(saved_network, Cell):
            raise TypeError("For 'CheckpointConfig', the type of 'saved_network' must be None or "
                            f"Cell, but got {type(saved_network)}.")
        if not steps and not seconds and not keep_max and not keep_minutes:
            raise ValueError("For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', "
                             "'save_checkpoint_seconds', 'keep_checkpoint_max' and "
                             "'keep_checkpoint_per_n_minutes' can't be all None or 0.")
        self.exception_save = boolean(exception_save)
        self._save_checkpoint_steps = steps
        self._save_checkpoint_seconds = None if steps else seconds
        self._keep_checkpoint_max = keep_max
        self._keep_checkpoint_per_n_minutes = None if keep_max else keep_minutes
        if not keep_max and not keep_minutes:
            self._keep_checkpoint_max = 1
        self._integrated_save = boolean(integrated_save)
        self._async_save = _check_async_save(async_save)
        self._saved_network = saved_network
        self._append_dict = _append_info_dict(append_info)
        self._enc_key = instance_of('enc_key', enc_key, (type(None), bytes))
        self._enc_mode = instance_of('enc_mode', enc_mode, str)
        self._crc_check = instance_of('crc_check', crc_check, bool)
        self._format = instance_of('format', format, str)
        self.remove_redundancy = instance_of('remove_redundancy', remove_redundancy, bool)

    save_checkpoint_steps = property(lambda self: self._save_checkpoint_steps,
                                     doc='Steps between saves.')
    save_checkpoint_seconds = property(lambda self: self._save_checkpoint_seconds,
                                       doc='Seconds between saves.')
    keep_checkpoint_max = property(lambda self: self._keep_checkpoint_max,
                                   doc='Files kept at most.')
    keep_checkpoint_per_n_minutes = property(lambda self: self._keep_checkpoint_per_n_minutes,
                                             doc='Minutes per kept file.')
    integrated_save = property(lambda self: self._integrated_save,
                               doc='Whether split tensors are merged.')
    async_save = property(lambda self: self._async_save,
                          doc='Whether (or how) saving is asynchronous.')
    saved_network = property(lambda self: self._saved_network,
                             doc='The Cell saved instead of the train network.')
    enc_key = property(lambda self: self._enc_key, doc='The encryption key.')
    enc_mode = property(lambda self: self._enc_mode, doc='The encryption mode.')
    crc_check = property(lambda self: self._crc_check, doc='Whether a CRC32 trailer is written.')
    format = property(lambda self: self._format, doc="The file format, 'ckpt' or 'safetensors'.")
    append_dict = property(lambda self: self._append_dict,
                           doc='The extra values saved with each file.')

    def get_checkpoint_policy(self):
        """The saving and keeping settings as a dict."""
        return {'save_checkpoint_steps': self.save_checkpoint_steps,
                'save_checkpoint_seconds': self.save_checkpoint_seconds,
                'keep_checkpoint_max': self.keep_checkpoint_max,
                'keep_checkpoint_per_n_minutes': self.keep_checkpoint_per_n_minutes,
                'saved_network': self.saved_network}


def _make_directory(path):
    if not isinstance(path, str):
        raise TypeError("The directory is invalid, the type should be string.")
    if path.strip() == '':
        raise ValueError("The directory is invalid, it should be non-blank.")
    path = os.path.realpath(path)
    if os.path.exists(path) and not os.path.isdir(path):
        raise NotADirectoryError(f"The path({path}) is a file path, it should be a directory path.")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


def _unused_prefix(directory, prefix):
    """`prefix`, or `prefix_N` when checkpoint files of `prefix` already exist in `directory`."""
    suffix = 0
    for filename in os.listdir(directory):
        if (not filename.endswith(('.ckpt', '.safetensors'))
                or filename.endswith('_breakpoint.ckpt')):
            continue
        if filename.startswith(prefix) and not filename[len(prefix)].isalpha():
            rest = filename[len(prefix):]
            dash = rest.find('-')
            if dash == 0:
                suffix = max(suffix, 1)
            elif dash != -1 and rest[1:dash].isdigit():
                suffix = max(suffix, int(rest[1:dash]) + 1)
    return f'{prefix}_{suffix}' if suffix else prefix


class ModelCheckpoint(Callback):
    """Saves the train network's Parameters to ``{prefix}-{epoch}_{step}.ckpt`` during training.

    `step` counts within the epoch. A last file is saved when training ends. When files of
    `prefix` already exist in `directory`, the prefix becomes ``{prefix}_1`` (``_2``, ...).
    Files are written with `save_checkpoint` (atomically); MindSpore's ``-graph.meta`` file is
    not written.

    Args:
        prefix (Union[str, callable]): the file name prefix, or a function of the callback
            parameters returning the whole file name without extension.
        directory (Union[str, callable]): where files go (created if needed); the working
            directory when None.
        config (CheckpointConfig): when to save and what to keep; `CheckpointConfig()` when None.

    Example:
        >>> import os, tempfile
        >>> import numpy as np
        >>> from minispore import nn
        >>> from minispore.train import Model, ModelCheckpoint, CheckpointConfig
        >>> data = {'x': np.ones((4, 2), np.float32), 'y': np.zeros((4, 1), np.float32)}
        >>> ds = ms.dataset.NumpySlicesDataset(data, shuffle=False).batch(2)
        >>> net = nn.Dense(2, 1)
        >>> model = Model(net, nn.MSELoss(), nn.SGD(net.trainable_params()))
        >>> folder = tempfile.mkdtemp()
        >>> ckpt = ModelCheckpoint('net', folder, CheckpointConfig(save_checkpoint_steps=3))
        >>> model.train(2, ds, callbacks=ckpt)
        >>> sorted(os.listdir(folder))
        ['net-2_1.ckpt', 'net-2_2.ckpt']
    """

    def __init__(self, prefix='CKP', directory=None, config=None):
        super().__init__()
        self._latest_ckpt_file_name = ''
        self._last_time = time.time()
        self._last_time_for_keep = time.time()
        self._last_triggered_step = 0
        if not callable(prefix) and (not isinstance(prefix, str) or '/' in prefix):
            raise ValueError("For 'ModelCheckpoint', the argument 'prefix' for checkpoint file "
                             "name is invalid, it must be callable or string that does not contain "
                             f"'/', but got {prefix}.")
        self._prefix_func = prefix if callable(prefix) else None
        self._directory_func = directory if callable(directory) else None
        self._prefix = prefix
        if directory is None:
            self._directory = os.getcwd()
        elif not callable(directory):
            self._directory = _make_directory(directory)
        if config is None:
            config = CheckpointConfig()
        elif not isinstance(config, CheckpointConfig):
            raise TypeError("For 'ModelCheckpoint', the type of argument 'config' should be "
                            f"'CheckpointConfig', but got {type(config)}.")
        self._config = config
        if not callable(directory) and not callable(prefix):
            self._prefix = _unused_prefix(self._directory, prefix)
        self._append_dict = dict(config.append_dict or {})
        self._append_epoch_num = self._append_dict.get('epoch_num', 0)
        self._append_step_num = self._append_dict.get('step_num', 0)

    @property
    def latest_ckpt_file_name(self):
        """The path of the last file saved ('' before the first)."""
        return self._latest_ckpt_file_name

    def step_end(self, run_context):
        """Save when the configured number of steps (or seconds) has passed."""
        cb_params = run_context.original_args()
        if self._prefix_func:
            self._prefix = self._prefix_func(cb_params)
            if not isinstance(self._prefix, str) or '/' in self._prefix:
                raise ValueError("For 'ModelCheckpoint', the argument 'prefix' for checkpoint file "
                                 "name is callable, it must return a string that does not contain "
                                 f"'/', but got {self._prefix}.")
        if self._directory_func:
            self._directory = _make_directory(self._directory_func(cb_params))
        self._save_ckpt(cb_params)

    def end(self, run_context):
        """Save the last checkpoint when training ends."""
        self._save_ckpt(run_context.original_args(), force_to_save=True)

    def _due(self, force_to_save, cur_step_num):
        config = self._config
        if config.save_checkpoint_steps:
            due_step = self._last_triggered_step + config.save_checkpoint_steps
            return force_to_save or cur_step_num >= due_step
        if config.save_checkpoint_seconds:
            now = time.time()
            if now - self._last_time > config.save_checkpoint_seconds or force_to_save:
                self._last_time = now
                return True
        return False

    def _checkpoint_files(self):
        """This prefix's `{prefix}-{digits/_/-}.{format}` files, oldest first."""
        ext = '.' + self._config.format
        files = []
        for filename in os.listdir(self._directory):
            if filename.endswith(ext) and filename.startswith(self._prefix + '-'):
                middle = filename[len(self._prefix):-len(ext)]
                if not any(char.isalpha() for char in middle):
                    files.append(os.path.join(self._directory, filename))
        return sorted(files, key=lambda path: os.stat(path).st_mtime_ns)

    def _remove_old_files(self):
        files = self._checkpoint_files()
        keep_max = self._config.keep_checkpoint_max
        minutes = self._config.keep_checkpoint_per_n_minutes
        if keep_max and 0 < keep_max <= len(files):
            os.remove(files[0])
        elif minutes and minutes > 0:
            now = time.time()
            if now - self._last_time_for_keep < minutes * 60:
                recent = [f for f in files if now - os.path.getmtime(f) < 60 * minutes]
                for path in recent[1:]:
                    os.remove(path)

    def _save_ckpt(self, cb_params, force_to_save=False):
        cur_step = cb_params.cur_step_num
        if cur_step == self._last_triggered_step or not self._due(force_to_save, cur_step):
            return
        step_in_epoch = (cur_step - 1) % cb_params.batch_num + 1
        if self._prefix_func:
            name = f'{self._prefix}.{self._config.format}'
        else:
            name = f'{self._prefix}-{cb_params.cur_epoch_num}_{step_in_epoch}.{self._config.format}'
        self._remove_old_files()
        self._last_time_for_keep = time.time()
        self._last_triggered_step = cur_step
        if 'epoch_num' in self._append_dict:
            self._append_dict['epoch_num'] = self._append_epoch_num + cb_params.cur_epoch_num
        if 'step_num' in self._append_dict:
            self._append_dict['step_num'] = self._append_step_num + cur_step
        config = self._config
        network = config.saved_network
        if network is None:
            network = cb_params.train_network
        path = os.path.join(self._directory, name)
        save_checkpoint(network, path, config.integrated_save, config.async_save,
                        self._append_dict or None, config.enc_key, config.enc_mode,
                        crc_check=config.crc_check, format=config.format)
        self._latest_ckpt_file_name = path
