/**
 * The {@code winner.json} schema, written by the engine and read by production: records plus the strict
 * reader and writer {@link dev.evalunit.bucketing.winner.WinnerFiles}.
 */
package dev.evalunit.bucketing.winner;
