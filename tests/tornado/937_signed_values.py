# Signed values (secure cookies), versions 1 and 2: creation with a fixed
# clock, round trips, min_version, expiry, tampering, key versions.
import logging
import sys

from tornado.web import (
    _create_signature_v1,
    _create_signature_v2,
    create_signed_value,
    decode_signed_value,
    get_signature_key_version,
)

logging.basicConfig(stream=sys.stdout, format="LOG %(levelname)s %(name)s %(msg)s")

SECRET = "secret"
NOW = 1300000000


def clock():
    return NOW


v1 = create_signed_value(SECRET, "key", "value", version=1, clock=clock)
v2 = create_signed_value(SECRET, "key", "value", version=2, clock=clock)
print(v1)
print(v2)
print(create_signed_value(SECRET, "key", b"\xe9\x00bytes", clock=clock))
for value in (v1, v2):
    print(decode_signed_value(SECRET, "key", value, clock=clock))
    print(decode_signed_value(SECRET, "key", value.decode(), clock=clock))
    print(decode_signed_value(SECRET, "other", value, clock=clock))
    print(decode_signed_value("wrong", "key", value, clock=clock))
    print(decode_signed_value(SECRET, "key", value, clock=lambda: NOW + 40 * 86400))
    print(decode_signed_value(SECRET, "key", value, max_age_days=60, clock=lambda: NOW + 40 * 86400))
print(decode_signed_value(SECRET, "key", v1, clock=clock, min_version=2))
print(decode_signed_value(SECRET, "key", v1, clock=lambda: NOW - 40 * 86400))
print(_create_signature_v1(SECRET, "key", "dmFsdWU=", "1300000000"))
print(_create_signature_v2(SECRET, "2|1:0|"))
for bad in (b"", None, b"junk", b"a|b", b"2|x", b"2|1:0|10:1300000000|3:key|", b"3|whatever", b"x|1300000000|ab"):
    print(bad, decode_signed_value(SECRET, "key", bad, clock=clock))
tampered = b"dmFs|dWU=1300000000|" + v1.split(b"|")[2]
print(decode_signed_value(SECRET, "key", tampered, clock=clock))
zero = b"dmFsdWU=|01300000000|" + _create_signature_v1(SECRET, "key", b"dmFsdWU=", b"01300000000")
print(decode_signed_value(SECRET, "key", zero, clock=clock))
try:
    create_signed_value(SECRET, "key", "v", version=3)
except ValueError as e:
    print("ValueError", e)
keys = {0: "zero", 1: "one"}
kv = create_signed_value(keys, "key", "value", clock=clock, key_version=1)
print(kv, get_signature_key_version(kv), get_signature_key_version(v1))
print(decode_signed_value(keys, "key", kv, clock=clock), decode_signed_value({0: "zero"}, "key", kv, clock=clock))
try:
    create_signed_value(keys, "key", "value", version=1, clock=clock)
except AssertionError:
    print("AssertionError")
