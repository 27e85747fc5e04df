-- Analysis in the database: the sufficient statistics of one experiment phase, a few rows per variant
-- whatever the number of events. Standard SQL apart from the LATERAL VALUES unpivot; the same two queries
-- run on ClickHouse or BigQuery with their own unpivot (arrayJoin / UNNEST). Parameters: experiment id, phase.
--
-- 1. Per unit (the unit of randomisation), per metric: y = sum of the values (successes for a rate) and
--    n = number of observations. Then per variant and metric: units, Σy, Σn, Σy², Σn², Σy·n — what the
--    delta-method analysis of a ratio metric needs (dev.evalunit.web.analysis.MetricTotals).
WITH per_unit AS (
    SELECT variant_id, unit_id,
           coalesce(sum(latency_ms), 0)                  AS latency_y,
           count(latency_ms)::float8                     AS latency_n,
           coalesce(sum(rating), 0)                      AS rating_y,
           count(rating)::float8                         AS rating_n,
           coalesce(sum(cost_usd), 0)                    AS cost_y,
           count(cost_usd)::float8                       AS cost_n,
           count(*) FILTER (WHERE error)::float8         AS error_y,
           count(*)::float8                              AS error_n,
           count(*) FILTER (WHERE success)::float8       AS success_y,
           count(success)::float8                        AS success_n
    FROM evalunit_events
    WHERE experiment_id = ? AND phase = ? AND kind = 1
    GROUP BY variant_id, unit_id
)
SELECT variant_id, metric, count(*) AS units, sum(y) AS sum_y, sum(n) AS sum_n,
       sum(y * y) AS sum_yy, sum(n * n) AS sum_nn, sum(y * n) AS sum_yn
FROM per_unit
CROSS JOIN LATERAL (VALUES ('LATENCY', latency_y, latency_n),
                           ('RATING', rating_y, rating_n),
                           ('COST', cost_y, cost_n),
                           ('ERROR_RATE', error_y, error_n),
                           ('SUCCESS_RATE', success_y, success_n)) AS m (metric, y, n)
WHERE n > 0
GROUP BY variant_id, metric;

-- 2. Distinct units assigned per variant (the sample-ratio-mismatch check).
SELECT variant_id, count(DISTINCT unit_id) AS units
FROM evalunit_events
WHERE experiment_id = ? AND phase = ? AND kind = 0
GROUP BY variant_id;
