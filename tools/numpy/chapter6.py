#!/usr/bin/python3
"""Expected values for the rest of Chapter 6 (sections 4-7 and Problem 1), from the textbook
formulas in plain numpy.

Run from the repository root:

    /usr/bin/python3 tools/numpy/chapter6.py            # writes tests/data/chapter6_expected.json
    /usr/bin/python3 tools/numpy/chapter6.py --check    # also: the spec's chapter-6 tests are
                                                        # exactly the ones below (needs PyYAML)

Writes tests/data/chapter6_expected.json: for every test of the problems nesterov, adaptive,
minibatch_sgd, lr_schedule and step_lengths in grader/specs/gradient_descent.yaml (visible and
hidden), keyed by problem id and test name, the entry, the inputs as the spec writes them, and
what the entry must return (its path, every iterate from the start; step_lengths also its
lengths), computed here with numpy alone. Nothing here calls gdlab: these are the values the
grader's reference (an optimiser of reference/optim, or the instructor's solution) is compared
with.

Each update is written once, in the chapter's notation, as the formula reads (the course's
heavy-ball convention for Nesterov; PyTorch's conventions for the adaptive methods: eps added
outside the square root, Adam's bias correction with t counted from 1). The objectives and the
datasets are copied from the catalog's formulas (grader/src/catalog/objectives.cpp,
reference/core/src/objectives.cpp and datasets.cpp), in the same order of operations.

Non-finite floats are written as the strings "inf", "-inf", "nan". Deterministic: a second
run writes the same bytes.
"""

import json
import math
import os
import platform
import re
import sys

import numpy as np

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(REPO, "tests", "data", "chapter6_expected.json")
SPEC = os.path.join(REPO, "grader", "specs", "gradient_descent.yaml")
PROBLEMS = ["nesterov", "adaptive", "minibatch_sgd", "lr_schedule", "step_lengths"]

np.seterr(all="ignore")  # the diverging tests overflow on purpose; values are unaffected


# --------------------------------------------------------------------------
# Names as the spec writes them: "rosenbrock(a=1,b=100)", "problem5(seed=7,n=50)"
# --------------------------------------------------------------------------

def parse_call(text):
    m = re.fullmatch(r"\s*([a-z0-9_]+)\s*(?:\((.*)\))?\s*", text)
    if not m:
        raise ValueError(f"not a name: {text!r}")
    args = {}
    if m.group(2) and m.group(2).strip():
        for part in m.group(2).split(","):
            key, value = part.split("=")
            args[key.strip()] = float(value)
    return m.group(1), args


# --------------------------------------------------------------------------
# Objectives (the catalog's formulas, operation for operation)
# --------------------------------------------------------------------------

def quadratic_2d(a, b):
    def value(t):
        return a * t[0] * t[0] + b * t[1] * t[1]

    def grad(t):
        return np.array([2 * a * t[0], 2 * b * t[1]])
    return value, grad


def himmelblau():
    def value(t):
        u = t[0] * t[0] + t[1] - 11
        v = t[0] + t[1] * t[1] - 7
        return u * u + v * v

    def grad(t):
        x, y = t[0], t[1]
        u = x * x + y - 11
        v = x + y * y - 7
        return np.array([4 * x * u + 2 * v, 2 * u + 4 * y * v])
    return value, grad


def rosenbrock(a, b):
    def value(t):
        p = a - t[0]
        q = t[1] - t[0] * t[0]
        return p * p + b * q * q

    def grad(t):
        x = t[0]
        q = t[1] - x * x
        return np.array([-2 * (a - x) - 4 * b * x * q, 2 * b * q])
    return value, grad


def objective(name):
    """(value, gradient) of a 2-D catalog objective."""
    kind, args = parse_call(name)
    if kind == "bowl":
        return quadratic_2d(1.0, 1.0)
    if kind == "ellipse":
        return quadratic_2d(1.0, 4.0)
    if kind == "valley":
        return quadratic_2d(0.25, 4.0)
    if kind == "saddle":
        return quadratic_2d(1.0, -1.0)
    if kind == "himmelblau":
        return himmelblau()
    if kind == "rosenbrock":
        return rosenbrock(args.get("a", 1.0), args.get("b", 100.0))
    raise ValueError(f"not a 2-D objective: {name}")


def function_1d(name):
    """(f, f') of quadratic1d(a, c, d) = a (x - c)^2 + d."""
    kind, args = parse_call(name)
    if kind != "quadratic1d":
        raise ValueError(f"not a 1-D function: {name}")
    a, c, d = args.get("a", 1.0), args.get("c", 3.0), args.get("d", 5.0)
    return (lambda x: a * (x - c) * (x - c) + d), (lambda x: 2 * a * (x - c))


# --------------------------------------------------------------------------
# Datasets (Problem 5's recipe; synthetic's coefficients from a second stream)
# --------------------------------------------------------------------------

def dataset(name):
    kind, args = parse_call(name)
    if kind == "problem5":
        seed, n = int(args.get("seed", 42)), int(args.get("n", 200))
        true_beta = np.array([1.5, -2.0, 0.7])
        noise = 0.1
    elif kind == "synthetic":
        seed, n = int(args.get("seed", 0)), int(args.get("n", 100))
        p, noise = int(args.get("p", 3)), args.get("noise", 0.1)
        true_beta = np.random.RandomState(seed ^ 0x9E3779B9).randn(p)
    else:
        raise ValueError(f"not a regression dataset: {name}")
    np.random.seed(seed)
    X = np.random.randn(n, len(true_beta))
    y = X @ true_beta + noise * np.random.randn(n)
    return X, y


# --------------------------------------------------------------------------
# The updates, as the chapter writes them
# --------------------------------------------------------------------------

def nesterov(grad, theta0, lr, beta, steps):
    """Section 6, look-ahead form of the course's heavy ball, v_0 = 0:
       g = grad L(theta - alpha beta v);  v <- beta v + g;  theta <- theta - alpha v."""
    theta = np.array(theta0, dtype=float)
    v = np.zeros_like(theta)
    path = [theta.copy()]
    for _ in range(steps):
        g = grad(theta - lr * beta * v)
        v = beta * v + g
        theta = theta - lr * v
        path.append(theta.copy())
    return path


def adagrad(grad, theta0, lr, eps, steps):
    """Section 7: s <- s + g^2;  theta <- theta - alpha g / (sqrt(s) + eps), s_0 = 0."""
    theta = np.array(theta0, dtype=float)
    s = np.zeros_like(theta)
    path = [theta.copy()]
    for _ in range(steps):
        g = grad(theta)
        s = s + g * g
        theta = theta - lr * g / (np.sqrt(s) + eps)
        path.append(theta.copy())
    return path


def rmsprop(grad, theta0, lr, rho, eps, steps):
    """Section 7: s <- rho s + (1 - rho) g^2;  theta <- theta - alpha g / (sqrt(s) + eps)."""
    theta = np.array(theta0, dtype=float)
    s = np.zeros_like(theta)
    path = [theta.copy()]
    for _ in range(steps):
        g = grad(theta)
        s = rho * s + (1 - rho) * g * g
        theta = theta - lr * g / (np.sqrt(s) + eps)
        path.append(theta.copy())
    return path


def adam(grad, theta0, lr, beta1, beta2, eps, steps):
    """Section 7 (Kingma and Ba's Algorithm 1, eps outside the root as in PyTorch), t from 1:
       m <- b1 m + (1 - b1) g;  s <- b2 s + (1 - b2) g^2;
       m_hat = m / (1 - b1^t);  s_hat = s / (1 - b2^t);
       theta <- theta - alpha m_hat / (sqrt(s_hat) + eps)."""
    theta = np.array(theta0, dtype=float)
    m = np.zeros_like(theta)
    s = np.zeros_like(theta)
    path = [theta.copy()]
    for t in range(1, steps + 1):
        g = grad(theta)
        m = beta1 * m + (1 - beta1) * g
        s = beta2 * s + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        s_hat = s / (1 - beta2 ** t)
        theta = theta - lr * m_hat / (np.sqrt(s_hat) + eps)
        path.append(theta.copy())
    return path


def sgd(X, y, lr, batch_size, epochs, seed):
    """Section 5, mini-batch SGD on L = (1/n) |X beta - y|^2 from beta_0 = 0. One generator,
       made once; every epoch visits the rows in the order of a fresh permutation of it, in
       batches of batch_size consecutive rows of that order (the last may be shorter):
       g = (2 / B) Xb^T (Xb beta - yb), B the batch's own size. One point per step."""
    n, p = X.shape
    rng = np.random.RandomState(seed)
    beta = np.zeros(p)
    path = [beta.copy()]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            rows = order[start:start + batch_size]
            Xb, yb = X[rows], y[rows]
            residual = Xb @ beta - yb
            g = (2 / len(rows)) * Xb.T @ residual
            beta = beta - lr * g
            path.append(beta.copy())
    return path


def gd_step_decay(grad, theta0, lr, factor, every, steps):
    """Section 4, step decay: alpha_k = alpha factor^floor(k / every), k = 0 for the first step."""
    theta = np.array(theta0, dtype=float)
    path = [theta.copy()]
    for k in range(steps):
        alpha_k = lr * factor ** (k // every)
        theta = theta - alpha_k * grad(theta)
        path.append(theta.copy())
    return path


def gd_cosine(grad, theta0, lr, lr_min, steps):
    """Section 4, cosine annealing: alpha_k = lr_min + (alpha - lr_min)(1 + cos(pi k / steps)) / 2."""
    theta = np.array(theta0, dtype=float)
    path = [theta.copy()]
    for k in range(steps):
        alpha_k = lr_min + (lr - lr_min) * (1 + np.cos(np.pi * k / steps)) / 2
        theta = theta - alpha_k * grad(theta)
        path.append(theta.copy())
    return path


def step_lengths(df, x0, lr, steps):
    """Problem 1: gradient descent in 1-D, and how far each step went, |x_{k+1} - x_k|."""
    x = float(x0)
    path = [x]
    for _ in range(steps):
        x = x - lr * df(x)
        path.append(x)
    lengths = [abs(path[k + 1] - path[k]) for k in range(steps)]
    return path, lengths


# --------------------------------------------------------------------------
# The tests: the same names and inputs as grader/specs/gradient_descent.yaml
# --------------------------------------------------------------------------

def T(entry, name, **inputs):
    return {"entry": entry, "name": name, "inputs": inputs}


VALLEY = [3.5, 1.1]

TESTS = {
    "nesterov": [
        T("nesterov", "Section 6: Nesterov on the valley from (3.5, 1.1), lr 0.05, beta 0.9, 100 steps",
          objective="valley", x0=VALLEY, lr=0.05, beta=0.9, steps=100),
        T("nesterov", "Section 6: Nesterov on Problem 4's ellipse from (4, 1), lr 0.05, beta 0.9, 40 steps",
          objective="ellipse", x0=[4, 1], lr=0.05, beta=0.9, steps=40),
        T("nesterov", "nesterov: beta 0 is plain gradient descent",
          objective="bowl", x0=[1, 3], lr=0.1, beta=0, steps=30),
        T("nesterov", "nesterov: Himmelblau from (0, 0), lr 0.005, beta 0.5",
          objective="himmelblau", x0=[0, 0], lr=0.005, beta=0.5, steps=100),
        T("nesterov", "nesterov: Rosenbrock from (-1.5, 2), lr 0.0001, beta 0.9",
          objective="rosenbrock(a=1,b=100)", x0=[-1.5, 2], lr=0.0001, beta=0.9, steps=500),
        T("nesterov", "nesterov: ellipse, lr 0.6 with beta 0.9 diverges",
          objective="ellipse", x0=[4, 1], lr=0.6, beta=0.9, steps=20),
        T("nesterov", "nesterov: zero steps returns the start",
          objective="valley", x0=[-2, 0.5], lr=0.05, beta=0.9, steps=0),
    ],
    "adaptive": [
        T("adam", "Section 7: Adam on the valley from (3.5, 1.1), lr 0.1, 100 steps",
          objective="valley", x0=VALLEY, lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, steps=100),
        T("adagrad", "Section 7: AdaGrad on the valley from (3.5, 1.1), lr 0.5, 100 steps",
          objective="valley", x0=VALLEY, lr=0.5, eps=1e-10, steps=100),
        T("rmsprop", "Section 7: RMSprop on the valley from (3.5, 1.1), lr 0.05, 100 steps",
          objective="valley", x0=VALLEY, lr=0.05, rho=0.99, eps=1e-8, steps=100),
        T("adagrad", "adagrad: Himmelblau from (0, 0), lr 0.5, 200 steps",
          objective="himmelblau", x0=[0, 0], lr=0.5, eps=1e-10, steps=200),
        T("adagrad", "adagrad: a large eps, bowl from (1, 3), lr 0.5, eps 0.5",
          objective="bowl", x0=[1, 3], lr=0.5, eps=0.5, steps=50),
        T("rmsprop", "rmsprop: Rosenbrock from (-1.5, 2), lr 0.01, rho 0.9, 300 steps",
          objective="rosenbrock(a=1,b=100)", x0=[-1.5, 2], lr=0.01, rho=0.9, eps=1e-8, steps=300),
        T("rmsprop", "rmsprop: a large eps, ellipse from (4, 1), lr 0.1, rho 0.5, eps 0.5",
          objective="ellipse", x0=[4, 1], lr=0.1, rho=0.5, eps=0.5, steps=60),
        T("adam", "adam: Rosenbrock from (-1.5, 2), lr 0.05, 500 steps",
          objective="rosenbrock(a=1,b=100)", x0=[-1.5, 2], lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8,
          steps=500),
        T("adam", "adam: Himmelblau from (0, 0), beta1 0.5, beta2 0.9, eps 0.1",
          objective="himmelblau", x0=[0, 0], lr=0.2, beta1=0.5, beta2=0.9, eps=0.1, steps=150),
        T("adam", "adam: zero steps returns the start",
          objective="valley", x0=[-2, 0.5], lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, steps=0),
    ],
    "minibatch_sgd": [
        T("sgd", "Section 5: mini-batches of 32 on Problem 5's data, lr 0.05, 5 epochs",
          data="problem5(seed=42,n=200)", lr=0.05, batch_size=32, epochs=5, seed=0),
        T("sgd", "sgd: one example at a time, problem5(seed=7, n=50), lr 0.01, 3 epochs",
          data="problem5(seed=7,n=50)", lr=0.01, batch_size=1, epochs=3, seed=1),
        T("sgd", "sgd: synthetic data, 5 features, batches of 8, lr 0.05",
          data="synthetic(seed=3,n=40,p=5,noise=0.5)", lr=0.05, batch_size=8, epochs=10, seed=42),
        T("sgd", "sgd: batches of 16 of 50 rows, the last one short",
          data="problem5(seed=7,n=50)", lr=0.1, batch_size=16, epochs=8, seed=12345),
        T("sgd", "sgd: one batch of all rows is gradient descent",
          data="problem5(seed=7,n=50)", lr=0.1, batch_size=50, epochs=100, seed=3),
        T("sgd", "sgd: lr 1.5 with batches of 10 diverges",
          data="problem5(seed=42,n=200)", lr=1.5, batch_size=10, epochs=2, seed=5),
        T("sgd", "sgd: zero epochs returns beta = 0",
          data="problem5(seed=7,n=50)", lr=0.1, batch_size=16, epochs=0, seed=0),
    ],
    "lr_schedule": [
        T("gd_step_decay", "Section 4: step decay on the valley from (3.5, 1.1), lr 0.2 halved every 20 steps",
          objective="valley", x0=VALLEY, lr=0.2, factor=0.5, every=20, steps=80),
        T("gd_cosine", "Section 4: cosine annealing on the valley from (3.5, 1.1), lr 0.2 down to 0.01",
          objective="valley", x0=VALLEY, lr=0.2, lr_min=0.01, steps=80),
        T("gd_step_decay", "gd_step_decay: lr 0.3 is unstable on the valley until the decay rescues it",
          objective="valley", x0=VALLEY, lr=0.3, factor=0.5, every=10, steps=60),
        T("gd_step_decay", "gd_step_decay: Rosenbrock from (-1.5, 2), lr 0.001, x0.7 every 7 steps",
          objective="rosenbrock(a=1,b=100)", x0=[-1.5, 2], lr=0.001, factor=0.7, every=7, steps=300),
        T("gd_step_decay", "gd_step_decay: lr 0.4 on the valley decays too slowly and diverges",
          objective="valley", x0=VALLEY, lr=0.4, factor=0.9, every=20, steps=60),
        T("gd_cosine", "gd_cosine: Himmelblau from (0, 0), lr 0.02 down to 0",
          objective="himmelblau", x0=[0, 0], lr=0.02, lr_min=0, steps=100),
        T("gd_cosine", "gd_cosine: lr 0.3 is unstable on the valley until the annealing rescues it",
          objective="valley", x0=VALLEY, lr=0.3, lr_min=0.05, steps=60),
        T("gd_cosine", "gd_cosine: zero steps returns the start",
          objective="valley", x0=[-2, 0.5], lr=0.2, lr_min=0.01, steps=0),
    ],
    "step_lengths": [
        T("step_lengths", "Problem 1: (x - 3)^2 + 5 from 0, lr 0.1, 30 steps",
          f="quadratic1d(a=1,c=3,d=5)", x0=0, lr=0.1, steps=30),
        T("step_lengths", "step_lengths: from the right, 2 (x + 1)^2 from 4, lr 0.05",
          f="quadratic1d(a=2,c=-1,d=0)", x0=4, lr=0.05, steps=25),
        T("step_lengths", "step_lengths: lr 0.9 overshoots, and the steps still shrink",
          f="quadratic1d(a=1,c=3,d=5)", x0=0, lr=0.9, steps=40),
        T("step_lengths", "step_lengths: a slow rate, 0.5 (x - 10)^2 - 2 from -5, lr 0.01",
          f="quadratic1d(a=0.5,c=10,d=-2)", x0=-5, lr=0.01, steps=200),
        T("step_lengths", "step_lengths: lr 1.1 diverges, and the steps grow",
          f="quadratic1d(a=1,c=3,d=5)", x0=0, lr=1.1, steps=60),
        T("step_lengths", "step_lengths: zero steps, no lengths",
          f="quadratic1d(a=1,c=3,d=5)", x0=1.5, lr=0.1, steps=0),
    ],
}


def run(problem, test):
    entry, i = test["entry"], test["inputs"]
    out = {}
    if problem == "minibatch_sgd":
        X, y = dataset(i["data"])
        out["path"] = sgd(X, y, i["lr"], i["batch_size"], i["epochs"], i["seed"])
        loss = lambda b: np.mean((X @ b - y) ** 2)
    elif problem == "step_lengths":
        f, df = function_1d(i["f"])
        out["path"], out["lengths"] = step_lengths(df, i["x0"], i["lr"], i["steps"])
        loss = f
    else:
        value, grad = objective(i["objective"])
        loss = value
        common = (grad, i["x0"], i["lr"])
        if entry == "nesterov":
            out["path"] = nesterov(*common, i["beta"], i["steps"])
        elif entry == "adagrad":
            out["path"] = adagrad(*common, i["eps"], i["steps"])
        elif entry == "rmsprop":
            out["path"] = rmsprop(*common, i["rho"], i["eps"], i["steps"])
        elif entry == "adam":
            out["path"] = adam(*common, i["beta1"], i["beta2"], i["eps"], i["steps"])
        elif entry == "gd_step_decay":
            out["path"] = gd_step_decay(*common, i["factor"], i["every"], i["steps"])
        elif entry == "gd_cosine":
            out["path"] = gd_cosine(*common, i["lr_min"], i["steps"])
        else:
            raise ValueError(f"unknown entry {entry}")
    out["final_loss"] = loss(np.asarray(out["path"][-1]))
    return out


# --------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------

def jf(v):
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def jlist(a):
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 0:
        return jf(a)
    return [jlist(x) for x in a]


def make():
    doc = {
        "_note": ("Chapter 6, sections 4-7 and Problem 1: the expected result of every test of "
                  "the problems " + ", ".join(PROBLEMS) + " in grader/specs/gradient_descent.yaml, "
                  "keyed by problem id and test name, computed from the textbook formulas in plain "
                  "numpy by tools/numpy/chapter6.py. 'inputs' are as the spec writes them; 'path' "
                  "is every iterate from the start (entry 0), a number per iterate for a 1-D "
                  "function; 'final_loss' is the loss at the last iterate (MSE mean for a "
                  "dataset). Floats are full precision; non-finite ones are the strings "
                  "\"inf\", \"-inf\", \"nan\"."),
        "_generator": {
            "numpy_version": np.__version__,
            "python_version": platform.python_version(),
            "blas": "Debian libblas3 (netlib reference BLAS) used by X @ v",
        },
    }
    for problem in PROBLEMS:
        doc[problem] = {}
        for test in TESTS[problem]:
            out = run(problem, test)
            record = {"entry": test["entry"], "inputs": test["inputs"], "path": jlist(out["path"])}
            if "lengths" in out:
                record["lengths"] = jlist(out["lengths"])
            record["final_loss"] = jf(out["final_loss"])
            doc[problem][test["name"]] = record
    return doc


def check_spec():
    """The spec's tests of these problems are exactly TESTS: same names, entries and inputs."""
    import yaml  # python3-yaml; only for --check

    def plain(v):
        # PyYAML reads YAML 1.1, where 1e-8 (no dot) is text; yaml-cpp and the spec mean a number.
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, str) and re.fullmatch(r"[-+]?[0-9.]+[eE][-+]?[0-9]+", v):
            return float(v)
        return v

    with open(SPEC, encoding="utf-8") as fh:
        spec = plain(yaml.safe_load(fh))
    problems = {p["id"]: p for p in spec["problems"]}
    for pid, p in problems.items():  # a problem named by id alone is its folder's, problems/<id>/
        folder = os.path.join(REPO, "problems", pid, "problem.yaml")
        if "entries" not in p and os.path.exists(folder):
            with open(folder, encoding="utf-8") as fh:
                problems[pid] = {**plain(yaml.safe_load(fh)), **p}
    errors = []
    for problem in PROBLEMS:
        if problem not in problems:
            errors.append(f"{problem}: not in the spec")
            continue
        p = problems[problem]
        ours = {t["name"]: t for t in TESTS[problem]}
        theirs = {t["name"]: t for t in p["tests"]}
        for name in sorted(set(ours) ^ set(theirs)):
            errors.append(f"{problem}: '{name}' is only in {'the script' if name in ours else 'the spec'}")
        for name in sorted(set(ours) & set(theirs)):
            entry = theirs[name].get("entry", p.get("entry"))
            if entry != ours[name]["entry"]:
                errors.append(f"{problem}: '{name}': entry {entry} in the spec, {ours[name]['entry']} here")
            if theirs[name]["inputs"] != ours[name]["inputs"]:
                errors.append(f"{problem}: '{name}': inputs {theirs[name]['inputs']} in the spec, "
                              f"{ours[name]['inputs']} here")
    return errors


def main():
    doc = make()
    text = json.dumps(doc, indent=1, allow_nan=False) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    count = sum(len(TESTS[p]) for p in PROBLEMS)
    print(f"wrote {os.path.relpath(OUT, REPO)} ({count} tests, {len(text.encode('utf-8'))} bytes)")
    if "--check" in sys.argv[1:]:
        errors = check_spec()
        for e in errors:
            print(f"spec mismatch: {e}", file=sys.stderr)
        if errors:
            sys.exit(1)
        print("the spec's chapter-6 tests are the script's")


if __name__ == "__main__":
    main()
