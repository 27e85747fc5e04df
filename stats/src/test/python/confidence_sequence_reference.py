"""Reference values for ConfidenceSequenceTest: the predictable plug-in empirical-Bernstein confidence sequence
(PrPl-EB) of Waudby-Smith and Ramdas, "Estimating means of bounded random variables by betting" (JRSS B 2024),
Theorem 2 and eq. (13)-(15), written here vectorised with numpy cumulative sums, independently of the Java loop.

Run with Debian's /usr/bin/python3:
    /usr/bin/python3 stats/src/test/python/confidence_sequence_reference.py
"""
import numpy as np


def prpl_eb(values, lo, hi, alpha, c=0.5):
    x = (np.asarray(values, dtype=float) - lo) / (hi - lo)
    t = np.arange(1, len(x) + 1)
    mu = (0.5 + np.cumsum(x)) / (t + 1)                      # mu_hat_t
    sigma2 = (0.25 + np.cumsum((x - mu) ** 2)) / (t + 1)     # sigma_hat^2_t
    mu_prev = np.concatenate(([0.5], mu[:-1]))
    sigma2_prev = np.concatenate(([0.25], sigma2[:-1]))
    lam = np.minimum(np.sqrt(2 * np.log(2 / alpha) / (sigma2_prev * t * np.log(1 + t))), c)
    v = 4 * (x - mu_prev) ** 2
    psi = (-np.log(1 - lam) - lam) / 4
    centre = np.cumsum(lam * x) / np.cumsum(lam)
    radius = (np.log(2 / alpha) + np.cumsum(v * psi)) / np.cumsum(lam)
    low = np.maximum.accumulate(np.maximum(centre - radius, 0))
    high = np.minimum.accumulate(np.minimum(centre + radius, 1))
    return lo + low * (hi - lo), lo + high * (hi - lo)


for name, values, lo, hi, alpha in [
    ("D1 paired differences", [1, 0, 0, 1, -1, 0, 1, 1, 0, 0, 1, 0, 1, 0.5, 0, 1, 0, 0, 1, 1], -1, 1, 0.05),
    ("D2 scores in [0,1]", [0.9, 0.8, 0.95, 0.7, 0.85, 0.9, 0.6, 0.99, 0.75, 0.8], 0, 1, 0.1),
]:
    low, high = prpl_eb(values, lo, hi, alpha)
    print(name, "after 5:", repr(float(low[4])), repr(float(high[4])),
          "after all:", repr(float(low[-1])), repr(float(high[-1])))
