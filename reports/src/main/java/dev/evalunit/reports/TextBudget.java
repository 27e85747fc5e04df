package dev.evalunit.reports;

import dev.evalunit.reports.model.DiffSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a large run's report small: the case table shares {@link #TOTAL} characters of output text among the
 * run's samples, never less than {@link #MINIMUM} per output; a judge reason gets half an output's share.
 * Small runs show everything; what is left out is counted and stays in {@code results.jsonl}.
 */
final class TextBudget {

    /** Characters of output text the whole case table may hold. */
    static final long TOTAL = 6_000_000;
    /** The fewest characters an output keeps, however large the run. */
    static final int MINIMUM = 240;

    private final int perOutput;

    private TextBudget(int perOutput) {
        this.perOutput = perOutput;
    }

    /** The budget of a run with {@code samples} samples. */
    static TextBudget forSamples(long samples) {
        return new TextBudget((int) Math.max(MINIMUM, Math.min(Integer.MAX_VALUE, TOTAL / Math.max(1, samples))));
    }

    /**
     * Segments cut at the output's share.
     *
     * @param segments the kept segments
     * @param omitted  characters left out
     */
    record Cut(List<DiffSegment> segments, int omitted) {
    }

    /** The first {@code perOutput} characters of the segments, with the count of the rest. */
    Cut cut(List<DiffSegment> segments) {
        int left = perOutput;
        int omitted = 0;
        List<DiffSegment> kept = new ArrayList<>(segments.size());
        for (DiffSegment segment : segments) {
            int length = segment.text().length();
            if (left >= length) {
                kept.add(segment);
                left -= length;
            } else {
                int end = safeEnd(segment.text(), left);
                if (end > 0) {
                    kept.add(new DiffSegment(segment.text().substring(0, end), segment.kind()));
                }
                omitted += length - end;
                left = 0;
            }
        }
        return new Cut(kept, omitted);
    }

    /** A reason cut at half an output's share, saying how much was left out. */
    String shorten(String reason) {
        int limit = Math.max(MINIMUM / 2, perOutput / 2);
        if (reason.length() <= limit) {
            return reason;
        }
        int end = safeEnd(reason, limit);
        return reason.substring(0, end) + " … (" + (reason.length() - end) + " more characters in results.jsonl)";
    }

    /** An end index that does not split a surrogate pair. */
    private static int safeEnd(String text, int end) {
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
