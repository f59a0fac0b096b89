"""Checkpoints in MindSpore's `.ckpt` (protobuf) and safetensors formats."""
import json
import logging
import os
import stat
import tempfile
from collections import OrderedDict

import numpy as np

from ..common import dtype as mstype
from ..common.parameter import Parameter
from ..common.tensor import Tensor
from ..nn.cell import Cell
from . import _checkpoint_pb as pb

logger = logging.getLogger('minispore')

SLICE_SIZE = 512 * 1024          # KB: a larger tensor is written as several Values

_NP_OF_TYPE = {'Int8': np.int8, 'UInt8': np.uint8, 'Uint8': np.uint8, 'Int16': np.int16,
               'UInt16': np.uint16, 'Uint16': np.uint16, 'Int32': np.int32, 'UInt32': np.uint32,
               'Uint32': np.uint32, 'Int64': np.int64, 'UInt64': np.uint64, 'Uint64': np.uint64,
               'Float16': np.float16, 'Float32': np.float32, 'Float64': np.float64,
               'Bool': np.bool_, 'Complex64': np.complex64, 'Complex128': np.complex128}
_FLOATS = {np.dtype(t) for t in (np.float16, np.float32, np.float64)}
_INTS = {np.dtype(t) for t in (np.int8, np.int16, np.int32, np.int64)}

# safetensors dtype names, ranked as the safetensors library orders tensors (larger first).
_ST_OF_NP = {np.dtype(np.bool_): 'BOOL', np.dtype(np.uint8): 'U8', np.dtype(np.int8): 'I8',
             np.dtype(np.int16): 'I16', np.dtype(np.uint16): 'U16', np.dtype(np.float16): 'F16',
             np.dtype(np.int32): 'I32', np.dtype(np.uint32): 'U32', np.dtype(np.float32): 'F32',
             np.dtype(np.complex64): 'C64', np.dtype(np.float64): 'F64', np.dtype(np.int64): 'I64',
             np.dtype(np.uint64): 'U64'}
_ST_RANK = {name: i for i, name in enumerate(
    ['BOOL', 'U8', 'I8', 'I16', 'U16', 'F16', 'BF16', 'I32', 'U32', 'F32', 'C64', 'F64', 'I64',
     'U64'])}
_NP_OF_ST = {v: k for k, v in _ST_OF_NP.items()}


# ---------------------------------------------------------------- save
def _contiguous(value):
    """A C-ordered array of `value`, keeping 0-d arrays 0-d."""
    array = np.asarray(value)
    return array if array.flags.c_contiguous else array.copy(order='C')


def _entries(save_obj, choice_func):
    """(name, value) pairs to write; a value is an ndarray or a str."""
    out = []

    def keep(name):
        return choice_func is None or choice_func(name)

    if isinstance(save_obj, Cell):
        for _, param in save_obj.parameters_and_names():
            if keep(param.name):
                out.append((param.name, param._data))
    elif isinstance(save_obj, list):
        for item in save_obj:
            if isinstance(item, dict) and 'name' in item and 'data' in item:
                if not isinstance(item['name'], str):
                    raise TypeError(f"For save_checkpoint, when save_obj is a list of dict items, "
                                    f"the name in dict should be string, but got "
                                    f"{type(item['name'])}.")
                if not isinstance(item['data'], Tensor):
                    raise TypeError(f"For save_checkpoint, when save_obj is a list of dict items, "
                                    f"the data in dict should be parameter, but got "
                                    f"{type(item['data'])}.")
                if keep(item['name']):
                    out.append((item['name'], item['data']._data))
            elif isinstance(item, Parameter):
                if keep(item.name):
                    out.append((item.name, item._data))
            else:
                raise TypeError("For save_checkpoint, save_obj should be a list of dict items, and "
                                "the dict should have key values 'name' and 'value', but got "
                                f"{type(item)} and {item}.")
    else:
        for key, value in save_obj.items():
            if not isinstance(key, str) or not isinstance(value, (Tensor, np.ndarray, str)):
                raise TypeError(f"For save_checkpoint, when save_obj is made up by dict, the key "
                                f"should be str and value should be Parameter, but got the type "
                                f"of key is {type(key)} and the type of value is {type(value)}")
            if keep(key):
                out.append((key, value if isinstance(value, (str, np.ndarray)) else value._data))
    return out


def _append_entries(append_dict):
    if append_dict is None:
        return []
    if not isinstance(append_dict, dict):
        raise TypeError(f"For 'save_checkpoint', the argument 'append_dict' must be dict, but got "
                        f"{type(append_dict)}.")
    out = []
    for key, value in append_dict.items():
        if not isinstance(key, str) or not isinstance(value, (int, float, bool, str, Tensor)):
            raise TypeError(f"For 'save_checkpoint', the type of dict 'append_info' must be key: "
                            f"string, value: int, float, bool or Generator, but got key: "
                            f"{type(key)}, value: {type(value)}")
        if isinstance(value, str):
            out.append((key, value))
        elif isinstance(value, Tensor):
            out.append((key, value._data))
        elif isinstance(value, bool):
            out.append((key, np.array(value)))
        elif isinstance(value, int):
            out.append((key, np.array(value, np.int64)))
        else:
            out.append((key, np.array(value, np.float32)))
    return out


def _ckpt_bytes(entries, crc_check):
    chunks = []
    for name, value in entries:
        if isinstance(value, str):
            chunks.append(pb.encode_value(name, [0], 'str', np.array(value).tobytes()))
            continue
        array = _contiguous(value)
        dims, type_name = list(array.shape), str(mstype.from_numpy(array.dtype))
        size_kb = array.nbytes / 1024
        pieces = [array]
        if size_kb > SLICE_SIZE:
            pieces = np.array_split(array, int(np.ceil(size_kb / SLICE_SIZE)))
        for piece in pieces:
            chunks.append(pb.encode_value(name, dims, type_name, piece.astype(
                piece.dtype.newbyteorder('<'), copy=False).tobytes()))
    body = b''.join(chunks)
    return body + pb.crc_trailer(pb.crc32(body)) if crc_check else body


def _safetensors_bytes(entries, metadata):
    arrays = {}
    for name, value in entries:
        if isinstance(value, str):
            raise TypeError(f"For 'save_checkpoint', a string ('{name}') can not be saved in the "
                            f"safetensors format.")
        array = _contiguous(value)
        if array.dtype not in _ST_OF_NP:
            raise TypeError(f"For 'save_checkpoint', the safetensors format has no dtype for "
                            f"'{name}' ({array.dtype}).")
        arrays[name] = array
    order = sorted(arrays, key=lambda n: (-_ST_RANK[_ST_OF_NP[arrays[n].dtype]], n))
    header, offset, blobs = {}, 0, []
    if arrays and metadata:
        header['__metadata__'] = metadata
    for name in order:
        data = arrays[name].astype(arrays[name].dtype.newbyteorder('<'), copy=False).tobytes()
        header[name] = {'dtype': _ST_OF_NP[arrays[name].dtype], 'shape': list(arrays[name].shape),
                        'data_offsets': [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    text = json.dumps(header, separators=(',', ':')).encode('utf-8')
    text += b' ' * (-len(text) % 8)
    return len(text).to_bytes(8, 'little') + text + b''.join(blobs)


def _write_atomically(path, data):
    """Write to a temporary file in the same directory, then rename it over `path` (mode 0400)."""
    directory = os.path.dirname(path) or '.'
    fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path) + '.', suffix='.tmp', dir=directory)
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        logger.critical("Failed to save the checkpoint file %s. Maybe don't have the permission to "
                        "write files, or the disk space is insufficient and so on.", path)
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    os.chmod(path, stat.S_IRUSR)


def save_checkpoint(save_obj, ckpt_file_name, integrated_save=True, async_save=False,
                    append_dict=None, enc_key=None, enc_mode="AES-GCM", choice_func=None,
                    crc_check=False, format="ckpt", **kwargs):
    """Save the Parameters of a Cell (or a list or dict of them) to a checkpoint file.

    The file is MindSpore's protobuf `.ckpt` (``format='ckpt'``) or safetensors
    (``format='safetensors'``); the extension is added when `ckpt_file_name` lacks it. The file
    is written under a temporary name in the same directory and renamed, then made read-only.

    Args:
        save_obj (Union[Cell, list, dict]): a Cell, a list of Parameters or of
            ``{"name": str, "data": Tensor}`` dicts, or a dict of name to Parameter (such as
            :func:`load_checkpoint` returns).
        ckpt_file_name (str): the file name; an existing file is replaced.
        integrated_save (bool): accepted for compatibility (no model parallelism here).
        async_save (Union[bool, str]): accepted; the file is written before returning.
        append_dict (dict): extra values (int, float, bool, str, Tensor) saved by name.
        enc_key (Union[None, bytes]): must be None: encryption is not supported.
        enc_mode (str): the encryption mode (unused).
        choice_func (function): saves only the names for which it returns True.
        crc_check (bool): append MindSpore's CRC32 trailer (``.ckpt`` only).
        format (str): ``"ckpt"`` or ``"safetensors"``.

    Example:
        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), 'dense.ckpt')
        >>> net = nn.Dense(2, 1)
        >>> ms.save_checkpoint(net, path)
        >>> sorted(ms.load_checkpoint(path))
        ['bias', 'weight']
    """
    if format not in ('safetensors', 'ckpt'):
        raise ValueError(f"For 'save_checkpoint', the format must be 'safetensors' or 'ckpt', "
                         f"but got {format}.")
    if not isinstance(save_obj, (Cell, list, dict)):
        raise TypeError(f"For 'save_checkpoint', the parameter 'save_obj' must be nn.Cell, list or "
                        f"dict, but got {type(save_obj)}.")
    if not isinstance(ckpt_file_name, str):
        raise TypeError(f"For 'save_checkpoint', the parameter {ckpt_file_name} for checkpoint "
                        f"file name is invalid,'ckpt_file_name' must be string, but got "
                        f"{type(ckpt_file_name)}.")
    ckpt_file_name = os.path.realpath(ckpt_file_name)
    if os.path.isdir(ckpt_file_name):
        raise IsADirectoryError(f"For 'save_checkpoint', the parameter `ckpt_file_name`: "
                                f"{ckpt_file_name} is a directory, it must be a file name.")
    if not ckpt_file_name.endswith(format):
        ckpt_file_name += f'.{format}'
    for name, value in (('integrated_save', integrated_save), ('crc_check', crc_check)):
        if not isinstance(value, bool):
            raise TypeError(f"For 'save_checkpoint', the parameter '{name}' must be bool, but got "
                            f"{type(value)}.")
    if not isinstance(async_save, (bool, str)):
        raise TypeError(f"For 'save_checkpoint', the parameter 'async_save' must be bool or str, "
                        f"but got {type(async_save)}.")
    if isinstance(async_save, str) and async_save not in ('process', 'thread'):
        raise ValueError(f"For 'save_checkpoint', the argument 'async_save' can only be 'process' "
                         f"or 'thread',but got {async_save}.")
    if enc_key is not None:
        raise ValueError("For 'save_checkpoint', encrypted checkpoints (enc_key) are not supported "
                         "by minispore.")
    entries = _entries(save_obj, choice_func) + _append_entries(append_dict)
    if format == 'ckpt':
        data = _ckpt_bytes(entries, crc_check)
    else:
        metadata = {'format': 'ms'}
        if crc_check:
            crc = 0
            for name, value in sorted(entries, key=lambda e: e[0]):
                crc = pb.crc32(name.encode('utf-8'), crc)
                crc = pb.crc32(_contiguous(value).tobytes(), crc)
            metadata['crc_num'] = str(crc)
        data = _safetensors_bytes(entries, metadata)
    _write_atomically(ckpt_file_name, data)


# ---------------------------------------------------------------- load
def _check_prefix(prefix):
    if prefix is None:
        return None
    if not isinstance(prefix, (str, list, tuple)):
        raise TypeError(f"For 'load_checkpoint', the type of 'specify_prefix' or 'filter_prefix' "
                        f"must be string, list[string] or tuple[string], but got {type(prefix)}.")
    prefix = (prefix,) if isinstance(prefix, str) else tuple(prefix)
    if not prefix:
        raise ValueError("For 'load_checkpoint', the argument 'specify_prefix' or 'filter_prefix' "
                         "can't be empty when 'specify_prefix' or 'filter_prefix' is list or "
                         "tuple.")
    for index, pre in enumerate(prefix):
        if not isinstance(pre, str):
            raise TypeError(f"For 'load_checkpoint', when 'specify_prefix' or 'filter_prefix' is "
                            f"list or tuple, the element in it must be string, but got "
                            f"{type(pre)} at index {index}.")
        if pre == '':
            raise ValueError("For 'load_checkpoint', the value of 'specify_prefix' or "
                             "'filter_prefix' can't include ''.")
    return prefix


def _check_file(file, file_format):
    if file_format not in ('ckpt', 'safetensors'):
        raise ValueError("For 'load_checkpoint', the checkpoint file should end with '.ckpt' or "
                         "'.safetensors', please input the correct 'format'.")
    if not isinstance(file, str):
        raise TypeError(f"For 'load_checkpoint', the argument 'ckpt_file_name' must be string, "
                        f"but got {type(file)}.")
    if not file.endswith(file_format):
        raise ValueError(f"For 'load_checkpoint', the checkpoint file format must same with "
                         f"'format', but got file_name:'{file}', format:'{file_format}'")
    file = os.path.realpath(file)
    if not os.path.exists(file):
        raise ValueError(f"For 'load_checkpoint', the checkpoint file: {file} does not exist, "
                         f"please check whether the 'ckpt_file_name' is correct.")
    return file


def _corrupt(file, why):
    return ValueError(f"Failed to read the checkpoint file {file}. The file may be corrupted, and "
                      f"the content cannot be parsed ({why}).")


def _array(file, name, dims, type_name, content):
    """The ndarray of one checkpoint entry, checking its size against its shape."""
    if type_name == 'BFloat16':
        raw = np.frombuffer(content, '<u2')
        flat = (raw.astype(np.uint32) << 16).view(np.float32)
    else:
        if type_name not in _NP_OF_TYPE:
            raise _corrupt(file, f"unknown tensor_type '{type_name}' of '{name}'")
        item = np.dtype(_NP_OF_TYPE[type_name]).newbyteorder('<')
        if len(content) % item.itemsize:
            raise _corrupt(file, f"'{name}' has {len(content)} bytes, not a whole number of "
                                 f"{type_name} elements")
        flat = np.frombuffer(content, item).astype(item.newbyteorder('='))
    shape = () if list(dims) in ([], [0]) and flat.size == 1 else tuple(dims)
    if any(d < 0 for d in shape) or int(np.prod(shape)) != flat.size:
        raise _corrupt(file, f"'{name}' has {flat.size} elements but shape {shape}")
    return flat.reshape(shape)


def _read_ckpt(file, crc_check):
    with open(file, 'rb') as f:
        data = f.read()
    body, stored = pb.split_crc(data)
    if crc_check and stored is None:
        logger.warning("For 'load_checkpoint', the ckpt file do not contain the crc code, please "
                       "check the file.")
    if stored is not None and pb.crc32(body) != stored:
        raise ValueError(f"For 'load_checkpoint', the crc check is failed, please check whether "
                         f"the ckpt file {file} is damaged.")
    if not body:
        raise _corrupt(file, 'the file is empty')
    try:
        values = pb.decode_checkpoint(body)
    except (pb.DecodeError, UnicodeDecodeError) as e:
        raise _corrupt(file, e) from None
    entries, pending = [], None     # consecutive Values with one tag are slices of one tensor
    for tag, kind, payload in values:
        if kind != 'tensor':
            raise _corrupt(file, f"entry '{tag}' holds no tensor (map tensors are not supported)")
        dims, type_name, content = payload
        if pending is not None and pending[0] == tag:
            pending[3].append(content)
        else:
            pending = [tag, dims, type_name, [content]]
            entries.append(pending)
    out = []
    for tag, dims, type_name, contents in entries:
        content = b''.join(contents)
        if type_name == 'str':
            out.append((tag, str(np.frombuffer(content, f'<U{len(content) // 4}')[0])
                        if len(content) % 4 == 0 and content else _bad_str(file, tag)))
        else:
            out.append((tag, _array(file, tag, dims, type_name, content)))
    return out


def _bad_str(file, tag):
    raise _corrupt(file, f"string entry '{tag}' has a malformed UTF-32 content")


def _read_safetensors(file):
    with open(file, 'rb') as f:
        data = f.read()
    if len(data) < 8:
        raise _corrupt(file, 'shorter than the 8-byte header length')
    n = int.from_bytes(data[:8], 'little')
    if 8 + n > len(data):
        raise _corrupt(file, 'the header runs past the end of the file')
    try:
        header = json.loads(data[8:8 + n].decode('utf-8'))
    except (UnicodeDecodeError, ValueError) as e:
        raise _corrupt(file, f'bad JSON header: {e}') from None
    if not isinstance(header, dict):
        raise _corrupt(file, 'the header is not a JSON object')
    metadata = header.pop('__metadata__', None) or {}
    body, out = memoryview(data)[8 + n:], []
    for name in sorted(header):
        info = header[name]
        try:
            dtype = _NP_OF_ST[info['dtype']]
            shape = tuple(int(d) for d in info['shape'])
            start, stop = (int(v) for v in info['data_offsets'])
        except (KeyError, TypeError, ValueError):
            raise _corrupt(file, f"bad header entry for '{name}'") from None
        size = int(np.prod(shape)) * dtype.itemsize
        if not 0 <= start <= stop <= len(body) or stop - start != size:
            raise _corrupt(file, f"the data of '{name}' lies outside the file or does not match "
                                 f"its shape {shape}")
        out.append((name, np.frombuffer(body[start:stop], dtype.newbyteorder('<'))
                    .astype(dtype).reshape(shape)))
    return out, metadata


def load_checkpoint(ckpt_file_name, net=None, strict_load=False, filter_prefix=None,
                    dec_key=None, dec_mode="AES-GCM", specify_prefix=None, choice_func=None,
                    crc_check=False, remove_redundancy=False, format="ckpt"):
    """Read a checkpoint file into a dict of name to Parameter (or str), and optionally load it
    into `net` with :func:`load_param_into_net`.

    Reads MindSpore's `.ckpt` files, with or without the CRC trailer (a trailer that does not
    match raises), and safetensors files. The whole file is read and checked before anything is
    returned or loaded; a missing, truncated or corrupt file raises a ValueError naming it.

    Args:
        ckpt_file_name (str): the file; its name must end with `format`.
        net (Cell, optional): the network to load the Parameters into.
        strict_load (bool): see :func:`load_param_into_net`.
        filter_prefix (Union[str, list[str], tuple[str]]): skip names starting with these.
        dec_key (Union[None, bytes]): must be None: encryption is not supported.
        dec_mode (str): the decryption mode (unused).
        specify_prefix (Union[str, list[str], tuple[str]]): load only names starting with these.
        choice_func (function): load only names for which it returns True (ignored when a prefix
            argument is given).
        crc_check (bool): warn when the `.ckpt` file has no CRC trailer.
        remove_redundancy (bool): accepted for compatibility.
        format (str): ``"ckpt"`` or ``"safetensors"``.

    Returns:
        dict: name to Parameter (named after its key), or to str for saved strings; in file
        order for `.ckpt`, sorted by name for safetensors.

    Example:
        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), 'w.ckpt')
        >>> ms.save_checkpoint([{'name': 'w', 'data': Tensor([1, 2], ms.int32)}], path)
        >>> ms.load_checkpoint(path)
        {'w': Parameter (name=w, shape=(2,), dtype=Int32, requires_grad=True)}
    """
    specify_prefix = _check_prefix(specify_prefix)
    filter_prefix = _check_prefix(filter_prefix)
    for name, value in (('crc_check', crc_check), ('remove_redundancy', remove_redundancy)):
        if not isinstance(value, bool):
            raise TypeError(f"For 'load_checkpoint', the type of '{name}' must be bool, but got "
                            f"{type(value)}.")
    if dec_key is not None:
        raise ValueError("For 'load_checkpoint', encrypted checkpoints (dec_key) are not supported "
                         "by minispore.")
    file = _check_file(ckpt_file_name, format)
    if format == 'ckpt':
        entries = _read_ckpt(file, crc_check)
    else:
        entries, metadata = _read_safetensors(file)
        if crc_check:
            if 'crc_num' not in metadata:
                logger.warning("For 'load_checkpoint', the safetensors file do not contain the crc "
                               "code, please check the file.")
            else:
                crc = 0
                for name, value in entries:
                    crc = pb.crc32(name.encode('utf-8'), crc)
                    crc = pb.crc32(value.tobytes(), crc)
                if str(crc) != str(metadata['crc_num']):
                    raise ValueError("For 'load_checkpoint', the crc check has failed. Please "
                                     f"check whether the ckpt file {file} is damaged.")
    use_choice = specify_prefix is None and filter_prefix is None and choice_func is not None
    parameter_dict = {}
    for name, value in entries:
        if specify_prefix and not name.startswith(specify_prefix):
            continue
        if filter_prefix and name.startswith(filter_prefix):
            continue
        if use_choice and not choice_func(name):
            continue
        parameter_dict[name] = value if isinstance(value, str) else Parameter(Tensor(value),
                                                                              name=name)
    if not parameter_dict:
        raise ValueError("The loaded parameter dict is empty after filter or specify, please check "
                         "whether 'filter_prefix' or 'specify_prefix' are set correctly.")
    if net is not None:
        load_param_into_net(net, parameter_dict, strict_load, remove_redundancy)
    return parameter_dict


# ---------------------------------------------------------------- load into a network
def _new_value(param, new_param, strict_load):
    """The array `param` will take from `new_param`, or the RuntimeError MindSpore raises."""
    old, new = param._data, new_param._data
    name = param.name
    if old.shape != new.shape:
        extra = new.shape[old.ndim:]
        if new.ndim > old.ndim and all(d == 1 for d in extra) and new.shape[:old.ndim] == old.shape:
            new = new.reshape(old.shape)
        else:
            logger.critical("Failed to combine the net and the parameters for param %s.", name)
            raise RuntimeError(
                f"For 'load_param_into_net', {name} in the argument 'net' should have the same "
                f"shape as {name} in the argument 'parameter_dict'. But got its shape {old.shape} "
                f"in the argument 'net' and shape {new_param.shape} in the argument "
                f"'parameter_dict'.May you need to check whether the checkpoint you loaded is "
                f"correct or the batch size and so on in the 'net' and 'parameter_dict' are same.")
    if old.dtype != new.dtype:
        same_kind = {old.dtype, new.dtype} <= _FLOATS or {old.dtype, new.dtype} <= _INTS
        if strict_load or not same_kind:
            logger.critical("Failed to combine the net and the parameters for param %s.", name)
            raise RuntimeError(
                f"For 'load_param_into_net', {name} in the argument 'net' should have the same "
                f"type as {name} in the argument 'parameter_dict'. but got its type "
                f"{param.dtype} in the argument 'net' and type {new_param.dtype} in the argument "
                f"'parameter_dict'.May you need to check whether the checkpoint you loaded is "
                f"correct.")
        logger.warning("The type of %s:%s in 'parameter_dict' is different from the type of it "
                       "in 'net':%s, then the type convert from %s to %s in the network.",
                       new_param.name, new_param.dtype, param.dtype, new_param.dtype, param.dtype)
        new = new.astype(old.dtype)
    return new


def load_param_into_net(net, parameter_dict, strict_load=False, remove_redundancy=False):
    """Copy the values of `parameter_dict` into the Parameters of `net` with the same names.

    Every value is checked first (shapes must match; with ``strict_load=False`` a float value
    is cast to a float Parameter's dtype and an int value to an int one), so an error leaves the
    network unchanged. With ``strict_load=False``, Parameters still missing are then looked up
    under a common name prefix of the checkpoint, as MindSpore does.

    Args:
        net (Cell): the network.
        parameter_dict (dict): name to Parameter, as :func:`load_checkpoint` returns.
        strict_load (bool): require equal dtypes and do not try prefixed names.
        remove_redundancy (bool): accepted for compatibility.

    Returns:
        tuple(list, list): `param_not_load`, the names of the network's Parameters that got no
        value, and `ckpt_not_load`, the names in `parameter_dict` that were not used.

    Raises:
        TypeError: `net` is not a Cell or `parameter_dict` is not a dict of Parameters.
        RuntimeError: a shape or dtype does not match.

    Example:
        >>> net = nn.Dense(2, 1)
        >>> values = {'weight': Parameter(Tensor([[1., 2.]]), name='weight'),
        ...           'extra': Parameter(Tensor([0.]), name='extra')}
        >>> ms.load_param_into_net(net, values)
        (['bias'], ['extra'])
        >>> net.weight
        Parameter (name=weight, shape=(1, 2), dtype=Float32, requires_grad=True)
        >>> net.weight.asnumpy()
        array([[1., 2.]], dtype=float32)
    """
    if not isinstance(net, Cell):
        raise TypeError(f"For 'load_param_into_net', the argument 'net' should be a Cell, but got "
                        f"{type(net)}.")
    if not isinstance(parameter_dict, dict):
        raise TypeError(f"For 'load_param_into_net', the argument 'parameter_dict' should be a "
                        f"dict, but got {type(parameter_dict)}.")
    for key, value in parameter_dict.items():
        if not isinstance(key, str) or not isinstance(value, (Parameter, str, list)):
            raise TypeError(f"For 'parameter_dict', the element in the argument 'parameter_dict' "
                            f"should be a 'str' and 'Parameter' , but got {type(key)} and "
                            f"{type(value)}.")
    if not isinstance(strict_load, bool):
        raise TypeError(f"For 'load_param_into_net', the argument 'strict_load' must be bool, but "
                        f"got {type(strict_load)}.")
    params = [p for _, p in net.parameters_and_names()]
    updates, param_not_load = [], []
    ckpt_not_load = list(parameter_dict)
    for param in params:
        if param.name in parameter_dict:
            new_param = parameter_dict[param.name]
            if not isinstance(new_param, Parameter):
                continue
            updates.append((param, _new_value(param, new_param, strict_load)))
            ckpt_not_load.remove(param.name)
        elif not param.name.startswith('accu_grads'):
            param_not_load.append(param.name)
    if param_not_load and not strict_load:
        _match_prefixed(params, parameter_dict, param_not_load, updates, strict_load)
    for param, value in updates:         # everything checked: now assign
        param.set_data(Tensor(value))
    if param_not_load:
        logger.warning("For 'load_param_into_net', %d parameters in the 'net' are not loaded, "
                       "because they are not in the 'parameter_dict', please check whether the "
                       "network structure is consistent when training and loading checkpoint.",
                       len(param_not_load))
        logger.warning("%s are not loaded.", param_not_load)
    return param_not_load, ckpt_not_load


def _match_prefixed(params, parameter_dict, param_not_load, updates, strict_load):
    """MindSpore's retry for Parameters whose checkpoint names carry an extra prefix (its
    `ckpt_not_load` is left as it was)."""
    prefix_name, longest_name = '', param_not_load[0]
    while prefix_name != longest_name and param_not_load:
        prefix_name = longest_name
        for net_param_name in param_not_load:
            for dict_name in parameter_dict:
                if dict_name.endswith(net_param_name):
                    prefix_name = dict_name[:-len(net_param_name)]
                    break
            if prefix_name != longest_name:
                break
        if prefix_name != longest_name:
            logger.warning("For 'load_param_into_net', remove parameter prefix name: %s, continue "
                           "to load.", prefix_name)
            for param in params:
                new_name = prefix_name + param.name
                if param.name in param_not_load and new_name in parameter_dict:
                    new_param = parameter_dict[new_name]
                    if isinstance(new_param, Parameter):
                        updates.append((param, _new_value(param, new_param, strict_load)))
                    param_not_load.remove(param.name)
