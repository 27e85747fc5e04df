"""Reference values for the second pass over the statistics: exact small-sample tests, large-n Wilcoxon,
exact McNemar tails, Newcombe's corrected paired interval, noncentral-t planning and equivalence (TOST).

Run with Debian's /usr/bin/python3 (python3-scipy 1.10, python3-statsmodels 0.13):
    /usr/bin/python3 stats/src/test/python/second_pass_reference.py
The printed values are pasted into the Java tests next to the call that produced them.
"""
import math

import numpy as np
from scipy import stats
from scipy.optimize import brentq
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.power import TTestPower
from statsmodels.stats.weightstats import ttost_paired


def g(x):
    return repr(float(x))


def sign_flip(d):
    return stats.permutation_test((np.asarray(d, float),), np.mean, permutation_type="samples",
                                  n_resamples=np.inf, alternative="two-sided").pvalue


print("== Sign-flip exact: permutation_test((d,), np.mean, permutation_type='samples', n_resamples=np.inf)")
S1 = [0.3, -0.1, 0.25, 0.4, 0.05, 0.2, -0.05, 0.35]
S2 = [0.5, 0.25, 0.75, 0.5, 1.0, 0.25, 0.5, 0.75, 0.25, 0.5, -0.25, 0.75]
for name, d in {"3x identical 1": [1.0, 1.0, 1.0], "0.6->0.7, 0.2->0.3": [0.7 - 0.6, 0.3 - 0.2], "S1": S1,
                "S2": S2, "6x identical 0.1": [0.1] * 6}.items():
    print(name, g(sign_flip(d)))
print("paired t on S1 (ttest_rel against zeros)", g(stats.ttest_1samp(S1, 0).pvalue))

print("== Wilcoxon large n: d_i = ((i * 2654435761) mod 2^32) / 2^32 - 0.5, i = 1..46341")
big = np.array([((i * 2654435761) % 2 ** 32) / 2 ** 32 - 0.5 for i in range(1, 46342)])
w = stats.wilcoxon(big, zero_method="wilcox", correction=True, method="approx")
v = stats.rankdata(np.abs(big))[big > 0].sum()
print("V", g(v), "p", g(w.pvalue))

print("== Wilcoxon exact: scipy.stats.wilcoxon(d, method='exact') (R: wilcox.test(d, exact=TRUE))")
for d in [[1.0, 2.0, -3.5, 4.0, 5.0, 6.5], [0.31, -0.12, 0.27, 0.45, 0.06, 0.22, -0.04, 0.38, 0.15, -0.2],
          [1.0, 2.0, 3.0]]:
    x = np.array(d)
    print(d, "V", g(stats.rankdata(np.abs(x))[x > 0].sum()), "p", g(stats.wilcoxon(x, method="exact").pvalue))

print("== McNemar tails: mcnemar([[both, treatmentOnly], [controlOnly, neither]], exact=True).pvalue;"
      " the same as 2 * binom.cdf(min(b, c), b + c, 0.5)")
for t in [(10, 0, 60, 5), (0, 2, 80, 0), (3, 1, 70, 4)]:
    print(t, g(mcnemar([[t[0], t[1]], [t[2], t[3]]], exact=True).pvalue),
          g(2 * stats.binom.cdf(min(t[1], t[2]), t[1] + t[2], 0.5)))

print("== Noncentral-t planning: TTestPower().power / solve_power (R: power.t.test(type='paired'))")
V = 0.04 + 0.09 / 3 + 0.16 / 5
tp = TTestPower()
print("V", g(V))
for es in [0.8, 0.6, 0.5]:
    print("effect size", es, "nobs", g(tp.solve_power(effect_size=es, alpha=0.05, power=0.8)),
          "z approx", g((stats.norm.ppf(0.975) + stats.norm.ppf(0.8)) ** 2 / es ** 2))
print("nobs(delta=0.05)", g(tp.solve_power(effect_size=0.05 / math.sqrt(V), alpha=0.05, power=0.8)))
print("nobs(delta=0.1, alpha=0.01, power=0.9)", g(tp.solve_power(effect_size=0.1 / math.sqrt(V), alpha=0.01, power=0.9)))


def mde(n):  # solve_power(nobs=n, ...) stops at a relative 2e-6; brentq on TTestPower().power to 1e-15
    return brentq(lambda e: tp.power(effect_size=e, nobs=n, alpha=0.05) - 0.8, 0.01, 5, xtol=1e-15, rtol=1e-15)


print("mde(n=5) in effect sizes", g(mde(5)))
print("mde(n=200) in units", g(mde(200) * math.sqrt(V)))
print("power(n=200, delta=0.05)", g(tp.power(effect_size=0.05 / math.sqrt(V), nobs=200, alpha=0.05)))
print("power(n=5, es=1.2)", g(tp.power(effect_size=1.2, nobs=5, alpha=0.05)))
print("nct.cdf(2.5, 7, 1.3)", g(stats.nct.cdf(2.5, 7, 1.3)), "nct.cdf(-1.0, 4, 2.0)", g(stats.nct.cdf(-1.0, 4, 2.0)),
      "nct.cdf(30.0, 50, 25.0)", g(stats.nct.cdf(30.0, 50, 25.0)))

print("== TOST paired: ttost_paired(treatment, control, -m, m)[0]")
A = np.array([0.62, 0.55, 0.71, 0.48, 0.66, 0.59, 0.70, 0.52, 0.64, 0.58, 0.61, 0.67])
B = A + np.array([0.01, -0.02, 0.015, 0.0, -0.01, 0.02, -0.005, 0.01, 0.0, -0.015, 0.005, 0.01])
for m in [0.05, 0.01]:
    print("m", m, "p", g(ttost_paired(B, A, -m, m)[0]))
C30 = np.full(30, 0.5)
T30 = C30 + np.array([0.1445 if i % 2 == 0 else -0.1445 for i in range(30)])
print("30 cases +-0.1445: ttost_paired(T30, C30, -0.05, 0.05)[0]", g(ttost_paired(T30, C30, -0.05, 0.05)[0]),
      "95% CI", *map(g, stats.ttest_rel(T30, C30).confidence_interval(0.95)) if hasattr(stats.ttest_rel(T30, C30), "confidence_interval") else "")

print("== Error rates per case vs per sample (10 cases x 5 repeats; base fails case 0, treatment cases 1-3)")
print("sign-flip on per-case differences", g(sign_flip([-1.0, 1.0, 1.0, 1.0, 0, 0, 0, 0, 0, 0])))
from statsmodels.stats.proportion import proportions_ztest
print("pooled two-proportion z over samples: proportions_ztest([15, 5], [50, 50])[1]",
      g(proportions_ztest([15, 5], [50, 50])[1]))


print("== Delta method per unit (numpy, as gbstats' ratio statistic) and statsmodels ztest_ind cross-check")
SA = np.array([4.0, 9.0, 3.0, 12.0, 5.0, 0.0, 7.0, 8.0, 2.0, 10.0])
NA = np.array([1.0, 3.0, 1.0, 4.0, 2.0, 0.0, 2.0, 3.0, 1.0, 3.0])
SB = np.array([5.0, 8.0, 4.0, 15.0, 9.0, 3.0, 4.0, 10.0, 6.0, 12.0, 4.0])
NB = np.array([1.0, 2.0, 1.0, 4.0, 3.0, 1.0, 1.0, 3.0, 2.0, 3.0, 1.0])


def ratio_var(s, n):
    r = s.mean() / n.mean()
    c = np.cov(s, n, ddof=1)
    return r, (c[0, 0] - 2 * r * c[0, 1] + r * r * c[1, 1]) / (len(s) * n.mean() ** 2)


ra, va = ratio_var(SA, NA)
rb, vb = ratio_var(SB, NB)
se = math.sqrt(va + vb)
z = (rb - ra) / se
lift_se = math.sqrt(vb / ra ** 2 + rb ** 2 * va / ra ** 4)
print("ra", g(ra), "rb", g(rb), "var a", g(va), "var b", g(vb), "p", g(2 * stats.norm.sf(abs(z))),
      "ci", g(rb - ra - stats.norm.ppf(0.975) * se), g(rb - ra + stats.norm.ppf(0.975) * se),
      "p above", g(stats.norm.sf(z)))
print("lift", g(rb / ra - 1), "lift ci", g(rb / ra - 1 - stats.norm.ppf(0.975) * lift_se),
      g(rb / ra - 1 + stats.norm.ppf(0.975) * lift_se))
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW
print("one request per unit: CompareMeans(DescrStatsW(SB), DescrStatsW(SA)).ztest_ind(usevar='unequal')[1]",
      g(CompareMeans(DescrStatsW(SB), DescrStatsW(SA)).ztest_ind(usevar="unequal")[1]))

print("== CUPED: theta = cov(y, x) / var(x) pooled; scipy.stats.ttest_ind(adjusted_b, adjusted_a, equal_var=False)")
YA = np.array([3.1, 4.0, 2.2, 5.1, 3.8, 2.9, 4.4, 3.3])
XA = np.array([3.0, 3.7, 2.5, 4.8, 3.5, 3.1, 4.1, 3.0])
YB = np.array([3.6, 4.3, 2.8, 5.5, 4.1, 3.4, 4.9, 3.9, 3.0])
XB = np.array([3.1, 3.9, 2.4, 5.0, 3.6, 3.2, 4.3, 3.4, 2.7])
y = np.concatenate([YA, YB]); x = np.concatenate([XA, XB])
theta = np.cov(y, x, ddof=1)[0, 1] / x.var(ddof=1)
adj_a = YA - theta * (XA - x.mean()); adj_b = YB - theta * (XB - x.mean())
r = stats.ttest_ind(adj_b, adj_a, equal_var=False)
raw = stats.ttest_ind(YB, YA, equal_var=False)
print("theta", g(theta), "difference", g(adj_b.mean() - adj_a.mean()), "p", g(r.pvalue), "raw p", g(raw.pvalue))
