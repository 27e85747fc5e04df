/** Online analysis of recorded events with the stats module, and its JSON rendering for a results endpoint. */
package dev.evalunit.bucketing.analysis;
