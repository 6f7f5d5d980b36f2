# os.fsencode/fsdecode and non-UTF-8 file names: surrogateescape.
import os, tempfile
print(os.fsencode('a\udcff'), ascii(os.fsdecode(b'a\xffb')), os.fsencode(b'raw'), os.fsdecode('str'))
print(ascii(os.fsdecode(b'\xed\xa0\x80\xc3')), os.fsencode(os.fsdecode(b'\x80\xfe\xff')))
for bad in ['\ud800', 'x\udc7f']:
    try:
        os.fsencode(bad)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
try:
    with open(os.path.join(d.encode(), b'name\xff.txt'), 'w') as f:
        f.write('hi')
    names = os.listdir(d)
    print(ascii(names), os.listdir(d.encode()))
    p = os.path.join(d, names[0])
    print(os.path.exists(p), os.path.isfile(p), ascii(os.path.basename(p)))
    with open(p) as f:
        print(f.read())
    print([ascii(e.name) for e in os.scandir(d)])
    os.rename(p, os.path.join(d, 'plain\udce9'))
    print(os.listdir(d.encode()))
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
finally:
    os.rmdir(d)
print(os.path.exists(d))
