def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * determinant([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))


def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b, determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), determinant(identity(4)))
fib = [[1, 1], [1, 0]]
power = identity(2)
for _ in range(30):
    power = matmul(power, fib)
print(power[0][1])
m = [[(i * 7 + j * 3) % 10 for j in range(4)] for i in range(4)]
show(m)
print(determinant(m), [sum(r) for r in m], [sum(c) for c in zip(*m)], sum(m[i][i] for i in range(4)))
scaled = [[x / 2 for x in row] for row in a]
print(scaled, [[round(x, 1) for x in row] for row in matmul(scaled, b)])
try:
    matmul(a, a)
except Exception as e:
    print(type(e).__name__)
print(matmul(a, b) == [[58, 64], [139, 154]])
