#!/usr/bin/python3
"""Generate tests/data/numpy_format.json: how numpy prints float64 values.

Run from the repository root:

    /usr/bin/python3 tools/numpy/make_format_cases.py

gdlab reprints the course's numpy programs character for character, so its
C++ formatter (grader/src/text/numpy_format.cpp) must match numpy's default
str() of 1-D float64 arrays and of np.float64 scalars. Every value is stored
as its Python repr string ("0.1", "-0.0", "inf", "nan"), which round-trips
exactly through strtod; "str" is numpy's output under the default print
options. The script is deterministic: a second run writes the same bytes.
"""

import json
import os
import random
from decimal import Decimal, ROUND_HALF_EVEN

import numpy as np

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(REPO, "tests", "data", "numpy_format.json")

np.seterr(all="ignore")


# --------------------------------------------------------------------------
# The course's arrays (same arithmetic as tools/numpy/make_expected.py)
# --------------------------------------------------------------------------

def gd_path(grad, theta0, lr, steps):
    theta = np.array(theta0)
    path = [theta.copy()]
    for _ in range(steps):
        theta = theta - lr * grad(theta)
        path.append(theta.copy())
    return path


def problem3():  # x^2 + 4y^2 from (4, 1), lr 0.1: every iterate
    return gd_path(lambda t: np.array([2 * t[0], 8 * t[1]]), [4.0, 1.0], 0.1, 40)


def section10():  # the valley 0.25x^2 + 4y^2 from (3.5, 1.1), lr 0.05: every iterate
    return gd_path(lambda t: np.array([0.5 * t[0], 8 * t[1]]), [3.5, 1.1], 0.05, 60)


def problem4():  # heavy-ball momentum on x^2 + 4y^2: every iterate
    theta, v, path = np.array([4.0, 1.0]), np.zeros(2), []
    for _ in range(40):
        v = 0.9 * v + np.array([2 * theta[0], 8 * theta[1]])
        theta = theta - 0.05 * v
        path.append(theta.copy())
    return path


def problem5():  # linear regression betas, heading for [1.5, -2, 0.7]
    np.random.seed(42)
    n = 200
    X = np.random.randn(n, 3)
    y = X @ np.array([1.5, -2.0, 0.7]) + 0.1 * np.random.randn(n)
    beta, path = np.zeros(3), []
    for step in range(200):
        beta = beta - 0.05 * ((2 / n) * X.T @ (X @ beta - y))
        if step % 10 == 0 or step == 199:
            path.append(beta.copy())
    return path


# --------------------------------------------------------------------------
# Hand-picked edge cases
# --------------------------------------------------------------------------

INF, NAN = float("inf"), float("nan")

EDGE_ARRAYS = [
    [1.5, -2.0, 0.7], [1.0, 2.0, 3.0], [0.0], [0.0, 0.0], [-0.0], [-0.0, 1.5],
    [0.0, -0.0, 1.0], [1.0], [-1.0], [0.1, 0.2, 0.3], [0.1 + 0.2], [1 / 3, 2 / 3],
    [np.pi, np.e], [-np.pi, 100.0], [123.456, -0.001], [10.0, 0.5], [1.0, 1000.0],
    [1.0, 1000.1], [1.0, 1001.0], [0.0001, 0.1], [0.0001, 0.1001], [0.0001, 1.0],
    [9.999999999999999e-05], [0.0001], [99999999.0], [1e8], [99999999.99999999],
    [12345678.9, 1.0], [1e-05], [1e-05, 1.0], [1e16], [1e22, -1e-22], [1e100, 1e-100],
    [1e300, 1e-300], [5e-324], [1.7976931348623157e308], [2.2250738585072014e-308],
    [1e-10, 0.0], [0.0, 1e8], [1.23e-5, -4.56e3, 7.0], [0.999999996], [0.999999994],
    [9.999999996], [-0.999999996, 0.5], [1.000000005], [1.000000015], [0.123456785],
    [0.215736815], [0.930364265], [1234567885.0], [1234567875.0], [123456788.5],
    [1234567885.0, 1.0], [1500000000.5], [9.9999999999e99], [1.00000001e-5],
    [INF], [-INF], [NAN], [INF, -INF, NAN], [NAN, INF], [-INF, NAN], [NAN, 1.5],
    [INF, 1.0, -2.5], [-INF, 0.0], [NAN, 1e-5], [-INF, 1e10, 2.0], [NAN, 123456.789],
    [1e-5, -INF], [0.5, 0.25, 0.125, 0.0625], [1e-4, 1e-3, 1e-2, 1e-1],
    [1e7, 1e6, 1e5], [3.0, -3.0, 300.0, -0.003], [7.66205008e-01, 5.37610458e-14],
    [5.31691198e-04, 1.09951163e-28], [1.49778, -1.99103, 0.71192],
    [1e-16, 1.0], [2.0 ** 53, 1.0], [2.0 ** 53 + 2], [4503599627370497.5],
]

EDGE_SCALARS = [
    0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.0, 3.0, 2.5, 1 / 3, np.pi, 1e-05,
    1e-4, 9.999999999999999e-05, 0.00012345, 1e16, 9999999999999998.0, 1e15,
    123456789012345.6, 1e22, 1e23, 1.5e16, -2.5e-7, 5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, INF, -INF, NAN, 0.999999996, 7.9025, 0.146768,
    2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** -20, 1e100, 1.23456789e-100, 100.0, 1e8,
]


# --------------------------------------------------------------------------
# Random cases (fixed seed)
# --------------------------------------------------------------------------

def double_rounding_traps(rng, count):
    """Values whose shortest repr ends in a 5 just past the 8th fraction digit,
    but whose exact binary value is not a tie. numpy rounds the exact value, so
    rounding the repr string half-to-even gives the wrong digit here."""
    found = []
    while len(found) < count:
        s = "0." + "".join(str(rng.randint(0, 9)) for _ in range(8)) + "5"
        x = float(s) * rng.choice([1, 10, 100])
        q = Decimal("1e-8")
        if (Decimal(repr(x)).quantize(q, ROUND_HALF_EVEN)
                != Decimal(x).quantize(q, ROUND_HALF_EVEN)):
            found.append(x)
    return found


def random_arrays(rng, nrng):
    arrays = []
    for exp in range(-12, 21):  # one scale at a time, then mixed scales
        for n in (1, 3):
            arrays.append(list(nrng.uniform(-1, 1, n) * 10.0 ** exp))
    for _ in range(40):
        n = rng.choice([2, 3, 4])
        arrays.append([rng.choice([-1, 1]) * rng.random() * 10.0 ** rng.randint(-6, 9)
                       for _ in range(n)])
    for _ in range(30):  # 9-10 significant digits: rounding at the 8th digit
        arrays.append([round(rng.uniform(-100, 100), rng.randint(7, 10))
                       for _ in range(rng.choice([1, 2, 3]))])
    for _ in range(10):  # whole numbers, some with a fraction
        arrays.append([float(rng.randint(-1000, 1000)) for _ in range(3)]
                      + ([0.5] if rng.random() < 0.5 else []))
    trap = double_rounding_traps(rng, 24)
    arrays += [[x] for x in trap[:12]] + [[x, -1.0] for x in trap[12:]]
    # long arrays: wrapping at 75 columns, and summaries above 1000 elements
    arrays.append(list(np.arange(20.0)))
    arrays.append(list(np.linspace(0, 1, 20)))
    arrays.append(list(nrng.randn(20)))
    arrays.append(list(nrng.randn(50)))
    arrays.append(list(nrng.randn(50) * 1e-6))
    arrays.append(list(nrng.randn(30) * 10.0 ** nrng.randint(-3, 4, 30)))
    arrays.append([1e10] + list(nrng.randn(49)))
    arrays.append(list(np.arange(100.0)) + [INF, NAN])
    arrays.append(list(nrng.randn(1001)))
    arrays.append(list(np.arange(1500.0)))
    return arrays


def random_scalars(rng, nrng):
    out = [float(x) for x in nrng.randn(20)]
    out += [rng.choice([-1, 1]) * rng.random() * 10.0 ** e for e in range(-20, 21, 2)]
    out += [float(x) for x in nrng.uniform(0, 1, 10) * 1e-4]  # straddle the 1e-4 switch
    out += [float(x) for x in nrng.uniform(1e15, 1e17, 10)]   # straddle the 1e16 switch
    return out


# --------------------------------------------------------------------------

def r(x):
    return repr(float(x))


def main():
    rng, nrng = random.Random(20240607), np.random.RandomState(20240607)
    course = problem3() + section10() + problem4() + problem5()
    arrays = [list(a) for a in course] + EDGE_ARRAYS + random_arrays(rng, nrng)
    scalars = EDGE_SCALARS + random_scalars(rng, nrng) + [
        0.25 * a[0] ** 2 + 4 * a[1] ** 2 for a in section10()[::10]]
    doc = {
        "_note": "str() under numpy's default print options; values are Python repr strings. "
                 "Generated by tools/numpy/make_format_cases.py.",
        "numpy_version": np.__version__,
        "arrays": [{"values": [r(x) for x in a], "str": str(np.array(a, dtype=np.float64))}
                   for a in arrays],
        "scalars": [{"value": r(x), "str": str(np.float64(x))} for x in scalars],
    }
    text = json.dumps(doc, indent=1) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {os.path.relpath(OUT, REPO)}: {len(doc['arrays'])} arrays, "
          f"{len(doc['scalars'])} scalars")


if __name__ == "__main__":
    main()
