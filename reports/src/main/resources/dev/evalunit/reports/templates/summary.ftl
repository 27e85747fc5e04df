<#ftl output_format="Markdown">
<#import "format.ftl" as f>
<#-- An interval with literal brackets (an interpolated "[" would be escaped). -->
<#macro ci low high format="score"><#if low?has_content && high?has_content>[${f.num(low, format)}, ${f.num(high, format)}]</#if></#macro>
<#assign meta = report.meta>
<#assign verdict = report.conclusion.verdict>
### EvalUnit: ${meta.suiteName}<#if verdict.decision??> · ${verdict.decision}</#if> · <#if verdict.mark()?has_content>${verdict.mark()} </#if>${verdict.label}<#if verdict.caseFailures gt 0> (${verdict.caseFailures} case failure<#if verdict.caseFailures gt 1>s</#if>)</#if>

Run ${meta.runId} · ${meta.cases} cases × ${meta.repeats} repeat<#if meta.repeats != 1>s</#if> × ${report.tables.variants?size} variants · ${meta.duration}<#if meta.totalCostUsd??> · ${f.num(meta.totalCostUsd, "usd")}<#if meta.judgeCostUsd??> (judges ${f.num(meta.judgeCostUsd, "usd")})</#if></#if>

<#list meta.providerNotes as n>
⚠️ **${n}**

</#list>
<#if meta.earlyStop??>
⏱️ ${meta.earlyStop}

</#if>
<#if meta.adaptiveRepeats??>
🔁 ${meta.adaptiveRepeats}

</#if>
<#if report.conclusion.decision.value??>
<#assign d = report.conclusion.decision.value>
**${d.headline()}** (${d.outcome}) on ${d.metric}: ${d.featured} − ${d.baseline} = ${f.num(d.difference, "signed")}, ${f.num(d.confidence, "percent")} CI <@ci low=d.low high=d.high/><#if d.pValue??>, adjusted p ${f.num(d.pValue, "p")}</#if><#if d.gatesPassed??>; gates ${d.gatesPassed?then("passed", "failed")}</#if>.
<#list d.treatments as t><#if t.errorRateFlagged>

⚠️ ${t.variant}'s error rate (${f.num(t.errorRate!, "percent")}) differs from the baseline's (${f.num(t.baselineErrorRate!, "percent")}).
</#if><#list t.warnings as w>

⚠️ ${w}
</#list></#list>
<#else>
Decision: not computed for this run.
</#if>
<#if report.tables.errors?has_content>

**Errors: ${meta.errors} of ${meta.samples} samples**

<#list report.tables.errors as e>
- ${e.kind} from provider ${e.provider}: ${e.samples} sample<#if e.samples != 1>s</#if> (<#list e.variants as v>${v}<#sep>, </#list>), e.g. ${e.example}
</#list>
</#if>

| metric |<#list report.tables.variants as v> ${v.name}<#if v.baseline> (baseline)</#if> |</#list>
|---|<#list report.tables.variants as v>---:|</#list>
<#list report.tables.quality as row>
| ${row.name} |<#list row.cells as c> <#if c.best>**</#if>${f.num(c.value!, row.format)}<#if c.best>**</#if> <@ci low=c.low! high=c.high! format=row.format/> |</#list>
</#list>
| cases passed / failed |<#list report.tables.variants as v> ${v.casesPassed} / ${v.casesFailed} |</#list>
<#list report.tables.operations.headline as row>
| ${row.name} |<#list row.cells as c> <#if c.best>**</#if>${f.num(c.value!, row.format)}<#if c.best>**</#if> |</#list>
</#list>

<#if report.conclusion.gates.value?? && report.conclusion.gates.value?has_content>
**Gates**

<#list report.conclusion.gates.value as g>
- ${g.passed?then("✅", "❌")} ${g.name}: required ${g.required}, measured ${g.measured}<#if g.inconclusive()> (inconclusive)</#if>
</#list>

</#if>
<#if report.judges.pairwise?has_content || report.judges.calibration?has_content>
**Judges**

<#list report.judges.pairwise as p>
- ${p.metric}: ${p.variantId} vs ${p.baselineId}: ${p.wins} wins, ${p.ties} ties, ${p.losses} losses (win rate ${f.num(p.winRate!, "percent")}), position bias ${f.num(p.positionBias!, "percent")}<#if p.biased()> ⚠️ above the ${f.num(p.maxPositionBias, "percent")} limit<#if p.favouredPosition??> (favours the ${p.favouredPosition} shown)</#if>: the judge's order, not the variants, decides these pairs</#if>
</#list>
<#list report.judges.calibration as c>
- ${c.flagged()?then("⚠️", "✅")} ${c.metric} on ${c.variantId} vs human ${c.humanField}: <#list c.agreements as a>${a.statistic} ${f.num(a.value!)}<#if a.flagged> (below ${f.num(a.bar)})</#if><#sep>, </#list>
</#list>

</#if>
<#if report.stability.unstableCases?has_content>
Most unstable: <#list report.stability.unstableCases[0..*3] as u>${u.caseId} (${u.variant}, sd ${f.num(u.sd)})<#sep>, </#list>

</#if>
Full report: `report.html` in the run directory.
