# math's less common float functions: values, domain and range errors.
import math

cases = [
    ("log1p", (0.5,)), ("log1p", (0,)), ("log1p", (-1,)), ("log1p", (-2,)),
    ("expm1", (1e-5,)), ("expm1", (0,)), ("expm1", (1000,)),
    ("exp2", (10,)), ("exp2", (-1,)), ("exp2", (2000,)),
    ("cbrt", (8,)), ("cbrt", (-8,)), ("cbrt", (0.0,)),
    ("asinh", (1,)), ("asinh", (0,)), ("acosh", (2,)), ("acosh", (1,)), ("acosh", (0.5,)),
    ("atanh", (0.5,)), ("atanh", (0,)), ("atanh", (1,)), ("atanh", (-1.5,)),
    ("erf", (0,)), ("erf", (0.5,)), ("erf", (-3,)), ("erfc", (0.5,)), ("erfc", (0,)),
    ("gamma", (5,)), ("gamma", (1,)), ("gamma", (0,)), ("gamma", (-1,)), ("gamma", (200,)),
    ("lgamma", (1,)), ("lgamma", (-2,)),
    ("frexp", (8.0,)), ("frexp", (0.0,)), ("frexp", (-3.5,)), ("frexp", (1,)),
    ("modf", (3.25,)), ("modf", (-3.25,)), ("modf", (float("inf"),)), ("modf", (2,)),
    ("ulp", (1.0,)), ("ulp", (0.0,)), ("ulp", (-2.0,)), ("ulp", (float("inf"),)),
    ("ldexp", (1.5, 3)), ("ldexp", (1.0, 5000)), ("ldexp", (0.0, 5)), ("ldexp", (1.0, 2.0)),
    ("nextafter", (1.0, 2.0)), ("nextafter", (1.0, 0.0)), ("nextafter", (0.0, 1.0)),
    ("remainder", (10, 3)), ("remainder", (11, 2)), ("remainder", (-7, 2)), ("remainder", (1, 0)),
    ("log1p", ("x",)),
]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, args, type(e).__name__, e)
