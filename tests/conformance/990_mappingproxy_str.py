# str() of a mappingproxy is the proxied mapping's str; its repr names the
# proxy. Class __dict__s are mappingproxies too.
import types


class C:
    x = 1


mp = types.MappingProxyType({'a': 1, 'b': [2, 'three']})
print(str(mp))
print(repr(mp))
print(f"{mp}")
print(f"{mp!r}")
print("%s | %r" % (mp, mp))
print(format(mp))
print(str(types.MappingProxyType({})))
print(repr(types.MappingProxyType({})))
print(str(C.__dict__).startswith("{'__module__': "))
print(repr(C.__dict__).startswith("mappingproxy({'__module__': "))
print([str(m) for m in [types.MappingProxyType({1: None})]])
print(str({'k': types.MappingProxyType({'n': 0})}))
try:
    types.MappingProxyType.__str__(42)
except TypeError as e:
    print(type(e).__name__)
