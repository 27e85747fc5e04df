/**
 * The API for extenders: the scorer SPI ({@link dev.evalunit.api.spi.ScorerProvider},
 * {@link dev.evalunit.api.spi.Scorer}, {@link dev.evalunit.api.spi.SuiteScorerProvider}), the model SPI
 * ({@link dev.evalunit.api.spi.ModelProvider}, {@link dev.evalunit.api.spi.ModelClient}) and the run listener
 * SPI ({@link dev.evalunit.api.spi.RunListener}), all found through {@link java.util.ServiceLoader}.
 */
package dev.evalunit.api.spi;
