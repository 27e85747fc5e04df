/**
 * The API for suite authors: the annotations that declare a suite ({@link dev.evalunit.api.EvalSuite} and
 * the others here) and the values a suite builds ({@link dev.evalunit.api.Case},
 * {@link dev.evalunit.api.Variant}, {@link dev.evalunit.api.ModelRef}, {@link dev.evalunit.api.SamplingParams}).
 *
 * <p>Extenders (scorers, model providers, run listeners) use {@link dev.evalunit.api.spi}; readers of a run's
 * results use {@link dev.evalunit.api.run}. The engine's internals live in {@code dev.evalunit.engine}.
 */
package dev.evalunit.api;
