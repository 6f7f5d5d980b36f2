# cmath: every function on several points (printed to 12 digits), constants,
# exact special results (sqrt(-1) is 1j), isclose, domain and range errors.
import cmath, math
def show(x):
    if isinstance(x, complex):
        return f"({x.real:.12g}, {x.imag:.12g})"
    if isinstance(x, tuple): return tuple(show(i) for i in x)
    if isinstance(x, float): return f"{x:.12g}"
    return x
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    for z in [1+2j, -3+0.5j, 0.5, -2, 2j, -1.5-2.5j, 3, complex(0.3, -0.7)]:
        try: print(name, z, show(f(z)))
        except Exception as e: print(name, z, type(e).__name__, e)
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(0j), cmath.sqrt(-0.0), cmath.exp(0), cmath.log(1), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, 0), show(cmath.rect(1, math.pi/2)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1+1j)), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
for stmt in ['cmath.log(0)', 'cmath.sqrt("x")', 'cmath.atanh(1)', 'cmath.exp(1000)', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.log()', 'cmath.rect(1j, 0)', 'cmath.cosh(1000)']:
    try: print(stmt, eval(stmt))
    except Exception as e: print(stmt, type(e).__name__, e)
