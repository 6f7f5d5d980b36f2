import idna
print(idna.encode("ドメイン.テスト"))
print(idna.decode("xn--eckwd4c7c.xn--zckzah"))
print(idna.encode("example.com"), idna.decode(b"xn--bcher-kva.example"))
try:
    idna.encode("a..b")
except idna.IDNAError as e:
    print(type(e).__name__, e)
