package dev.evalunit.examples.simulator;

import dev.evalunit.api.spi.ProviderContextDecorator;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Registered for this module's test runs (Surefire, IDEs): puts a {@link SimulatedProviders} into the launcher
 * session's store, where the evalunit engine finds it, so providers without an API key are answered by the offline
 * simulator for the session. The store closes it - and stops a started simulator - when the session ends. The
 * simulator's seed, fault rate and time scale come from the {@code evalunit.simulator.*} system properties.
 */
public final class SimulatorSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        session.getStore().put(Namespace.create(ProviderContextDecorator.NAMESPACE), ProviderContextDecorator.KEY,
                new SimulatedProviders(SimulatorOptions.read(System::getProperty), System.out));
    }
}
