<#-- Number formatting shared by the HTML and Markdown templates. Returns plain text. -->
<#function num x format="score">
  <#if !(x?? && x?is_number)><#return "–"></#if>
  <#switch format>
    <#case "percent"><#return (x * 100)?string["0.0"] + "%">
    <#case "usd"><#return "$" + x?string["0.00####"]>
    <#case "ms"><#return x?string["#,##0"] + " ms">
    <#case "count"><#return x?string["#,##0"]>
    <#-- Below 0.01 three decimals would hide the value (a cost difference of -0.003017 is not -0.003). -->
    <#case "signed"><#return small(x)?then(x?string["+0.000###;-0.000###"], x?string["+0.000;-0.000"])>
    <#case "p"><#return (x < 0.001)?then("< 0.001", x?string["0.000"])>
    <#default><#return small(x)?then(x?string["0.000###"], x?string["0.000"])>
  </#switch>
</#function>
<#function small x><#return x != 0 && x?abs < 0.01></#function>
<#function interval low high format="score">
  <#if !(low?? && low?is_number && high?? && high?is_number)><#return ""></#if>
  <#return "[" + num(low, format) + ", " + num(high, format) + "]">
</#function>
<#function c x><#return x?string["0.##"]></#function>
<#-- Five significant digits in scientific notation, for data the page's script reads (parseFloat takes it). -->
<#function e x><#return x?string["0.####E0"]></#function>
