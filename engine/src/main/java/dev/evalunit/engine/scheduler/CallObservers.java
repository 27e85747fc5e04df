package dev.evalunit.engine.scheduler;

import dev.evalunit.api.run.ErrorKind;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The scheduler's observers as one: each event goes to every observer added so far. */
final class CallObservers implements CallObserver {

    private final CopyOnWriteArrayList<CallObserver> observers = new CopyOnWriteArrayList<>();

    void add(CallObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    @Override
    public void attemptStarted(String providerId) {
        observers.forEach(o -> o.attemptStarted(providerId));
    }

    @Override
    public void attemptEnded(String providerId, Duration latency, Optional<ErrorKind> failure) {
        observers.forEach(o -> o.attemptEnded(providerId, latency, failure));
    }

    @Override
    public void paused(String providerId, Duration pause) {
        observers.forEach(o -> o.paused(providerId, pause));
    }
}
