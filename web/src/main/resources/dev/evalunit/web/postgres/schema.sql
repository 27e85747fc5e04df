-- The event table: one row per assignment (kind 0) or outcome (kind 1), partitioned by UTC day so old days
-- can be detached or dropped whole. Partitions are created by the sink as days arrive.
CREATE TABLE IF NOT EXISTS evalunit_events (
    experiment_id text             NOT NULL,
    phase         integer          NOT NULL,
    variant_id    text             NOT NULL,
    unit_id       text             NOT NULL,
    kind          smallint         NOT NULL,
    at            timestamptz      NOT NULL,
    latency_ms    double precision,
    error         boolean,
    rating        double precision,
    cost_usd      double precision,
    success       boolean
) PARTITION BY RANGE (at);
CREATE INDEX IF NOT EXISTS evalunit_events_experiment ON evalunit_events (experiment_id, phase, kind);
