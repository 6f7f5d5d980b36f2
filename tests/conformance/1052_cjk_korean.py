# The Korean codecs: euc_kr and cp949.
import codecs

TEXTS = ["한국어 텍스트", "안녕하세요, 세계!", "똠방각하", "漢字 한자",
         "ㄱㄴㄷ ㅏㅑ", "€ ～", ""]
for enc in ["euc_kr", "cp949"]:
    print("==", enc, codecs.lookup(enc).name)
    for t in TEXTS:
        try:
            b = t.encode(enc)
            print(" ", repr(t), b.hex(), b.decode(enc) == t)
        except UnicodeEncodeError as e:
            print(" ", repr(t), type(e).__name__, e, e.start, e.end)

for alias in ["EUC-KR", "euckr", "korean", "ksc5601", "ks_c_5601",
              "ks_c-5601-1987", "ksx1001", "KS_X-1001", "CP949", "ms949",
              "uhc", "949"]:
    print(alias, codecs.lookup(alias).name)

BAD = [b"\x80", b"\xff", b"\x81", b"\x81 ", b"\xa1\xa0", b"\x8c\x63",
       b"\xa4\xd4", b"\xa4\xd4\xa4\xa8\xa4\xc7\xa4\xb1",
       b"\xa4\xd4\xa4\xa8\xa4\xc7", b"\xa2\xe6", b"\xc9\xa1", b"\xfe\xa1",
       b"\xb0\xa1\xb0"]
for enc in ["euc_kr", "cp949"]:
    for b in BAD:
        try:
            print(enc, b.hex(), ascii(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, b.hex(), type(e).__name__, e, e.start, e.end, e.reason)
    for ch in ["€", "·", "\u3164", "똠", "갂", "힣", "\u2015", "¥", "😀"]:
        try:
            print(enc, ascii(ch), ch.encode(enc).hex())
        except UnicodeEncodeError as e:
            print(enc, ascii(ch), type(e).__name__, e)
    for errors in ["replace", "ignore", "xmlcharrefreplace"]:
        print(enc, errors, "가¥나😀".encode(enc, errors).hex())
    print(enc, ascii(b"\xb0\xa1\x80\xb3\xaa\xff".decode(enc, "replace")))
