def down(n):
    return 1 / n + down(n - 1)
down(3)
