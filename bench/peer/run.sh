#!/usr/bin/env bash
# The peer benchmark: the same workload through EvalUnit and through promptfoo against one local
# OpenAI-compatible endpoint with a fixed latency (endpoint.mjs), timed at the endpoint from its first
# request in to its last response out; CPU (user + sys) and peak RSS of each tool's process from
# /usr/bin/time. How each run starts, from the endpoint: the tool process's age and CPU seconds (from /proc)
# when its first request came in, the ms from the first request until the most requests were in flight, and
# the mean number in flight in each second. Prints one line per run (with the load average) and a table of
# medians with the ratios to the ideal.
#
#   bench/peer/run.sh [workload ...]     workloads: w100 (2 x 1,000 calls, 100 ms), w10 (2 x 10,000 calls,
#                                        10 ms), w0 (2 x 5,000 calls, 0 ms); default: all three
#   PAIRS=3                              alternating EvalUnit/promptfoo pairs per workload (medians)
#   TOOLS="evalunit promptfoo"           which tools run; besides these, the layers under an EvalUnit HTTP sample
#                                        (TransportBench): http (the providers' Apache client posting the JSON),
#                                        langchain4j (its OpenAI chat model over that client), client (the
#                                        openai-compatible provider's model client)
#   MARGINAL=1                           also runs each tool with half the cases in each pair and prints a second
#                                        table: CPU, endpoint time and calls/s per extra call (full minus half),
#                                        which leaves out start-up, class loading and warm-up
#   CASES_w10=2000                       cases per variant of a workload (here w10: 2 x 2,000 calls instead of
#                                        2 x 10,000; likewise CASES_w100, CASES_w0); the ideal follows
#   JAVA_OPTS=-XX:TieredStopAtLevel=1    options for EvalUnit's JVM; the default is what the archetype's evaluation
#                                        execution sets; JAVA_OPTS= for the JVM's defaults, or add e.g.
#                                        -XX:StartFlightRecording=...
#   BUILD=0                              reuse this checkout's last build and class path instead of building first
#
# Needs Java 17+, Maven, Node 20 and /usr/bin/time; installs promptfoo 0.121.20 (the newest that runs on
# Node 20) once under ${PEER_CACHE:-/tmp/evalunit-peer}. Everything binds 127.0.0.1.
set -euo pipefail

PROMPTFOO_VERSION=0.121.20
CONCURRENCY=64
PAIRS=${PAIRS:-3}
TOOLS=${TOOLS:-"evalunit promptfoo"}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PEER_CACHE=${PEER_CACHE:-/tmp/evalunit-peer}
WORK=$(mktemp -d)
trap 'kill "${ENDPOINT_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
WORKLOADS=("$@")
[ ${#WORKLOADS[@]} -gt 0 ] || WORKLOADS=(w100 w10 w0)

# EvalUnit: the engine with the built-in scorers (judges module) and the launcher, built in the reactor
# (nothing is installed into ~/.m2); PeerRun is in the engine's test classes
# The class path names this checkout's module directories, so it is kept in this checkout's target directory.
mkdir -p "$PEER_CACHE"
CLASSPATH_FILE=$ROOT/judges/target/peer-classpath.txt
if [ "${BUILD:-1}" = 1 ] || [ ! -f "$CLASSPATH_FILE" ]; then
    mvn -B -q -pl judges -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$CLASSPATH_FILE" >"$WORK/build.log" || { cat "$WORK/build.log" >&2; exit 1; }
fi
EVALUNIT_CP="$ROOT/judges/target/classes:$ROOT/engine/target/test-classes:$(cat "$CLASSPATH_FILE")"

PROMPTFOO_DIR="$PEER_CACHE/promptfoo-$PROMPTFOO_VERSION"
if [[ " $TOOLS " == *" promptfoo "* && ! -x "$PROMPTFOO_DIR/node_modules/.bin/promptfoo" ]]; then
    mkdir -p "$PROMPTFOO_DIR"
    npm install --prefix "$PROMPTFOO_DIR" --no-audit --no-fund --loglevel=error "promptfoo@$PROMPTFOO_VERSION"
fi

# workload id -> cases per variant (CASES_<workload> overrides), latency in ms
declare -A CASES=([w100]=${CASES_w100:-1000} [w10]=${CASES_w10:-10000} [w0]=${CASES_w0:-5000})
declare -A LATENCY=([w100]=100 [w10]=10 [w0]=0)

start_endpoint() {
    mkfifo "$WORK/endpoint.in"
    node "$ROOT/bench/peer/endpoint.mjs" --latency-ms "$1" <"$WORK/endpoint.in" >"$WORK/endpoint.out" &
    ENDPOINT_PID=$!
    exec 3>"$WORK/endpoint.in"
    until grep -q '^port ' "$WORK/endpoint.out" 2>/dev/null; do sleep 0.1; done
    PORT=$(awk '/^port /{print $2}' "$WORK/endpoint.out")
}

stop_endpoint() {
    exec 3>&-
    wait "$ENDPOINT_PID" 2>/dev/null || true
    rm -f "$WORK/endpoint.in"
}

write_workload() { # directory cases
    local dir=$1
    rm -rf "$dir" && mkdir -p "$dir"
    for ((i = 0; i < $2; i++)); do
        echo "{\"id\":\"case-$i\",\"question\":\"what is $i + 1?\"}"
    done >"$dir/cases.jsonl"
    { echo question; for ((i = 0; i < $2; i++)); do echo "what is $i + 1?"; done; } >"$dir/tests.csv"
    cat >"$dir/peer.eval.yaml" <<YAML
id: peer
dataset: cases.jsonl
variants:
  - id: short
    model: openai-compatible:bench
    prompt: "Q: {{question}}"
  - id: long
    model: openai-compatible:bench
    prompt: "Please answer this question: {{question}}"
scorers:
  - name: contains
    options: {value: "ok"}
YAML
    cat >"$dir/promptfooconfig.yaml" <<YAML
prompts:
  - "Q: {{question}}"
  - "Please answer this question: {{question}}"
providers:
  - id: openai:chat:bench
    config:
      apiBaseUrl: http://127.0.0.1:$PORT/v1
      apiKey: none
defaultTest:
  assert:
    - type: contains
      value: ok
tests: file://tests.csv
YAML
}

run_tool() { # tool -> prints "seconds cpu_seconds rss_mib first_request_s cpu_before_s ms_to_peak peak per_second"
    local tool=$1 out=$WORK/out-$1 timing=$WORK/time-$1 timed
    rm -rf "$out" && mkdir -p "$out"
    curl -s -X POST "http://127.0.0.1:$PORT/reset" >/dev/null
    if [ "$tool" = evalunit ]; then
        # shellcheck disable=SC2086
        /usr/bin/time -f '%U %S %M' -o "$timing" java $JAVA_OPTS -cp "$EVALUNIT_CP" \
            -Devalunit.provider.openai-compatible.base-url="http://127.0.0.1:$PORT/v1" \
            -Devalunit.provider.openai-compatible.max-concurrency=$CONCURRENCY \
            -Devalunit.provider.openai-compatible.stream=false \
            -Devalunit.cache.dir="$out/cache" -Devalunit.progress.interval=off \
            dev.evalunit.engine.bench.PeerRun "$WORKLOAD/peer.eval.yaml" "$out" >"$out/log" 2>&1 &
    elif [ "$tool" = promptfoo ]; then
        (cd "$WORKLOAD" && PROMPTFOO_CONFIG_DIR="$out/config" PROMPTFOO_CACHE_PATH="$out/cache" \
            PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 OPENAI_API_KEY=none \
            exec /usr/bin/time -f '%U %S %M' -o "$timing" "$PROMPTFOO_DIR/node_modules/.bin/promptfoo" eval \
            -c promptfooconfig.yaml -j $CONCURRENCY --no-progress-bar --no-table >"$out/log" 2>&1) &
    else
        # shellcheck disable=SC2086
        /usr/bin/time -f '%U %S %M' -o "$timing" java $JAVA_OPTS -cp "$EVALUNIT_CP" \
            dev.evalunit.engine.provider.TransportBench "$tool" "http://127.0.0.1:$PORT/v1" "$CALLS" $CONCURRENCY \
            >"$out/log" 2>&1 &
    fi
    timed=$!
    watch_child "$timed"
    wait "$timed" || { cat "$out/log" >&2; return 1; }
    local stats requests
    stats=$(curl -s "http://127.0.0.1:$PORT/stats")
    requests=$(node -e "console.log(JSON.parse(process.argv[1]).requests)" "$stats")
    [ "$requests" -eq "$CALLS" ] || { echo "$tool made $requests requests, expected $CALLS" >&2; return 1; }
    node -e "const s = JSON.parse(process.argv[1]); const [u, y, rss] = process.argv[2].trim().split(' ');
             console.log((s.spanMs / 1000).toFixed(3), (Number(u) + Number(y)).toFixed(2), (rss / 1024).toFixed(0),
                         s.client?.ageS ?? 'NaN', s.client?.cpuS ?? 'NaN', Math.round(s.msToPeak), s.peakInFlight,
                         s.inFlightPerSecond.slice(0, 5).map(Math.round).join(','))" \
        "$stats" "$(tail -1 "$timing")"
}

watch_child() { # pid of /usr/bin/time: the endpoint reads its child's (the tool's) age and CPU at the first request
    local child=
    for _ in $(seq 200); do
        child=$(pgrep -P "$1" | head -1) && [ -n "$child" ] && break
        sleep 0.01
    done
    [ -z "$child" ] || curl -s -X POST "http://127.0.0.1:$PORT/watch?pid=$child" >/dev/null
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

JAVA_OPTS=${JAVA_OPTS--XX:TieredStopAtLevel=1}
echo "peer benchmark $(date -u +%F), $(java -version 2>&1 | head -1) ${JAVA_OPTS:-(JVM defaults)}, node $(node --version), promptfoo $PROMPTFOO_VERSION, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
SUMMARY=() MARGINS=()
for workload in "${WORKLOADS[@]}"; do
    cases=${CASES[$workload]} latency=${LATENCY[$workload]}
    CALLS=$((2 * cases))
    ideal=$(awk -v c=$CALLS -v l=$latency -v k=$CONCURRENCY 'BEGIN {printf "%.3f", c / k * l / 1000}')
    start_endpoint "$latency"
    write_workload "$WORK/workload" "$cases"
    write_workload "$WORK/half" $((cases / 2))
    declare -A SECONDS_OF=() CPU_OF=() RSS_OF=() FIRST_OF=() BEFORE_OF=() EXTRA_SECONDS_OF=() EXTRA_CPU_OF=()
    for ((pair = 0; pair < PAIRS; pair++)); do
        order=($TOOLS)
        if ((pair % 2 == 1)); then order=($(printf '%s\n' "${order[@]}" | tac)); fi
        for tool in "${order[@]}"; do
            if [ "${MARGINAL:-0}" = 1 ]; then
                WORKLOAD=$WORK/half CALLS=$((2 * (cases / 2)))
                read -r half_seconds half_cpu _ < <(run_tool "$tool")
            fi
            load=$(cut -d' ' -f1 /proc/loadavg)
            WORKLOAD=$WORK/workload CALLS=$((2 * cases))
            read -r seconds cpu rss first before to_peak peak per_second < <(run_tool "$tool")
            echo "$workload ($CALLS calls, ${latency} ms, ideal ${ideal} s) $tool: ${seconds} s at the endpoint," \
                "${cpu} s CPU, ${rss} MiB peak RSS; first request ${first} s after start (${before} s CPU);" \
                "${peak} in flight ${to_peak} ms after it; in flight per second ${per_second}; load ${load}"
            SECONDS_OF[$tool]+="$seconds "; CPU_OF[$tool]+="$cpu "; RSS_OF[$tool]+="$rss "
            FIRST_OF[$tool]+="$first "; BEFORE_OF[$tool]+="$before "
            if [ "${MARGINAL:-0}" = 1 ]; then
                EXTRA_SECONDS_OF[$tool]+="$(awk -v a="$seconds" -v b="$half_seconds" 'BEGIN {print a - b}') "
                EXTRA_CPU_OF[$tool]+="$(awk -v a="$cpu" -v b="$half_cpu" 'BEGIN {print a - b}') "
            fi
        done
    done
    stop_endpoint
    for tool in $TOOLS; do
        s=$(tr ' ' '\n' <<<"${SECONDS_OF[$tool]}" | grep . | median)
        c=$(tr ' ' '\n' <<<"${CPU_OF[$tool]}" | grep . | median)
        r=$(tr ' ' '\n' <<<"${RSS_OF[$tool]}" | grep . | median)
        f=$(tr ' ' '\n' <<<"${FIRST_OF[$tool]}" | grep . | median)
        b=$(tr ' ' '\n' <<<"${BEFORE_OF[$tool]}" | grep . | median)
        SUMMARY+=("$(awk -v w="$workload" -v t="$tool" -v s="$s" -v c="$c" -v r="$r" -v i="$ideal" -v n=$CALLS \
            -v f="$f" -v b="$b" \
            'BEGIN {printf "| %s | %s | %.2f s | %s | %.3f ms | %.3f ms | %d MiB | %.2f s (%.2f s CPU) |", w, t, s,
                    (i > 0 ? sprintf("%.2f x", s / i) : "-"), s * 1000 / n, c * 1000 / n, r, f, b}')")
        if [ "${MARGINAL:-0}" = 1 ]; then
            xs=$(tr ' ' '\n' <<<"${EXTRA_SECONDS_OF[$tool]}" | grep . | median)
            xc=$(tr ' ' '\n' <<<"${EXTRA_CPU_OF[$tool]}" | grep . | median)
            extra=$((CALLS - 2 * (cases / 2)))
            MARGINS+=("$(awk -v w="$workload" -v t="$tool" -v s="$xs" -v c="$xc" -v n=$extra \
                'BEGIN {printf "| %s | %s | %.3f ms | %.3f ms | %s |", w, t, c * 1000 / n, s * 1000 / n,
                        (s > 0 ? sprintf("%.0f", n / s) : "-")}')")
        fi
    done
    unset SECONDS_OF CPU_OF RSS_OF FIRST_OF BEFORE_OF EXTRA_SECONDS_OF EXTRA_CPU_OF
done
echo
echo "medians of $PAIRS alternating pairs, time from the endpoint's first request to its last response; ideal = calls / $CONCURRENCY x latency; load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "| workload | tool | time | x ideal | time per call | CPU per call | peak RSS | start to first request |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${SUMMARY[@]}"
if [ "${MARGINAL:-0}" = 1 ]; then
    echo
    echo "per extra call: the run with all cases minus the run with half of them (medians of $PAIRS pairs)"
    echo "| workload | tool | CPU per extra call | endpoint time per extra call | calls/s per extra call |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${MARGINS[@]}"
fi
