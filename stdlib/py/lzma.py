"""lzma: reading .xz and legacy .lzma data (whirl's own LZMA/LZMA2
decoder, in Python).

Decompression only: decompress(), LZMADecompressor, and LZMAFile/open
for reading. whirl has no LZMA encoder, so compress(), LZMACompressor and
writing raise NotImplementedError saying so."""

import builtins as _builtins
import io as _io

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256",
    "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64",
    "FILTER_ARM", "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC",
    "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE", "FORMAT_RAW",
    "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4",
    "MODE_FAST", "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME",
    "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

CHECK_NONE = 0
CHECK_CRC32 = 1
CHECK_CRC64 = 4
CHECK_SHA256 = 10
CHECK_ID_MAX = 15
CHECK_UNKNOWN = 16
FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21
FILTER_DELTA = 0x03
FILTER_X86 = 0x04
FILTER_POWERPC = 0x05
FILTER_IA64 = 0x06
FILTER_ARM = 0x07
FILTER_ARMTHUMB = 0x08
FILTER_SPARC = 0x09
FORMAT_AUTO = 0
FORMAT_XZ = 1
FORMAT_ALONE = 2
FORMAT_RAW = 3
MF_HC3 = 0x03
MF_HC4 = 0x04
MF_BT2 = 0x12
MF_BT3 = 0x13
MF_BT4 = 0x14
MODE_FAST = 1
MODE_NORMAL = 2
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000

_CHECK_SIZES = {0: 0, 1: 4, 4: 8, 10: 32}
_XZ_MAGIC = b"\xfd7zXZ\x00"


class LZMAError(Exception):
    """Call to liblzma failed."""


def is_check_supported(check_id):
    return check_id in _CHECK_SIZES


def _no_encoder(*args, **kwargs):
    raise NotImplementedError("whirl's lzma decompresses only: it has no LZMA encoder")


compress = _no_encoder


class LZMACompressor:
    def __init__(self, *args, **kwargs):
        _no_encoder()


# --- the LZMA decoder ---------------------------------------------------------

_PROB_INIT = 1024


class _Input:
    """The compressed bytes and a read position."""

    __slots__ = ("data", "pos")

    def __init__(self, data, pos=0):
        self.data = data
        self.pos = pos

    def take(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        out = self.data[self.pos:end]
        self.pos = end
        return out

    def byte(self):
        return self.take(1)[0]


class _LzmaState:
    """Probabilities and the match state of an LZMA stream; kept across
    LZMA2 chunks until one resets them."""

    def __init__(self, lc, lp, pb):
        self.set_props(lc, lp, pb)

    def set_props(self, lc, lp, pb):
        if lc > 8 or lp > 4 or pb > 4:
            raise LZMAError("Invalid or unsupported options")
        self.lc, self.lp, self.pb = lc, lp, pb
        self.reset()

    def reset(self):
        p = _PROB_INIT
        self.literal = [p] * (0x300 << (self.lc + self.lp))
        self.is_match = [p] * 192
        self.is_rep = [p] * 12
        self.is_rep_g0 = [p] * 12
        self.is_rep_g1 = [p] * 12
        self.is_rep_g2 = [p] * 12
        self.is_rep0_long = [p] * 192
        self.pos_slot = [[p] * 64 for _ in range(4)]
        self.pos_special = [p] * 115
        self.align = [p] * 16
        self.match_len = self._len_probs()
        self.rep_len = self._len_probs()
        self.state = 0
        self.reps = [0, 0, 0, 0]

    @staticmethod
    def _len_probs():
        p = _PROB_INIT
        # choice, choice2, low (16 x 8), mid (16 x 8), high (256)
        return [[p, p], [[p] * 8 for _ in range(16)], [[p] * 8 for _ in range(16)], [p] * 256]


class _RangeDecoder:
    __slots__ = ("src", "pos", "end", "range", "code")

    def __init__(self, src, pos, end):
        if end - pos < 5 or src[pos] != 0:
            raise LZMAError("Corrupt input data")
        self.src = src
        self.code = int.from_bytes(src[pos + 1:pos + 5], "big")
        self.range = 0xFFFFFFFF
        self.pos = pos + 5
        self.end = end

    def bit(self, probs, i):
        p = probs[i]
        bound = (self.range >> 11) * p
        if self.code < bound:
            self.range = bound
            probs[i] = p + ((2048 - p) >> 5)
            b = 0
        else:
            self.range -= bound
            self.code -= bound
            probs[i] = p - (p >> 5)
            b = 1
        if self.range < 0x1000000:
            self.range = (self.range << 8) & 0xFFFFFFFF
            self.code = ((self.code << 8) | self.src[self.pos]) & 0xFFFFFFFF
            self.pos += 1
        return b

    def tree(self, probs, nbits):
        m = 1
        bit = self.bit
        for _ in range(nbits):
            m = (m << 1) | bit(probs, m)
        return m - (1 << nbits)

    def reverse_tree(self, probs, nbits, base=0):
        m = 1
        out = 0
        bit = self.bit
        for i in range(nbits):
            b = bit(probs, base + m)
            m = (m << 1) | b
            out |= b << i
        return out

    def direct(self, nbits):
        out = 0
        for _ in range(nbits):
            self.range >>= 1
            if self.code >= self.range:
                self.code -= self.range
                out = (out << 1) | 1
            else:
                out <<= 1
            if self.range < 0x1000000:
                self.range = (self.range << 8) & 0xFFFFFFFF
                self.code = ((self.code << 8) | self.src[self.pos]) & 0xFFFFFFFF
                self.pos += 1
        return out


def _decode_len(rc, probs, pos_state):
    choice = probs[0]
    if rc.bit(choice, 0) == 0:
        return rc.tree(probs[1][pos_state], 3)
    if rc.bit(choice, 1) == 0:
        return 8 + rc.tree(probs[2][pos_state], 3)
    return 16 + rc.tree(probs[3], 8)


def _decode_lzma(st, rc, out, dict_start, limit, allow_end_marker):
    """Decodes into out (a bytearray) until it holds limit bytes (None:
    until the end marker). Returns True when the end marker was read."""
    lc, lp, pb = st.lc, st.lp, st.pb
    pb_mask = (1 << pb) - 1
    lp_mask = (1 << lp) - 1
    literal = st.literal
    is_match = st.is_match
    state = st.state
    rep0, rep1, rep2, rep3 = st.reps
    bit = rc.bit
    try:
        while limit is None or len(out) < limit:
            pos = len(out) - dict_start
            pos_state = pos & pb_mask
            if bit(is_match, (state << 4) + pos_state) == 0:
                prev = out[-1] if pos > 0 else 0
                base = 0x300 * (((pos & lp_mask) << lc) + (prev >> (8 - lc)))
                symbol = 1
                if state >= 7:
                    match_byte = out[-rep0 - 1]
                    while symbol < 0x100:
                        match_bit = (match_byte >> 7) & 1
                        match_byte <<= 1
                        b = bit(literal, base + ((1 + match_bit) << 8) + symbol)
                        symbol = (symbol << 1) | b
                        if match_bit != b:
                            break
                while symbol < 0x100:
                    symbol = (symbol << 1) | bit(literal, base + symbol)
                out.append(symbol - 0x100)
                if state < 4:
                    state = 0
                elif state < 10:
                    state -= 3
                else:
                    state -= 6
                continue
            if bit(st.is_rep, state) == 0:
                length = _decode_len(rc, st.match_len, pos_state)
                state = 7 if state < 7 else 10
                len_state = length if length < 3 else 3
                slot = rc.tree(st.pos_slot[len_state], 6)
                if slot < 4:
                    dist = slot
                else:
                    nbits = (slot >> 1) - 1
                    dist = (2 | (slot & 1)) << nbits
                    if slot < 14:
                        dist += rc.reverse_tree(st.pos_special, nbits, dist - slot)
                    else:
                        dist += rc.direct(nbits - 4) << 4
                        dist += rc.reverse_tree(st.align, 4)
                if dist == 0xFFFFFFFF:
                    if not allow_end_marker:
                        raise LZMAError("Corrupt input data")
                    st.state = state
                    st.reps = [rep0, rep1, rep2, rep3]
                    return True
                rep3, rep2, rep1, rep0 = rep2, rep1, rep0, dist
            else:
                if pos == 0:
                    raise LZMAError("Corrupt input data")
                if bit(st.is_rep_g0, state) == 0:
                    if bit(st.is_rep0_long, (state << 4) + pos_state) == 0:
                        state = 9 if state < 7 else 11
                        out.append(out[-rep0 - 1])
                        continue
                else:
                    if bit(st.is_rep_g1, state) == 0:
                        dist = rep1
                    else:
                        if bit(st.is_rep_g2, state) == 0:
                            dist = rep2
                        else:
                            dist = rep3
                            rep3 = rep2
                        rep2 = rep1
                    rep1 = rep0
                    rep0 = dist
                length = _decode_len(rc, st.rep_len, pos_state)
                state = 8 if state < 7 else 11
            length += 2
            if rep0 >= len(out) - dict_start:
                raise LZMAError("Corrupt input data")
            if limit is not None and len(out) + length > limit:
                length = limit - len(out)
            start = len(out) - rep0 - 1
            if rep0 + 1 >= length:
                out += out[start:start + length]
            else:
                for i in range(length):
                    out.append(out[start + i])
    except IndexError:
        raise LZMAError("Corrupt input data") from None
    st.state = state
    st.reps = [rep0, rep1, rep2, rep3]
    return False


def _props_from_byte(b):
    if b >= 9 * 5 * 5:
        raise LZMAError("Invalid or unsupported options")
    lc = b % 9
    b //= 9
    return lc, b % 5, b // 5


def _decode_lzma2(inp, out):
    """Decodes LZMA2 chunks from inp into out until the end chunk."""
    st = None
    dict_start = len(out)
    data = inp.data
    while True:
        control = inp.byte()
        if control == 0:
            return
        if control < 0x80:
            if control > 2:
                raise LZMAError("Corrupt input data")
            size = int.from_bytes(inp.take(2), "big") + 1
            if control == 1:
                dict_start = len(out)
            out += inp.take(size)
            continue
        unpacked = ((control & 0x1F) << 16) + int.from_bytes(inp.take(2), "big") + 1
        packed = int.from_bytes(inp.take(2), "big") + 1
        mode = (control >> 5) & 3
        if mode == 3:
            dict_start = len(out)
        if mode >= 2:
            lc, lp, pb = _props_from_byte(inp.byte())
            if lc + lp > 4:
                raise LZMAError("Invalid or unsupported options")
            if st is None:
                st = _LzmaState(lc, lp, pb)
            else:
                st.set_props(lc, lp, pb)
        elif st is None:
            raise LZMAError("Corrupt input data")
        elif mode == 1:
            st.reset()
        end = inp.pos + packed
        if end > len(data):
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        rc = _RangeDecoder(data, inp.pos, end)
        _decode_lzma(st, rc, out, dict_start, len(out) + unpacked, False)
        inp.pos = end


_CRC64_TABLE = None


def _crc64(data):
    """CRC-64 as .xz files check it (ECMA-182, reflected)."""
    global _CRC64_TABLE
    table = _CRC64_TABLE
    if table is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xC96C5795D7870F42 if c & 1 else c >> 1
            table.append(c)
        _CRC64_TABLE = table
    crc = 0xFFFFFFFFFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFFFFFFFFFF


def _varint(inp):
    value = 0
    for i in range(9):
        b = inp.byte()
        value |= (b & 0x7F) << (7 * i)
        if b < 0x80:
            return value
    raise LZMAError("Corrupt input data")


def _decode_xz_stream(inp, out):
    if inp.take(6) != _XZ_MAGIC:
        raise LZMAError("Input format not supported by decoder")
    flags = inp.take(2)
    inp.take(4)  # CRC32 of the flags
    check = flags[1] & 0x0F
    if flags[0] != 0 or flags[1] & 0xF0:
        raise LZMAError("Unsupported options")
    check_size = _CHECK_SIZES.get(check, 4 << ((check - 1) // 3) if check else 0)
    while True:
        header_start = inp.pos
        size_byte = inp.byte()
        if size_byte == 0:
            break  # the index
        header_end = header_start + (size_byte + 1) * 4
        block_flags = inp.byte()
        if block_flags & 0x3C:
            raise LZMAError("Unsupported options")
        if block_flags & 0x40:
            _varint(inp)
        if block_flags & 0x80:
            _varint(inp)
        filters = []
        for _ in range((block_flags & 3) + 1):
            fid = _varint(inp)
            props = inp.take(_varint(inp))
            filters.append((fid, props))
        if len(filters) != 1 or filters[0][0] != FILTER_LZMA2:
            raise LZMAError("Unsupported options: whirl's lzma decodes LZMA2 only")
        inp.pos = header_end
        block_start = len(out)
        data_start = header_start
        _decode_lzma2(inp, out)
        # Pad the block to four bytes, then its check.
        unpadded = inp.pos - data_start
        inp.take((-unpadded) % 4)
        block = bytes(out[block_start:])
        stored = inp.take(check_size)
        if check == CHECK_CRC32:
            import zlib
            ok = zlib.crc32(block) == int.from_bytes(stored, "little")
        elif check == CHECK_CRC64:
            ok = _crc64(block) == int.from_bytes(stored, "little")
        elif check == CHECK_SHA256:
            import hashlib
            ok = hashlib.sha256(block).digest() == stored
        else:
            ok = True
        if not ok:
            raise LZMAError("Corrupt input data")
    # The index, then the stream footer.
    count = _varint(inp)
    for _ in range(count):
        _varint(inp)
        _varint(inp)
    while (inp.pos - 0) % 4 and inp.data[inp.pos] == 0:
        inp.pos += 1
    inp.take(4)  # CRC32 of the index
    footer = inp.take(12)
    if footer[10:12] != b"YZ":
        raise LZMAError("Corrupt input data")


def _decode_xz(data):
    inp = _Input(data)
    out = bytearray()
    while True:
        _decode_xz_stream(inp, out)
        # Stream padding (zeros) and further streams.
        while inp.pos < len(data) and data[inp.pos] == 0:
            inp.pos += 1
        if inp.pos >= len(data):
            return bytes(out), b""
        if data[inp.pos:inp.pos + 6] != _XZ_MAGIC:
            return bytes(out), data[inp.pos:]


def _decode_alone(data):
    inp = _Input(data)
    lc, lp, pb = _props_from_byte(inp.byte())
    inp.take(4)  # dictionary size
    size = int.from_bytes(inp.take(8), "little")
    st = _LzmaState(lc, lp, pb)
    rc = _RangeDecoder(data, inp.pos, len(data))
    out = bytearray()
    if size == 0xFFFFFFFFFFFFFFFF:
        _decode_lzma(st, rc, out, 0, None, True)
    else:
        _decode_lzma(st, rc, out, 0, size, True)
    return bytes(out), data[rc.pos:]


def _decompress_one(data, format):
    if format == FORMAT_AUTO:
        format = FORMAT_XZ if data[:6] == _XZ_MAGIC else FORMAT_ALONE
    if format == FORMAT_XZ:
        return _decode_xz(data)
    if format == FORMAT_ALONE:
        try:
            return _decode_alone(data)
        except LZMAError:
            raise LZMAError("Input format not supported by decoder") from None
    raise LZMAError("Unsupported options: whirl's lzma reads FORMAT_XZ and FORMAT_ALONE")


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompresses a whole .xz or .lzma data (concatenated streams too)."""
    if format == FORMAT_RAW:
        raise ValueError("Must specify filters for FORMAT_RAW") if filters is None else \
            LZMAError("Unsupported options: whirl's lzma reads FORMAT_XZ and FORMAT_ALONE")
    data = bytes(data)
    results = []
    while True:
        try:
            out, rest = _decompress_one(data, format)
        except LZMAError:
            if results:
                break  # trailing garbage after a complete stream
            raise
        results.append(out)
        if not rest:
            break
        data = rest
    return b"".join(results)


class LZMADecompressor:
    """Decompresses one stream given in pieces: the data is collected
    until the stream is complete."""

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        self._format = format
        self._pending = b""
        self.eof = False
        self.unused_data = b""
        self.needs_input = True
        self.check = CHECK_UNKNOWN
        self._ready = b""
        self._finished = False

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("Already at end of stream")
        self._pending += bytes(data)
        if not self._finished:
            try:
                out, rest = _decompress_one(self._pending, self._format)
            except LZMAError as e:
                if "ended before" in str(e):
                    return b""
                raise
            self._finished = True
            self._pending = b""
            self.unused_data = rest
            self._ready = out
        if max_length is None or max_length < 0:
            out, self._ready = self._ready, b""
        else:
            out, self._ready = self._ready[:max_length], self._ready[max_length:]
        # At the end once every decompressed byte has been handed out.
        self.eof = not self._ready
        self.needs_input = False
        return out


class LZMAFile(_io.BufferedIOBase):
    """A file of compressed data, for reading ("r" mode)."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1,
                 preset=None, filters=None):
        if mode not in ("r", "rb"):
            _no_encoder()
        if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
            with _builtins.open(filename, "rb") as f:
                raw = f.read()
        elif hasattr(filename, "read"):
            raw = filename.read()
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._buffer = _io.BytesIO(decompress(raw, format or FORMAT_AUTO))
        self._mode = "rb"

    def readable(self):
        return True

    def read(self, size=-1):
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self._buffer.read(size)

    def readline(self, size=-1):
        return self._buffer.readline(size)

    def seekable(self):
        return True

    def seek(self, offset, whence=0):
        return self._buffer.seek(offset, whence)

    def tell(self):
        return self._buffer.tell()


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    if "t" in mode:
        binary = LZMAFile(filename, mode.replace("t", ""), format=format)
        return _io.TextIOWrapper(binary, encoding, errors, newline)
    return LZMAFile(filename, mode, format=format)
