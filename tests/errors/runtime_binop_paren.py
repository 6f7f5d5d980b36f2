x = 5
y = None
z = (x * 2) - y
