# imports: a package from the script's folder, submodules, relative imports, a circular import, sys.modules caching
import sys
import imports105
from imports105.helper import twice
import imports105.helper as h
from imports105 import circ_a
from imports105 import circ_b

print(imports105.VALUE, twice(5), h.twice(1))
print(circ_a.hello(), circ_b.partner())
print("imports105.helper" in sys.modules, sys.modules["imports105.helper"] is h)
import imports105.helper
print(imports105.helper is h, __name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from imports105 import missing_name
except ImportError as e:
    print(type(e).__name__)
