# Edge cases of the new number and buffer types: strided views of views,
# reversed slice assignment on bytearray, huge sizes and precisions.
def views():
    m = memoryview(bytearray(b'abcdefgh'))
    for k in [slice(None, None, -3), slice(7, 0, -2), slice(0, 5, -1), slice(-100, 100, 5)]:
        v = m[k]; print(v.tolist(), v[::-1].tolist(), v[1:][::2].tolist() if len(v) > 1 else [])
    v = m[::-2]; v[0] = 90; v[-1] = 89; v[0:2] = b'QR'; print(bytes(m))
    ba = bytearray(b'0123456789'); ba[::-1] = bytes(ba); print(ba); ba[8:2:-2] = b'xyz'; print(ba); del ba[::-2]; print(ba)
views()
for s in ["(1).to_bytes(2**62)", "1j ** (10**30)", "format(1j, '1000000000000000000000')", "format(1j, '.99999')", "float.fromhex('0x' + '1' * 5000)", "round(1.5, -(10**18))", "round(1.5, 10**18)", "complex('1' * 400 + 'j')", "bytearray(-1)", "bytearray(2**70)", "memoryview(b'')[0]", "int.from_bytes(b'\\xff' * 100, 'little', signed=True)", "cmath_ok"]:
    try: r = eval(s); print(s[:30], str(r)[:60])
    except Exception as e: print(s[:30], type(e).__name__, str(e)[:80])
