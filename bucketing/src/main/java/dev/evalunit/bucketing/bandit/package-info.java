/** Thompson-sampling traffic allocation with a per-arm floor. */
package dev.evalunit.bucketing.bandit;
