/** Assignment and outcome events, the buffered recorder and its sinks (JSON lines here). */
package dev.evalunit.bucketing.metrics;
