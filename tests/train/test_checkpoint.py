"""Checkpoints: .ckpt and safetensors files read and written byte for byte as MindSpore 2.10."""
import json
import logging
import os
import sys

import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, nn
from minispore.train import _checkpoint_pb as pb
from minispore.train import serialization

FIXTURES = os.path.join(os.path.dirname(__file__), 'fixtures')
sys.path.insert(0, FIXTURES)
import make_fixtures  # noqa: E402  (the values and network the fixtures were written from)

ORDER = ['half', 'ints', 'longs', 'mask', 'scalar', 'dense.weight', 'dense.bias']


def fixture(name):
    return os.path.join(FIXTURES, name)


def read(path):
    with open(path, 'rb') as f:
        return f.read()


@pytest.fixture(autouse=True)
def quiet():
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


# ---- files written by MindSpore 2.10 load in minispore ----
@pytest.mark.parametrize('name', ['ms_dense.ckpt', 'ms_dense_crc.ckpt'])
def test_mindspore_ckpt_loads(name):
    loaded = ms.load_checkpoint(fixture(name), crc_check=True)
    assert list(loaded) == ORDER
    for key, value in make_fixtures.values().items():
        p = loaded[key]
        assert isinstance(p, Parameter) and p.name == key and p.requires_grad
        assert p.asnumpy().dtype == value.dtype and p.shape == value.shape
        np.testing.assert_array_equal(p.asnumpy(), value)


def test_mindspore_safetensors_loads():
    loaded = ms.load_checkpoint(fixture('ms_dense.safetensors'), format='safetensors')
    assert list(loaded) == sorted(ORDER)
    for key, value in make_fixtures.values().items():
        assert loaded[key].asnumpy().dtype == value.dtype
        np.testing.assert_array_equal(loaded[key].asnumpy(), value)


def test_mindspore_append_dict_loads():
    loaded = ms.load_checkpoint(fixture('ms_append.ckpt'))
    assert list(loaded) == ['w', 'epoch', 'lr', 'flag', 'note']
    assert loaded['note'] == 'héllo'
    assert (loaded['epoch'].dtype, loaded['epoch'].shape, loaded['epoch'].asnumpy()) == \
        (ms.int64, (), 3)
    assert (loaded['lr'].dtype, float(loaded['lr'].asnumpy())) == (ms.float32, 0.5)
    assert loaded['flag'].dtype == ms.bool_ and bool(loaded['flag'].asnumpy())


def test_mindspore_ckpt_into_network():
    net = make_fixtures.build(ms)
    for p in net.get_parameters():
        p.set_data(Tensor(np.zeros(p.shape, p.asnumpy().dtype)))
    assert ms.load_param_into_net(net, ms.load_checkpoint(fixture('ms_dense.ckpt'))) == ([], [])
    for key, value in make_fixtures.values().items():
        np.testing.assert_array_equal(net.parameters_dict()[key].asnumpy(), value)
    assert not net.half.requires_grad            # the network's own flags are kept


# ---- files written by minispore are MindSpore's bytes (MindSpore 2.10 loads them) ----
@pytest.mark.parametrize('kwargs,name', [({}, 'ms_dense.ckpt'),
                                         ({'crc_check': True}, 'ms_dense_crc.ckpt'),
                                         ({'format': 'safetensors'}, 'ms_dense.safetensors')])
def test_written_bytes_equal_mindspore(tmp_path, kwargs, name):
    path = str(tmp_path / ('out.' + kwargs.get('format', 'ckpt')))
    ms.save_checkpoint(make_fixtures.build(ms), path, **kwargs)
    assert read(path) == read(fixture(name))
    assert os.stat(path).st_mode & 0o777 == 0o400
    assert os.listdir(tmp_path) == [os.path.basename(path)]


def test_append_dict_and_dict_bytes_equal_mindspore(tmp_path):
    path = str(tmp_path / 'a.ckpt')
    ms.save_checkpoint([{'name': 'w', 'data': Tensor(np.array([1.0, 2.0], np.float32))}], path,
                       append_dict=make_fixtures.APPEND)
    assert read(path) == read(fixture('ms_append.ckpt'))
    again = str(tmp_path / 'b.ckpt')
    ms.save_checkpoint(ms.load_checkpoint(fixture('ms_append.ckpt')), again)
    assert read(again) == read(fixture('ms_append.ckpt'))


def test_wire_format_by_hand():
    # Checkpoint{value{tag:"w", tensor{dims:2 dims:3 tensor_type:"Int8" content}}}, 0-d: no dims
    one = pb.encode_value('w', [2, 3], 'Int8', bytes(range(6)))
    tensor = b'\x08\x02\x08\x03' + b'\x12\x04Int8' + b'\x1a\x06' + bytes(range(6))
    value = b'\x0a\x01w' + b'\x12' + bytes([len(tensor)]) + tensor
    assert one == b'\x0a' + bytes([len(value)]) + value
    assert pb.decode_checkpoint(one) == [('w', 'tensor', ([2, 3], 'Int8', bytes(range(6))))]
    # packed dims and unknown fields are accepted, as protobuf does
    packed = b'\x0a\x02\x04\x05' + b'\x12\x04Int8' + b'\x1a\x00' + b'\x20\x07'
    msg = b'\x0a' + bytes([len(packed) + 5]) + b'\x0a\x01v\x12' + bytes([len(packed)]) + packed
    assert pb.decode_checkpoint(msg) == [('v', 'tensor', ([4, 5], 'Int8', b''))]
    assert pb._varint(-1) == b'\xff' * 9 + b'\x01'


# ---- round trips ----
@pytest.mark.parametrize('fmt', ['ckpt', 'safetensors'])
def test_round_trip_dtypes(tmp_path, fmt):
    values = {'f32': np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32),
              'f16': np.array([0.5, -1], np.float16), 'f64': np.array(2.5),
              'i8': np.array([-3], np.int8), 'u8': np.array([[200]], np.uint8),
              'i64': np.array([2 ** 62], np.int64), 'b': np.array([True, False]),
              'empty': np.zeros((0, 2), np.float32)}
    path = str(tmp_path / f'r.{fmt}')
    ms.save_checkpoint({k: Parameter(Tensor(v), name=k) for k, v in values.items()}, path,
                       format=fmt)
    loaded = ms.load_checkpoint(path, format=fmt)
    for k, v in values.items():
        assert loaded[k].asnumpy().dtype == v.dtype and loaded[k].shape == v.shape
        np.testing.assert_array_equal(loaded[k].asnumpy(), v)


def test_large_tensor_is_sliced_and_joined(tmp_path, monkeypatch):
    monkeypatch.setattr(serialization, 'SLICE_SIZE', 1)      # 1 KB slices
    value = np.arange(1000, dtype=np.float32).reshape(250, 4)
    path = str(tmp_path / 's.ckpt')
    ms.save_checkpoint([{'name': 'big', 'data': Tensor(value)}], path)
    entries = pb.decode_checkpoint(read(path))
    assert [e[0] for e in entries] == ['big'] * 4 and entries[0][2][0] == [250, 4]
    np.testing.assert_array_equal(ms.load_checkpoint(path)['big'].asnumpy(), value)


def test_save_arguments(tmp_path):
    net = nn.Dense(2, 1)
    ms.save_checkpoint(net, str(tmp_path / 'noext'))
    assert os.listdir(tmp_path) == ['noext.ckpt']
    ms.save_checkpoint(net, str(tmp_path / 'noext'))           # replaces the read-only file
    ms.save_checkpoint(net.trainable_params(), str(tmp_path / 'l.ckpt'),
                       choice_func=lambda n: n == 'bias')
    assert list(ms.load_checkpoint(str(tmp_path / 'l.ckpt'))) == ['bias']
    with pytest.raises(TypeError):
        ms.save_checkpoint(3, str(tmp_path / 'x.ckpt'))
    with pytest.raises(ValueError):
        ms.save_checkpoint(net, str(tmp_path / 'x.ckpt'), format='npz')
    with pytest.raises(IsADirectoryError):
        ms.save_checkpoint(net, str(tmp_path))
    assert ms.save_checkpoint is ms.train.save_checkpoint


def test_failed_write_keeps_old_file(tmp_path, monkeypatch):
    path = str(tmp_path / 'k.ckpt')
    ms.save_checkpoint(nn.Dense(2, 1), path)
    before = read(path)

    def broken(fd):
        raise OSError('disk full')
    monkeypatch.setattr(os, 'fsync', broken)
    with pytest.raises(OSError):
        ms.save_checkpoint(nn.Dense(3, 1), path)
    assert read(path) == before and os.listdir(tmp_path) == ['k.ckpt']


# ---- load_param_into_net: returns and errors as MindSpore 2.10 (run there for these cases) ----
W, B = np.array([[1., 2.]], np.float32), np.array([3.], np.float32)


def P(name, value):
    return Parameter(Tensor(np.asarray(value)), name=name)


def load(d, strict=False):
    net = nn.Dense(2, 1)
    net.weight.set_data(Tensor(np.zeros((1, 2), np.float32)))
    result = ms.load_param_into_net(net, d, strict_load=strict)
    return result, net.weight.asnumpy().tolist(), str(net.weight.dtype)


@pytest.mark.parametrize('d,strict,expected', [
    ({'weight': P('weight', W), 'bias': P('bias', B)}, False, (([], []), [[1., 2.]], 'Float32')),
    ({'weight': P('weight', W), 'zz': P('zz', B)}, False,
     ((['bias'], ['zz']), [[1., 2.]], 'Float32')),
    ({'net.weight': P('net.weight', W), 'net.bias': P('net.bias', B)}, False,
     (([], ['net.weight', 'net.bias']), [[1., 2.]], 'Float32')),
    ({'net.weight': P('net.weight', W), 'net.bias': P('net.bias', B)}, True,
     ((['weight', 'bias'], ['net.weight', 'net.bias']), [[0., 0.]], 'Float32')),
    ({'weight': P('weight', W.astype(np.float16))}, False, ((['bias'], []), [[1., 2.]], 'Float32')),
    ({'weight': P('weight', W.astype(np.float64))}, False, ((['bias'], []), [[1., 2.]], 'Float32')),
    ({'weight': 'abc', 'bias': P('bias', B)}, False, (([], ['weight']), [[0., 0.]], 'Float32')),
    # MindSpore 2.10 keeps the checkpoint's shape (1, 2, 1, 1) here; its own docstring
    # says trailing 1s are dropped, which is what minispore does.
    ({'weight': P('weight', W.reshape(1, 2, 1, 1))}, False,
     ((['bias'], []), [[1., 2.]], 'Float32')),
])
def test_load_param_into_net_returns(d, strict, expected):
    assert load(d, strict) == expected


@pytest.mark.parametrize('d,strict,error', [
    ({'weight': P('weight', W.astype(np.float16))}, True, RuntimeError),
    ({'weight': P('weight', W.astype(np.int32))}, False, RuntimeError),
    ({'weight': P('weight', np.ones((2, 1), np.float32))}, False, RuntimeError),
    ({'weight': Tensor(W)}, False, TypeError),
])
def test_load_param_into_net_errors(d, strict, error):
    with pytest.raises(error):
        load(d, strict)
    with pytest.raises(TypeError):
        ms.load_param_into_net(3, {})


def test_error_leaves_network_unchanged():
    net = nn.Dense(2, 1)
    before = [p.asnumpy().copy() for p in net.get_parameters()]
    with pytest.raises(RuntimeError, match='bias'):        # weight is fine, bias is not
        ms.load_param_into_net(net, {'weight': P('weight', W), 'bias': P('bias', np.ones(3))})
    for p, b in zip(net.get_parameters(), before):
        np.testing.assert_array_equal(p.asnumpy(), b)


# ---- missing, truncated and corrupt files ----
def corrupted(tmp_path, data, suffix='.ckpt'):
    path = str(tmp_path / f'bad{suffix}')
    with open(path, 'wb') as f:
        f.write(data)
    return path


def test_missing_file_and_wrong_extension(tmp_path):
    with pytest.raises(ValueError, match='nope.ckpt'):
        ms.load_checkpoint(str(tmp_path / 'nope.ckpt'))
    with pytest.raises(ValueError):
        ms.load_checkpoint(fixture('ms_dense.safetensors'))


@pytest.mark.parametrize('name', ['ms_dense.ckpt', 'ms_dense_crc.ckpt'])
def test_every_truncation_raises_and_leaves_net_unchanged(tmp_path, name):
    data = read(fixture(name))
    net = make_fixtures.build(ms)
    for p in net.get_parameters():
        p.set_data(Tensor(np.zeros(p.shape, p.asnumpy().dtype)))
    # cutting at a Value boundary gives a well-formed, shorter file (as in protobuf)
    bounds = {0}
    pos = 0
    for tag, _, (dims, tt, content) in pb.decode_checkpoint(pb.split_crc(read(fixture(
            'ms_dense.ckpt')))[0]):
        pos += len(pb.encode_value(tag, dims, tt, content))
        bounds.add(pos)
    for n in range(len(data)):
        if n in bounds and n:
            continue
        path = corrupted(tmp_path, data[:n])
        with pytest.raises(ValueError, match='bad.ckpt'):
            ms.load_checkpoint(path, net=net)
    for p in net.get_parameters():
        assert not p.asnumpy().any()


def test_garbage_and_bad_crc(tmp_path):
    with pytest.raises(ValueError, match='corrupted'):
        ms.load_checkpoint(corrupted(tmp_path, b'\xff' * 40))
    data = bytearray(read(fixture('ms_dense_crc.ckpt')))
    data[-30] ^= 1                     # one flipped bit in dense.bias
    with pytest.raises(ValueError, match='crc'):
        ms.load_checkpoint(corrupted(tmp_path, bytes(data)))
    # content that does not fit its shape
    bad = pb.encode_value('w', [2, 2], 'Float32', b'\0' * 12)
    with pytest.raises(ValueError, match="'w' has 3 elements"):
        ms.load_checkpoint(corrupted(tmp_path, bad))
    with pytest.raises(ValueError, match='unknown tensor_type'):
        ms.load_checkpoint(corrupted(tmp_path, pb.encode_value('w', [1], 'Float99', b'\0' * 4)))


def test_corrupt_safetensors(tmp_path):
    data = read(fixture('ms_dense.safetensors'))
    for n in (0, 5, 100, len(data) - 1):
        with pytest.raises(ValueError, match='bad.safetensors'):
            ms.load_checkpoint(corrupted(tmp_path, data[:n], '.safetensors'), format='safetensors')
    n = int.from_bytes(data[:8], 'little')
    header = json.loads(data[8:8 + n])
    header['mask']['shape'] = [4]
    text = json.dumps(header).encode()
    bad = len(text).to_bytes(8, 'little') + text + data[8 + n:]
    with pytest.raises(ValueError, match="'mask'"):
        ms.load_checkpoint(corrupted(tmp_path, bad, '.safetensors'), format='safetensors')


def test_safetensors_crc(tmp_path):
    path = str(tmp_path / 'c.safetensors')
    ms.save_checkpoint(make_fixtures.build(ms), path, format='safetensors', crc_check=True)
    assert list(ms.load_checkpoint(path, format='safetensors', crc_check=True)) == sorted(ORDER)


def test_filters_as_mindspore():
    f = fixture('ms_dense.ckpt')
    assert list(ms.load_checkpoint(f, filter_prefix='dense')) == ORDER[:5]
    assert list(ms.load_checkpoint(f, specify_prefix=['ha', 'in'])) == ['half', 'ints']
    assert list(ms.load_checkpoint(f, choice_func=lambda n: 'a' in n)) == \
        ['half', 'mask', 'scalar', 'dense.bias']
    with pytest.raises(ValueError):
        ms.load_checkpoint(f, filter_prefix='')
    with pytest.raises(ValueError, match='empty'):
        ms.load_checkpoint(f, specify_prefix='zz')
    net = nn.Dense(3, 2)
    loaded = ms.load_checkpoint(f, net=net, specify_prefix='dense')
    assert list(loaded) == ['dense.weight', 'dense.bias']      # loaded through the prefix retry
    np.testing.assert_array_equal(net.weight.asnumpy(), make_fixtures.values()['dense.weight'])
