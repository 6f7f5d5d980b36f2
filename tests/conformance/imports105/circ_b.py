from imports105 import circ_a
NAME = "b"


def partner():
    return circ_a.NAME
