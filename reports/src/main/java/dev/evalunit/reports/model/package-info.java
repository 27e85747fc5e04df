/**
 * The report view model: one immutable description of a finished run that the HTML report and the
 * Markdown summary both render. Built by {@code dev.evalunit.reports} from a run directory's
 * {@code summary.json} and {@code results.jsonl}; every string in it that came from a model, a dataset or a
 * judge is raw text, escaped by the template's output format, never pre-rendered markup.
 *
 * <p>Sections whose data a run may not carry ({@link dev.evalunit.reports.model.DecisionBanner},
 * {@link dev.evalunit.reports.model.ForestPlot}, gates, winner config, judge bias) are {@link
 * dev.evalunit.reports.model.Section}s: present, absent ("not computed for this run") or unavailable (with the
 * reason).
 */
package dev.evalunit.reports.model;
