#!/usr/bin/python3
"""Times scikit-learn's LedoitWolf on 1,000 x 500 returns (the shape of CovarianceBenchmarks.LedoitWolf500).

Run right before or after the BenchmarkDotNet job so both see the same machine load:
    /usr/bin/python3 tools/bench/sklearn_ledoit_wolf.py
"""
import timeit
import numpy as np
import sklearn
from sklearn.covariance import LedoitWolf

rng = np.random.default_rng(42)
beta = 0.5 + rng.random(500)
market = 0.01 * rng.standard_normal((1000, 1))
X = beta * market + 0.015 * rng.standard_normal((1000, 500))
n = 20
t = min(timeit.repeat(lambda: LedoitWolf().fit(X), number=n, repeat=5)) / n
print(f"scikit-learn {sklearn.__version__} LedoitWolf().fit on 1000x500: {t * 1000:.2f} ms (best of 5 x {n})")
