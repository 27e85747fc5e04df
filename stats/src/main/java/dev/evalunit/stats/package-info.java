/**
 * Statistics for EvalUnit: the paired, repeat-aware comparison of variants used offline, and the
 * independent-sample tests, sequential test and Thompson sampling used online.
 *
 * <p>Conventions shared by every class: differences are always {@code treatment − control} (or
 * {@code b − a}); confidence levels are given as a fraction in (0, 1), e.g. {@code 0.95}; inputs must be
 * finite numbers, and bad input is rejected with an {@link java.lang.IllegalArgumentException} whose
 * message names the argument and what is wrong. No method returns NaN: degenerate but legal input
 * (zero variance, all-equal data) gets a documented, defined answer.
 */
package dev.evalunit.stats;
