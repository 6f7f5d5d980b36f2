# property keeps its doc as __doc__ only: dir(property()) lists no 'doc' (issue 11).
print([n for n in dir(property()) if not n.startswith("__")])
p = property(doc="d"); print(p.__doc__, hasattr(p, "doc"))
def g(self):
    "getter doc"
def g2(self):
    "second doc"
p = property(g); print(p.__doc__, p.getter(g2).__doc__, p.setter(g2).__doc__)
q = property(g, doc="explicit"); print(q.getter(g2).__doc__)
r = property(g, doc="explicit"); print(r.setter(g2).__doc__)
print(property().__doc__, property(lambda s: 1).__doc__)
class C:
    @property
    def x(self):
        "x doc"
        return 1
    @x.setter
    def x(self, v): pass
print(C.x.__doc__, C().x, sorted(vars(C.x)) if False else '')
print(len(property.__doc__) > 0)
