/**
 * The production side of an EvalUnit experiment: experiment definitions, seed-compatible and stable
 * bucketing ({@link dev.evalunit.bucketing.BucketingMode}), live experiments with kill switch, pause, schedules and
 * rollouts ({@link dev.evalunit.bucketing.LiveExperiment}), the registry a service holds
 * ({@link dev.evalunit.bucketing.Experiments}) and sticky assignments. Depends on evalunit-stats and Jackson
 * only; never on the engine.
 */
package dev.evalunit.bucketing;
