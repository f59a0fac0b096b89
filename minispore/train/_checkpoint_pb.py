"""The protobuf wire encoding of MindSpore's `Checkpoint` message (checkpoint.proto), by hand."""
import binascii

CRC_MARK = b'crc_num'     # trailer: b'crc_num' + 10-byte big-endian crc32 of what precedes it


class DecodeError(ValueError):
    """The bytes are not a well-formed Checkpoint message."""


# ---- encoding ----
def _varint(value):
    if value < 0:
        value += 1 << 64                       # int64: two's complement, ten bytes
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number, payload):
    """A length-delimited field (wire type 2)."""
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def encode_tensor(dims, tensor_type, content):
    """`TensorProto{dims = 1 (unpacked int64), tensor_type = 2, tensor_content = 3}`."""
    parts = [_varint(1 << 3) + _varint(int(d)) for d in dims]
    parts.append(_field(2, tensor_type.encode('utf-8')))
    parts.append(_field(3, bytes(content)))
    return b''.join(parts)


def encode_value(tag, dims, tensor_type, content):
    """One serialized `Checkpoint` holding one `Value{tag = 1, tensor = 2}`, as MindSpore writes
    per tensor slice; concatenating them gives the repeated field."""
    value = _field(1, tag.encode('utf-8')) + _field(2, encode_tensor(dims, tensor_type, content))
    return _field(1, value)


def crc_trailer(crc):
    return CRC_MARK + crc.to_bytes(10, 'big')


# ---- decoding ----
def _read_varint(buf, pos, end):
    result = shift = 0
    while True:
        if pos >= end:
            raise DecodeError('truncated varint')
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise DecodeError('varint too long')


def _fields(buf, start, end):
    """Yield (field number, wire type, value) over buf[start:end]; a length-delimited value is
    a (start, end) pair into buf, anything else an int."""
    pos = start
    while pos < end:
        key, pos = _read_varint(buf, pos, end)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise DecodeError('field number 0')
        if wire == 0:
            value, pos = _read_varint(buf, pos, end)
        elif wire == 2:
            length, pos = _read_varint(buf, pos, end)
            if pos + length > end:
                raise DecodeError('truncated length-delimited field')
            value, pos = (pos, pos + length), pos + length
        elif wire == 1 or wire == 5:
            size = 8 if wire == 1 else 4
            if pos + size > end:
                raise DecodeError('truncated fixed-size field')
            value, pos = int.from_bytes(buf[pos:pos + size], 'little'), pos + size
        else:
            raise DecodeError(f'unsupported wire type {wire}')
        yield number, wire, value


def _int64(value):
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >> 63 else value


def _decode_tensor(buf, start, end):
    dims, tensor_type, content = [], None, None
    for number, wire, value in _fields(buf, start, end):
        if number == 1:
            if wire == 0:
                dims.append(_int64(value))
            elif wire == 2:                         # packed form, accepted as protobuf does
                pos, stop = value
                while pos < stop:
                    d, pos = _read_varint(buf, pos, stop)
                    dims.append(_int64(d))
            else:
                raise DecodeError('bad wire type for dims')
        elif number == 2 and wire == 2:
            tensor_type = bytes(buf[value[0]:value[1]]).decode('utf-8')
        elif number == 3 and wire == 2:
            content = bytes(buf[value[0]:value[1]])
    if tensor_type is None or content is None:
        raise DecodeError('TensorProto lacks a required field')
    return dims, tensor_type, content


def decode_checkpoint(data):
    """The list of `(tag, kind, payload)` in file order: kind 'tensor' with payload
    `(dims, tensor_type, content)`, or 'maptensor' with a list of such triples."""
    buf = memoryview(data)
    values = []
    for number, wire, value in _fields(buf, 0, len(buf)):
        if number != 1 or wire != 2:
            continue
        tag, kind, payload = None, None, None
        for n, w, v in _fields(buf, *value):
            if n == 1 and w == 2:
                tag = bytes(buf[v[0]:v[1]]).decode('utf-8')
            elif n == 2 and w == 2:
                kind, payload = 'tensor', _decode_tensor(buf, *v)
            elif n == 3 and w == 2:
                kind, payload = 'maptensor', [_decode_tensor(buf, *t) for nn, ww, t in
                                              _fields(buf, *v) if nn == 1 and ww == 2]
        if tag is None:
            raise DecodeError('Value lacks its tag')
        values.append((tag, kind, payload))
    return values


def split_crc(data):
    """`(body, crc or None)`: the file's bytes without the CRC trailer, and the stored CRC."""
    if len(data) >= 17 and data[-17:-10] == CRC_MARK:
        return data[:-17], int.from_bytes(data[-10:], 'big')
    return data, None


def crc32(data, start=0):
    return binascii.crc32(data, start)
