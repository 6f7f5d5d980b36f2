# uuid: the UUID class's views and errors, uuid3/uuid5 (deterministic),
# and the shape of uuid1/uuid4
import copy
import pickle
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for kw in [dict(hex="12345678123456781234567812345678"), dict(bytes=u.bytes), dict(bytes_le=u.bytes_le),
           dict(fields=u.fields), dict(int=u.int), dict(hex="urn:uuid:12345678-1234-5678-1234-567812345678")]:
    print(uuid.UUID(**kw) == u)
v4 = uuid.UUID(int=u.int, version=4)
print(v4, v4.version, v4.variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.time > 0x01B21DD213814000, t.node == uuid.getnode())
t2 = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(t2.node == 0x123456789ABC, t2.clock_seq, t2 != t)
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]) == [a, b])
print(int(a), hash(a) == hash(uuid.UUID(int=1)), str(uuid.UUID(int=0)), uuid.UUID(int=2**128 - 1))
print({a: 1}[uuid.UUID(int=1)], copy.copy(a) == a, copy.deepcopy(a) == a)
for proto in range(6):
    print(pickle.loads(pickle.dumps(u, proto)) == u)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
print(uuid.UUID(int=0).variant, uuid.UUID(int=0xC << 60 << 64).variant, uuid.UUID(int=0xE << 60 << 64).variant)
print(uuid.UUID(int=0).version, list(uuid.SafeUUID), uuid.SafeUUID.safe.value)
for f in [lambda: uuid.UUID(), lambda: uuid.UUID("abc"), lambda: uuid.UUID(bytes=b"x"),
          lambda: uuid.UUID(bytes_le=b"x" * 15), lambda: uuid.UUID(fields=(1, 2)),
          lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)),
          lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2**48)), lambda: uuid.UUID(int=-1),
          lambda: uuid.UUID(int=2**128), lambda: uuid.UUID(int=1, version=6),
          lambda: uuid.UUID(hex="z" * 32), lambda: uuid.UUID(int=1, hex="0" * 32),
          lambda: setattr(u, "int", 5), lambda: u < 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
