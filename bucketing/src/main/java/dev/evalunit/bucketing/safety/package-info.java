/** Kill switches (flag sources) and guardrail bounds with the per-variant health they are judged on. */
package dev.evalunit.bucketing.safety;
