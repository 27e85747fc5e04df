package dev.evalunit.engine;

import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Path;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** The run {@link ResumeTest} starts in its own JVM and kills. Arguments: endpoint base URL, output directory. */
public final class KilledRun {

    private KilledRun() {
    }

    public static void main(String[] args) {
        LauncherFactory.create().execute(request().configurationParameters(ResumeTest.settings(args[0], Path.of(args[1])))
                .selectors(selectClasspathResource(ResumeTest.SUITE))
                .configurationParameter(Constants.RUN_ID, ResumeTest.KILLED)
                .build());
    }
}
