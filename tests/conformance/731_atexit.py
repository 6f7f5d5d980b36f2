# atexit: callbacks run at exit, last registered first, with their
# arguments; unregister removes every registration of a function; an
# exception in one is reported and the others still run.
import atexit
import sys


def hello(name, punct='!'):
    print('goodbye', name + punct)


def failing():
    raise ValueError('raised in an exit callback')


def registers_more():
    print('registers_more runs')


atexit.register(hello, 'first')
atexit.register(failing)
atexit.register(hello, 'second', punct='?')
atexit.register(print, 'unregistered, never printed')
atexit.register(print, 'also unregistered')
atexit.unregister(print)
r = atexit.register(registers_more)
print(r is registers_more)


@atexit.register
def decorated():
    print('decorated runs first')
    sys.stdout.flush()


try:
    atexit.register(42)
except TypeError as e:
    print('TypeError', e)
atexit.unregister(lambda: None)
print('main ends')
sys.exit(3)
