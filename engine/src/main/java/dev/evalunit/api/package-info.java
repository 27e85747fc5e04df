/**
 * The public API of EvalUnit: the values that flow through a run ({@link dev.evalunit.api.Case},
 * {@link dev.evalunit.api.Variant}, {@link dev.evalunit.api.Sample}, {@link dev.evalunit.api.Score}),
 * the scorer SPI ({@link dev.evalunit.api.ScorerProvider}, {@link dev.evalunit.api.Scorer}) and the
 * model SPI ({@link dev.evalunit.api.ModelProvider}, {@link dev.evalunit.api.ModelClient}).
 *
 * <p>Everything here is stable for scorer, provider and report authors; the engine's internals live in
 * {@code dev.evalunit.engine}.
 */
package dev.evalunit.api;
