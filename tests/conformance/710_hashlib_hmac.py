# hashlib over the RustCrypto digests, and hmac
import hashlib
import hmac

names = sorted(hashlib.algorithms_guaranteed | {"sha512_224", "sha512_256"})
for n in names:
    h = hashlib.new(n, b"abc")
    if n.startswith("shake"):
        print(n, h.hexdigest(20), h.digest_size, h.block_size, h.name)
    else:
        print(n, h.hexdigest(), h.digest_size, h.block_size, h.name)
    e = getattr(hashlib, n, None)
    if e is not None:
        print("  empty", e().hexdigest(8) if n.startswith("shake") else e().hexdigest()[:16])

h = hashlib.sha256()
for i in range(100):
    h.update(("chunk %d " % i).encode())
c = h.copy()
c.update(b"more")
print(h.hexdigest())
print(c.hexdigest())
print(hashlib.sha256(bytearray(b"xyz")).hexdigest() == hashlib.sha256(memoryview(b"xyz")).hexdigest())
print(hashlib.new("SHA256", b"q").hexdigest() == hashlib.sha256(b"q").hexdigest())
print(hashlib.new("sha-1", b"q").name, hashlib.sha256(string=b"x").hexdigest()[:12])

print(hashlib.blake2b(b"x", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"x", digest_size=20, key=b"k" * 32, salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2b(b"x" * 300, key=b"key").hexdigest())
print(hashlib.blake2b(b"x", digest_size=20).name, hashlib.blake2s().digest_size, hashlib.blake2s().block_size)
b = hashlib.blake2b
print(b.SALT_SIZE, b.PERSON_SIZE, b.MAX_KEY_SIZE, b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(type(hashlib.sha1()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 50).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, b"salt", 3, 10).hex())
print(hashlib.pbkdf2_hmac("sha3_256", bytearray(b"pw"), b"salt", 2).hex())

for f in [lambda: hashlib.md5("x"), lambda: hashlib.md5(1), lambda: hashlib.new("foo"),
          lambda: hashlib.md5().update("x"), lambda: hashlib.shake_128().digest(),
          lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.blake2b(key=b"x" * 65),
          lambda: hashlib.blake2s(salt=b"x" * 9), lambda: hashlib.blake2b(person=b"x" * 17),
          lambda: hashlib.blake2b(b"x", digest_size=65),
          lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0),
          lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0),
          lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1), lambda: hashlib.new(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

import io
print(hashlib.file_digest(io.BytesIO(b"file data"), "md5").hexdigest())

# hmac
for mod in ("md5", "sha1", "sha256", "sha512", "sha3_256", hashlib.sha224):
    m = hmac.new(b"key", b"The quick brown fox", mod)
    print(m.name, m.digest_size, m.block_size, m.hexdigest())
long_key = hmac.new(b"k" * 200, b"msg", "sha256")
print(long_key.hexdigest())
m = hmac.new(b"key", digestmod="sha256")
m.update(b"part one ")
m2 = m.copy()
m.update(b"part two")
print(m.hexdigest(), m2.hexdigest())
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"a"), b"a"),
      hmac.compare_digest(b"ab", b"abc"))
for f in [lambda: hmac.new("key", b"x", "md5"), lambda: hmac.new(b"key", b"x"),
          lambda: hmac.compare_digest("a", b"a"), lambda: hmac.compare_digest("é", "é"),
          lambda: hmac.compare_digest(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
