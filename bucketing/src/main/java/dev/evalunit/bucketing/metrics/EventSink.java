package dev.evalunit.bucketing.metrics;

import org.apiguardian.api.API;

import java.io.IOException;
import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Where the {@link MetricRecorder} delivers batches: a file, a database, a queue. */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface EventSink {

    /**
     * Writes one batch, all or nothing as far as the sink can tell.
     *
     * @throws IOException when the batch was not stored; the recorder re-queues it within its bound
     */
    void write(List<MetricEvent> batch) throws IOException;
}
