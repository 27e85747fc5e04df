package dev.evalunit.bucketing.metrics;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a {@link MetricRecorder} did with the events handed to it. At every moment
 * {@code recorded == delivered + dropped + pending}.
 *
 * @param recorded  events handed to {@link MetricRecorder#record}
 * @param delivered events the sink accepted
 * @param dropped   events given up on: beyond the bound while the sink failed, recorded after close, or still
 *                  undelivered when close's deadline passed
 * @param pending   events queued or in a batch the sink is writing now; after close only a batch whose write
 *                  outlived the deadline (it ends up delivered or dropped)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RecorderCounts(long recorded, long delivered, long dropped, long pending) {
}
