"""Reference values for the offline (paired, repeat-aware) statistics of the stats module.

Run with Debian's /usr/bin/python3 (python3-scipy 1.10, python3-statsmodels 0.13):
    /usr/bin/python3 stats/src/test/python/offline_reference.py
The printed values are pasted into the Java tests next to the call that produced them.
"""
import math

import numpy as np
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint
from statsmodels.stats.weightstats import DescrStatsW


def g(x):
    return repr(float(x))


print("== Variant summary t interval: DescrStatsW(x).tconfint_mean(alpha=0.05)")
for name, x in {"V1": [0.5, 0.75, 1.0, 0.25, 0.5, 0.5, 0.0, 1.0], "V2": [3.0, 4.0]}.items():
    print(name, *map(g, DescrStatsW(np.array(x)).tconfint_mean(alpha=0.05)))

print("== Wilson: proportion_confint(k, n, alpha=0.05, method='wilson')")
for k, n in [(0, 10), (7, 10), (10, 10), (45, 200), (1, 1)]:
    print((k, n), *map(g, proportion_confint(k, n, alpha=0.05, method="wilson")))

print("== Repeats R1 (case 4 has no valid repeat)")
R1 = [[0.5, 0.75, 1.0], [0.0, 0.25, 0.25], [1.0, 1.0], [0.25, 0.5, 0.5, 0.75], [], [0.75, 0.5, 1.0], [0.5]]
groups = [np.array(r) for r in R1 if len(r) > 0]
n = len(groups)
k = np.array([len(r) for r in groups], float)
N = k.sum()
means = np.array([r.mean() for r in groups])
grand = np.concatenate(groups).mean()
ssw = sum(((r - r.mean()) ** 2).sum() for r in groups)
ssb = (k * (means - grand) ** 2).sum()
msw = ssw / (N - n)
msb = ssb / (n - 1)
k0 = (N - (k ** 2).sum() / N) / (n - 1)
omega2 = max(0.0, (msb - msw) / k0)
f = stats.f_oneway(*groups)
assert abs(f.statistic - msb / msw) < 1e-12 * f.statistic  # scipy's one-way ANOVA agrees on MSB/MSW
se = math.sqrt((omega2 + msw * np.mean(1 / k)) / n)
naive = np.concatenate(groups).std(ddof=1) / math.sqrt(N)
print("msw(sigma2)", g(msw), "omega2", g(omega2), "icc", g(omega2 / (omega2 + msw)), "se", g(se), "naive", g(naive),
      "mean of case means", g(means.mean()), "| f_oneway F", g(f.statistic))

print("== Repeats R2 balanced K=3, strong within-case noise")
R2 = [[0.0, 1.0, 0.5], [1.0, 0.0, 0.0], [0.5, 1.0, 0.0], [0.0, 0.5, 1.0], [1.0, 1.0, 0.0]]
groups = [np.array(r) for r in R2]
n = len(groups); K = 3; N = n * K
means = np.array([r.mean() for r in groups]); grand = np.concatenate(groups).mean()
msw = sum(((r - r.mean()) ** 2).sum() for r in groups) / (N - n)
msb = K * ((means - grand) ** 2).sum() / (n - 1)
print("msw", g(msw), "msb", g(msb), "omega2", g(max(0.0, (msb - msw) / K)), "se", g(math.sqrt((max(0.0, (msb - msw) / K) + msw / K) / n)))

print("== Paired t: scipy.stats.ttest_rel(b, a); DescrStatsW(b - a).tconfint_mean()")
D1a = np.array([0.5, 0.75, 1.0, 0.25, 0.5, 0.5, 0.0, 1.0, 0.75, 0.5, 0.0, 0.25])
D1d = np.array([0.25, 0.0, 0.5, -0.25, 0.25, 0.75, 0.0, 0.5, -0.5, 0.25, 1.0, 0.25])
D1b = D1a + D1d
rng = np.random.default_rng(20261121)
D3a = np.round(rng.normal(0.6, 0.2, 30), 4)
D3b = np.round(D3a + rng.normal(0.05, 0.15, 30), 4)
print("D3a", ", ".join(repr(float(v)) for v in D3a))
print("D3b", ", ".join(repr(float(v)) for v in D3b))
paired = {"D1 ties and zeros": (D1a, D1b), "D2 n=2": (np.array([1.0, 2.0]), np.array([2.0, 4.5])), "D3 n=30": (D3a, D3b)}
for name, (a, b) in paired.items():
    r = stats.ttest_rel(b, a)
    d = b - a
    lo, hi = DescrStatsW(d).tconfint_mean(alpha=0.05)
    print(name, "t", g(r.statistic), "p", g(r.pvalue), "ci95", g(lo), g(hi), "sd", g(d.std(ddof=1)))

print("== Wilcoxon: scipy.stats.wilcoxon(d, zero_method='wilcox', correction=True, method='approx');"
      " V = rankdata(|d[d!=0]|)[d[d!=0] > 0].sum()")
wil = {"D1": D1d, "D3": D3b - D3a, "W3 all tied": np.array([0.5, 0.5, -0.5, 0.5, 0.0]),
       "W4 n=2": np.array([1.0, 2.0]), "W5 one nonzero": np.array([0.0, 0.0, -3.0])}
for name, d in wil.items():
    r = stats.wilcoxon(d, zero_method="wilcox", correction=True, method="approx")
    nz = d[d != 0]
    v = stats.rankdata(np.abs(nz))[nz > 0].sum()
    print(name, "V", g(v), "p", g(r.pvalue), "|z|", g(abs(r.zstatistic)))

print("== McNemar: mcnemar([[both, treatmentOnly], [controlOnly, neither]], exact=True).pvalue")
for t in [(20, 9, 2, 19), (5, 0, 0, 5), (10, 1, 0, 3), (30, 12, 11, 7), (0, 25, 10, 0)]:
    print(t, g(mcnemar([[t[0], t[1]], [t[2], t[3]]], exact=True).pvalue))

print("== Newcombe 1998 paired method 10 with its corrected phi (implemented here from the paper and Fagerland et al."
      " 2014, Wilson limits from statsmodels)")


def newcombe10(a, b, c, d, alpha=0.05):
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = proportion_confint(a + b, n, alpha=alpha, method="wilson")
    l2, u2 = proportion_confint(a + c, n, alpha=alpha, method="wilson")
    den = (a + b) * (c + d) * (a + c) * (b + d)
    cross = a * d - b * c  # corrected by N/2 as in Newcombe (1998) and Fagerland et al. (2014)
    cross = cross - n / 2 if cross > n / 2 else (0.0 if cross >= 0 else cross)
    phi = 0.0 if den == 0 else cross / math.sqrt(den)
    theta = p1 - p2
    dl = math.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2)
    eu = math.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2)
    return theta - dl, theta + eu


# (both, treatmentOnly, controlOnly, neither): treatment is "group 1"
for t in [(13, 0, 4, 8), (20, 9, 2, 19), (10, 15, 5, 20), (59, 23, 3, 37), (5, 0, 0, 5), (0, 3, 0, 7)]:
    print(t, *map(g, newcombe10(*t)))

print("== Clustered: OLS(y, ones).fit(cov_type='cluster', cov_kwds={'groups': codes}, use_t=True)")
cy = np.array([0.25, 0.5, -0.25, 0.75, 0.0, 0.5, 1.0, -0.5, 0.25, 0.25])
cg = ["doc1", "doc1", "doc2", "doc2", "doc2", "doc3", "doc3", "doc4", "doc4", "doc5"]
codes = np.unique(cg, return_inverse=True)[1]
fit = sm.OLS(cy, np.ones(len(cy))).fit(cov_type="cluster", cov_kwds={"groups": codes}, use_t=True)
ci = fit.conf_int(alpha=0.05)[0]
print("mean", g(fit.params[0]), "se", g(fit.bse[0]), "t", g(fit.tvalues[0]), "p", g(fit.pvalues[0]), "ci", g(ci[0]), g(ci[1]),
      "df", g(fit.df_resid_inference) if hasattr(fit, "df_resid_inference") else "n/a")

print("== multipletests(p, method='holm' / 'fdr_bh')")
pv = [0.01, 0.04, 0.03, 0.005, 0.5, 0.04]
print("holm", [float(x) for x in multipletests(pv, method="holm")[1]])
print("bh", [float(x) for x in multipletests(pv, method="fdr_bh")[1]])

print("== Planning: n = (norm.ppf(1-a/2) + norm.ppf(power))**2 * V / delta**2")
V = 0.04 + 0.09 / 3 + 0.16 / 5
z = stats.norm.ppf(1 - 0.05 / 2) + stats.norm.ppf(0.8)
print("V", g(V), "n(delta=0.05)", g(z * z * V / 0.05 ** 2), "ceil", math.ceil(z * z * V / 0.05 ** 2),
      "mde(n=200)", g(z * math.sqrt(V / 200)),
      "power(n=200, delta=0.05)", g(stats.norm.cdf(0.05 / math.sqrt(V / 200) - stats.norm.ppf(0.975))))
z9 = stats.norm.ppf(1 - 0.01 / 2) + stats.norm.ppf(0.9)
print("alpha=0.01 power=0.9: n(delta=0.1)", g(z9 * z9 * V / 0.1 ** 2))
from statsmodels.stats.power import NormalIndPower
print("statsmodels NormalIndPower one-sample n (includes the far tail)",
      g(NormalIndPower().solve_power(effect_size=0.05 / math.sqrt(V), alpha=0.05, power=0.8, ratio=0)))

print("== PlanningInputs.estimate on (control=R1, treatment=R1T)")
R1T = [[1.0, 1.0], [0.0, 0.0, 0.25, 0.0], [1.0], [0.75, 1.0, 1.0], [0.5], [], [0.0, 0.25]]
kept = [i for i in range(len(R1)) if len(R1[i]) and len(R1T[i])]


def within(rows):
    rows = [np.array(r) for r in rows if len(r)]
    return sum(((r - r.mean()) ** 2).sum() for r in rows) / (sum(len(r) for r in rows) - len(rows))


sa, sb = within(R1), within(R1T)
d = np.array([np.mean(R1T[i]) - np.mean(R1[i]) for i in kept])
ha = np.mean([1 / len(R1[i]) for i in kept]); hb = np.mean([1 / len(R1T[i]) for i in kept])
print("sigmaA", g(sa), "sigmaB", g(sb), "omega2", g(max(0.0, d.var(ddof=1) - sa * ha - sb * hb)),
      "KA", round(1 / ha), "KB", round(1 / hb), "kept", kept)

print("== Paired t on repeats (R1, R1T): cases 4 and 5 are dropped; ttest_rel on the kept case means")
a = np.array([np.mean(R1[i]) for i in kept]); b = np.array([np.mean(R1T[i]) for i in kept])
r = stats.ttest_rel(b, a)
lo, hi = DescrStatsW(b - a).tconfint_mean(alpha=0.05)
print("t", g(r.statistic), "p", g(r.pvalue), "ci95", g(lo), g(hi))
