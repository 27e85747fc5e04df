"""Reference values for the online tests of the stats module.

Run with Debian's /usr/bin/python3 (python3-scipy 1.10, python3-statsmodels 0.13):
    /usr/bin/python3 stats/src/test/python/online_reference.py
The printed values are pasted into the Java tests next to the call that produced them.
"""
import math

import numpy as np
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest, confint_proportions_2indep
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW


def g(x):
    return repr(float(x))


print("== Summary: numpy type-7 percentiles, sd ddof=1")
for name, x in [("S1", [3.1, 0.0, 2.2, 2.2, 9.5, -1.0, 4.4]), ("S2", [5.0, 7.0]), ("S3", [2.5])]:
    x = np.array(x)
    print(name, "mean", g(np.mean(x)), "sd", g(np.std(x, ddof=1)) if len(x) > 1 else 0.0,
          "p25", g(np.percentile(x, 25)), "median", g(np.percentile(x, 50)),
          "p75", g(np.percentile(x, 75)), "p95", g(np.percentile(x, 95)))

print("== Welch: statsmodels CompareMeans(DescrStatsW(b), DescrStatsW(a)), usevar='unequal'")
welch_sets = {
    "W1 unequal variances": ([10.2, 11.5, 9.8, 10.9, 10.1, 10.4], [12.0, 8.1, 15.3, 9.9, 13.7, 7.2, 14.8, 11.1]),
    "W2 n=2": ([1.0, 2.0], [3.0, 5.0]),
    "W3 ties and zeros": ([0, 0, 1, 1, 1, 2], [0, 1, 1, 2, 2, 2, 3]),
    "W4 one group constant": ([2.0, 2.0, 2.0], [1.0, 2.0, 3.0, 4.0]),
}
for name, (a, b) in welch_sets.items():
    cm = CompareMeans(DescrStatsW(np.array(b, float)), DescrStatsW(np.array(a, float)))
    t, p, df = cm.ttest_ind(usevar="unequal")
    lo, hi = cm.tconfint_diff(alpha=0.05, usevar="unequal")
    lo9, hi9 = cm.tconfint_diff(alpha=0.10, usevar="unequal")
    sp = stats.ttest_ind(b, a, equal_var=False)
    print(name, "t", g(t), "p", g(p), "df", g(df), "ci95", g(lo), g(hi), "ci90", g(lo9), g(hi9),
          "| scipy t", g(sp.statistic), "p", g(sp.pvalue))

print("== Two proportions: proportions_ztest([sB, sA], [nB, nA]); confint_proportions_2indep(sB, nB, sA, nA, method='wald')")
for name, (sa, na, sb, nb) in {"P1": (120, 1000, 150, 1000), "P2": (3, 40, 9, 35), "P3": (0, 10, 2, 12),
                               "P4": (480, 5000, 560, 5100)}.items():
    z, p = proportions_ztest([sb, sa], [nb, na])
    lo, hi = confint_proportions_2indep(sb, nb, sa, na, method="wald", compare="diff", alpha=0.05)
    print(name, "z", g(z), "p", g(p), "ci95", g(lo), g(hi))

print("== SRM: scipy.stats.chisquare(observed, f_exp=total*weights/sum(weights))")
for name, (obs, w) in {"R1": ([5000, 5150], [1, 1]), "R2": ([9120, 880], [0.9, 0.1]),
                       "R3": ([3300, 3400, 3000], [1, 1, 1]), "R4": ([50421, 49579], [50, 50])}.items():
    obs = np.array(obs, float)
    w = np.array(w, float)
    r = stats.chisquare(obs, f_exp=obs.sum() * w / w.sum())
    print(name, "chi2", g(r.statistic), "p", g(r.pvalue))

print("== mSPRT (Johari et al. 2017, normal mixture, plug-in variance) implemented here from the paper")


def msprt(d, v, tau, alpha):
    t2 = tau * tau
    log_lr = 0.5 * math.log(v / (v + t2)) + t2 * d * d / (2 * v * (v + t2))
    half = math.sqrt(2 * v * (v + t2) / t2 * (math.log(1 / alpha) + 0.5 * math.log((v + t2) / v)))
    # independent check of the interval: the boundary solves log_lr(d - theta) == log(1/alpha)
    def excess(theta):
        return 0.5 * math.log(v / (v + t2)) + t2 * (d - theta) ** 2 / (2 * v * (v + t2)) - math.log(1 / alpha)
    from scipy.optimize import brentq
    upper = brentq(excess, d, d + 100 * math.sqrt(v + t2))
    assert abs((upper - d) - half) < 1e-9 * half
    return log_lr, min(1.0, math.exp(-log_lr)), d - half, d + half


for name, (a, b, tau) in {"M1": ([10.2, 11.5, 9.8, 10.9, 10.1, 10.4], [12.0, 8.1, 15.3, 9.9, 13.7, 7.2, 14.8, 11.1], 1.0),
                          "M2": ([0, 0, 1, 1, 1, 2], [0, 1, 1, 2, 2, 2, 3], 0.5)}.items():
    a = np.array(a, float); b = np.array(b, float)
    v = a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b)
    print(name, "means", *map(g, msprt(b.mean() - a.mean(), v, tau, 0.05)))
for name, (sa, na, sb, nb, tau) in {"M3": (120, 1000, 150, 1000, 0.02), "M4": (480, 5000, 600, 5000, 0.01)}.items():
    pa, pb = sa / na, sb / nb
    v = pa * (1 - pa) / na + pb * (1 - pb) / nb
    print(name, "proportions", *map(g, msprt(pb - pa, v, tau, 0.05)))
