/**
 * Variant configs ({@link dev.evalunit.bucketing.config.VariantConfig}) with their fingerprint, and the strict
 * JSON reading and error type shared by every file this library reads.
 */
package dev.evalunit.bucketing.config;
