# lzma: whirl's decoder reads .xz (every check type) and legacy .lzma
# data made by CPython's liblzma: one-shot, concatenated streams, trailing
# data, streaming LZMADecompressor, lzma.open, and corrupt input.
import base64
import hashlib
import io
import lzma
import os
import tempfile

BLOBS = {
    'XZ': (
        '/Td6WFoAAATm1rRGAgAhARYAAAB0L+Wj4CnBAQddADYaSh8IoCZWTg1suKXtY5yOfNtO'
        '9p5LeBhWXPcm69SjbhxGEAxYaudBkh1/WEvFf19q/hvzp8S6LK/z7JXwmm/zChMRb/UC'
        'N3Nanoc5Z5MjcPmH5eKQHAtrBIcWTG7TSW/hD7E3t9fg55Jd/rUlaH51FgFbewsxywNW'
        'IE1/yRaXf8N5evpJ9djM5VMYvxeZezvC8a3Re1vqzK8XQGgB13/kHEgFOMpaiBP9a0j/'
        'OkgxZLcGjNjh03gxPqstiB0za9iNZ59bZZJuGVNU5EE/5KbJl46wfX3c5sMYL2P0Gnnp'
        'dY+hfmgvL4ztw7v/xQuccFSV97XfRkqyLBKjozGAK+SvxvlhlsDRAAAAkgtxbGK59QAB'
        'owLCUwAAmVKjlLHEZ/sCAAAAAARZWg=='
    ),
    'ALONE': (
        'XQAAgAD//////////wA2GkofCKAmVk4NbLil7WOcjnzbTvaeS3gYVlz3JuvUo24cRhAM'
        'WGrnQZIdf1hLxX9fav4b86fEuiyv8+yV8Jpv8woTEW/1AjdzWp6HOWeTI3D5h+XikBwL'
        'awSHFkxu00lv4Q+xN7fX4OeSXf61JWh+dRYBW3sLMcsDViBNf8kWl3/DeXr6SfXYzOVT'
        'GL8XmXs7wvGt0Xtb6syvF0BoAdd/5BxIBTjKWogT/WtI/zpIMWS3BozY4dN4MT6rLYgd'
        'M2vYjWefW2WSbhlTVORBP+SmyZeOsH193ObDGC9j9Bp56XWPoX5oLy+M7cO7/8ULnHBU'
        'lfe130ZKsiwSo6MxgCvkr8b5YySUjX//ordAAA=='
    ),
    'CRC32': (
        '/Td6WFoAAAFpIt42AgAhARYAAAB0L+WjAQADdGlueQDJl7hQAAEYBGvp8KWQQpkNAQAA'
        'AAABWVo='
    ),
    'SHA256': (
        '/Td6WFoAAArh+wyhAAAAABzfRCEYm0uaAQAAAAAKWVo='
    ),
    'NONE': (
        '/Td6WFoAAAD/EtlBAgAhARYAAAB0L+Wj4AP/APFdAAAAUlAKhPmbsoAhqWnWJ+A+Blpf'
        'BI1T1AS6OVcFCcFVJN6duHFZMWChn/lvSXPyyOqMuhqLKWkhgP4zg2avRm3snomKC4Pw'
        'PA6Jjj/tX+eekNkc/zL0suA5UbLSFBW0xXG62wbjeZqfuzjBsACskwuqBhkDEggVW5vI'
        'SPAyLv4toIfI8KTg0lHrjWdWkrJNhMXxhjHfamJbwnkt2fc8c7p0dAfYPKlWIiShZvha'
        'hF8wZ9L2S0kufyDr2/gQDpR4d8c/a++0zZXib/ZEbgbPC4Iay9t68FeNmP+QwD7mwRJB'
        'de4DKJbrE/unKMyvLNA8AAAAAAAAAAGFAoAIAABV5aIUqAAK/AIAAAAAAFla'
    ),
    'ZEROS': (
        '/Td6WFoAAATm1rRGAgAhARYAAAB0L+Wj5JPfAG9dAABv/f//o7f/Rz5IFXI5YVG4kijm'
        'o4YH+e7kHoLTL8U6PAFLsX7JiopNL6MN2X+m44wjEVPgWRjFdYrid/i2lH8MasDedElk'
        '4ulcU7IE2PdEDKtfDW1G6eXDdoi3llestk3haR1v+0uIEGw1jEDBAAAAH58pcZX/q9AA'
        'AYsB4KcSAHhj/vixxGf7AgAAAAAEWVo='
    ),
    'EXTREME': (
        '/Td6WFoAAATm1rRGAgAhARwAAAAQz1jM4H1FAUJdADYaSh8IoCZWTg1suKXtY5yOfNtO'
        '9p5LeBhWXPcm69SjbhxGEAxYaudBkh1/WEvFf19q/hvzp8S6LK/z7JXwmm/zChMRb/UC'
        'N3Nanoc5Z5MjcPmH5eKQHAtrBIcWTG7TSW/hD7E3t9fg55Jd/rUlaH51FgFbewsxywNW'
        'IE1/yRaXf8N5evpJ9djM5VMYvxeZezvC8a3Re1vqzK8XQGgB13/kHEgFOMpaiBP9a0j/'
        'OkgxZLcGjNjh03gxPqstiB0za9iNZ59bZZJuGVNU5EE/5KbJl46wfX3c5sMYL2P0Gnnp'
        'dY+hfmgvL4ztw7v/xQuccFSV97XfRkqyLBKjozGAK+SvxvljdyjkOIa/y6ACWX15JkKK'
        '3rhJo22B8GzGdKnKyT3zNnKapTIVVZh8TIySZ9ff+xgukdaxdwoxJmP6c28nAAAAAABf'
        'NbpglMixawAB3gLG+gEAf4zPY7HEZ/sCAAAAAARZWg=='
    ),
}
BLOBS = {k: base64.b64decode("".join(v)) for k, v in BLOBS.items()}

for name, blob in BLOBS.items():
    out = lzma.decompress(blob)
    print(name, len(blob), len(out), hashlib.sha256(out).hexdigest()[:16], out[:20])

print("formats")
print(len(lzma.decompress(BLOBS["XZ"], format=lzma.FORMAT_XZ)),
      len(lzma.decompress(BLOBS["ALONE"], format=lzma.FORMAT_ALONE)))
for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    other = BLOBS["ALONE"] if fmt == lzma.FORMAT_XZ else BLOBS["XZ"]
    try:
        lzma.decompress(other, format=fmt)
    except lzma.LZMAError as e:
        print("LZMAError", e)

print("concatenated and trailing")
both = BLOBS["CRC32"] + BLOBS["XZ"]
print(len(lzma.decompress(both)), lzma.decompress(both)[:4])
print(lzma.decompress(BLOBS["CRC32"] + b"trailing junk"))

print("corrupt")
for label, bad in (("empty", b""), ("garbage", b"not compressed at all"),
                   ("truncated", BLOBS["XZ"][:100]),
                   ("flipped", BLOBS["XZ"][:60] + bytes([BLOBS["XZ"][60] ^ 0x40]) + BLOBS["XZ"][61:])):
    try:
        lzma.decompress(bad)
        print(label, "decoded")
    except lzma.LZMAError:
        print(label, "LZMAError")
    except EOFError as e:
        print(label, "EOFError", e)

print("LZMADecompressor")
d = lzma.LZMADecompressor()
print(d.eof, d.needs_input, d.unused_data)
blob = BLOBS["XZ"] + b"after"
parts = [d.decompress(blob[:50]), d.decompress(blob[50:])]
print(sum(map(len, parts)), d.eof, d.unused_data)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError", e)
d = lzma.LZMADecompressor()
first = d.decompress(BLOBS["ZEROS"], max_length=1000)
print(len(first), d.eof, d.needs_input)
rest = d.decompress(b"")
print(len(rest), d.eof)

print("lzma.open")
path = os.path.join(tempfile.mkdtemp(), "data.xz")
with open(path, "wb") as f:
    f.write(BLOBS["XZ"])
with lzma.open(path) as f:
    print(f.readline(), len(f.read()))
with lzma.open(path, "rt", encoding="ascii") as f:
    print(repr(f.readline()), sum(1 for _ in f))
with lzma.LZMAFile(io.BytesIO(BLOBS["ALONE"])) as f:
    print(len(f.read()))
os.remove(path)
os.rmdir(os.path.dirname(path))

print("constants")
print(lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256,
      lzma.FORMAT_AUTO, lzma.FORMAT_XZ, lzma.FORMAT_ALONE, lzma.FORMAT_RAW,
      lzma.FILTER_LZMA2, lzma.PRESET_DEFAULT, lzma.PRESET_EXTREME)
print([lzma.is_check_supported(c) for c in (0, 1, 4, 10)])
print(issubclass(lzma.LZMAError, Exception))
