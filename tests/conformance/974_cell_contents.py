# A closure's cells: cell_contents read, assigned and deleted.
def outer():
    x = 1

    def inner():
        return x

    return inner


g = outer()
cell = g.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = [5]
print(g())
del cell.cell_contents
for what in (lambda: cell.cell_contents, g):
    try:
        what()
    except (ValueError, NameError) as e:
        print(type(e).__name__, e)
cell.cell_contents = "back"
print(g(), outer().__closure__[0].cell_contents)
