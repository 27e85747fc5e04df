package dev.evalunit.engine.progress;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.run.RunProgress.ProviderNotice;
import dev.evalunit.engine.scheduler.CallObserver;
import org.apiguardian.api.API;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The run's providers as the scheduler sees them: attempts in flight, the request rate, and which providers are
 * slow, failing or rate limited. Fed by the scheduler ({@link CallObserver}); read once per progress line, each
 * read closing a window that the next one compares with what came before.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProviderWatch implements CallObserver {

    /**
     * What the providers are doing.
     *
     * @param inFlight          attempts waiting for an answer
     * @param requestsPerSecond attempts started per second in the last window
     * @param notices           providers that are slow, failing or rate limited
     */
    public record Activity(int inFlight, double requestsPerSecond, List<ProviderNotice> notices) {

        public Activity {
            notices = List.copyOf(notices);
        }
    }

    private final Clock clock;
    private final Map<String, ProviderHealth> providers = new TreeMap<>();
    private long started;
    private long startedAtLastRead;
    private Instant lastRead;
    private Activity last = new Activity(0, 0, List.of());

    public ProviderWatch(Clock clock) {
        this.clock = clock;
        this.lastRead = clock.instant();
    }

    @Override
    public synchronized void attemptStarted(String providerId) {
        started++;
        health(providerId).started(clock.instant());
    }

    @Override
    public synchronized void attemptEnded(String providerId, Duration latency, Optional<ErrorKind> failure) {
        health(providerId).ended(latency, failure, clock.instant());
    }

    @Override
    public synchronized void paused(String providerId, Duration pause) {
        health(providerId).paused(clock.instant().plus(pause));
    }

    /** Closes the current window and tells what happened in it. */
    public synchronized Activity read() {
        Instant now = clock.instant();
        List<ProviderNotice> notices = new ArrayList<>();
        providers.values().forEach(p -> notices.addAll(p.roll(lastRead, now)));
        double seconds = Duration.between(lastRead, now).toNanos() / 1e9;
        double rate = seconds > 0 ? (started - startedAtLastRead) / seconds : 0;
        last = new Activity(inFlight(), rate, notices);
        lastRead = now;
        startedAtLastRead = started;
        return last;
    }

    /** What the last {@link #read} found, with the attempts in flight now; closes no window. */
    public synchronized Activity current() {
        return new Activity(inFlight(), last.requestsPerSecond(), last.notices());
    }

    private int inFlight() {
        return providers.values().stream().mapToInt(ProviderHealth::inFlight).sum();
    }

    private ProviderHealth health(String providerId) {
        return providers.computeIfAbsent(providerId, id -> new ProviderHealth(id, clock.instant()));
    }
}
