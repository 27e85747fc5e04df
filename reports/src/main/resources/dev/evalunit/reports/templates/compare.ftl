<#ftl output_format="Markdown">
<#import "format.ftl" as f>
<#-- An interval with literal brackets (an interpolated "[" would be escaped). -->
<#macro ci low high format="score"><#if low?has_content && high?has_content>[${f.num(low, format)}, ${f.num(high, format)}]</#if></#macro>
<#assign c = comparison>
### EvalUnit comparison: ${c.suiteName} ${c.regressed()?then("❌ regressions", "✅ no regressions")}

${c.before.runId} → ${c.after.runId}: ${c.regressionCount} case<#if c.regressionCount != 1>s</#if> regressed, ${c.improvementCount} improved.

| variant | metric | before | after | change | 95% CI | verdict |
|---|---|---:|---:|---:|---:|---|
<#list c.metrics as m>
| ${m.variant} | ${m.metric} | ${f.num(m.before)} | ${f.num(m.after)} | ${f.num(m.change(), "signed")} | <@ci low=m.low! high=m.high!/> | <#if m.moved()>**${m.verdict}**<#else>${m.verdict}</#if> |
</#list>
<#if c.regressions?has_content>

**Regressed cases**<#if c.regressionCount gt 20> (first 20 of ${c.regressionCount})</#if>

<#list c.regressions[0..*20] as r>
- ${r.variant}: ${r.caseId}<#if r.failure??> (${r.failure})</#if>
</#list>
</#if>
