from imports105 import circ_b
NAME = "a"


def hello():
    return "hello from a, b says " + circ_b.NAME
