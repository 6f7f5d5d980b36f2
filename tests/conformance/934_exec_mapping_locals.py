# exec() with a locals mapping that is not a dict: names, dir(), locals()
# and globals() inside see the mapping.
class M:
    "Answers 'a', records the last store, lists x y z as its keys."

    def __getitem__(self, key):
        if key == "a":
            return 12
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.results = (key, value)

    def keys(self):
        return list("zyx")


m = M()
g = {"g_name": 1}
exec("z = a", g, m)
print(m.results)
try:
    exec("z = b", g, m)
except NameError as e:
    print("NameError", e)
exec("z = dir()", g, m)
print(m.results)
exec("z = globals()", g, m)
print(m.results[0], m.results[1] is g)
exec("z = locals()", g, m)
print(m.results[0], m.results[1] is m)
exec("z = vars()", g, m)
print(m.results[0], m.results[1] is m)


class KeysView:
    def __getitem__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.last = (key, value)

    def keys(self):
        return ("b", "a", "c")


k = KeysView()
exec("names = dir()", {}, k)
print(k.last)


class NoKeys:
    def __getitem__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        pass


try:
    exec("dir()", {}, NoKeys())
except AttributeError as e:
    print("AttributeError", e)

# A dict subclass as locals behaves as a dict.
class D(dict):
    pass


d = D()
exec("w = 5\nnames = dir()", {}, d)
print(sorted(d), d["names"])
