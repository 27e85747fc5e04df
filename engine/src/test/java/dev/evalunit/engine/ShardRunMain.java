package dev.evalunit.engine;

import java.nio.file.Path;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One shard of {@link ShardedRunTest}'s suite, in its own JVM. Arguments: endpoint base URL, output directory,
 * cache directory, shard ({@code <i>/<n>}).
 */
public final class ShardRunMain {

    private ShardRunMain() {
    }

    public static void main(String[] args) {
        LauncherFactory.create().execute(request()
                .configurationParameters(ShardedRunTest.settings(args[0], Path.of(args[1]), Path.of(args[2])))
                .configurationParameter(Constants.SHARD, args[3])
                .configurationParameter(Constants.RUN_ID, "shard-" + args[3].replace('/', '-'))
                .selectors(selectClasspathResource(ShardedRunTest.SUITE))
                .build());
    }
}
