/**
 * The API for readers of runs: the values a run produces and records ({@link dev.evalunit.api.run.Sample},
 * {@link dev.evalunit.api.run.Score}, {@link dev.evalunit.api.run.SampleRecord}) and its summary
 * ({@link dev.evalunit.api.run.RunSummary} with its comparisons, decisions and gate results).
 */
package dev.evalunit.api.run;
