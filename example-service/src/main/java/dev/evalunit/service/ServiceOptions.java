package dev.evalunit.service;

import dev.evalunit.web.ExperimentStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the service starts: command-line flags {@code --port <n>} (0: any free port) and
 * {@code --experiment <file>} (a {@code winner.json} or an experiment definition), and the environment:
 * {@code EVALUNIT_REDIS_URL}, {@code EVALUNIT_POSTGRES_URL}, {@code EVALUNIT_ADMIN_TOKEN}, and the providers'
 * API keys. Without a file it runs the winner of the example suite's last run, or the copy bundled with the
 * service when that run has not happened.
 *
 * @param port        the HTTP port
 * @param experiment  the experiment file, when given
 * @param stores      memory, or Redis and PostgreSQL
 * @param adminToken  the admin token, when set
 * @param environment the process environment (the providers' keys)
 */
record ServiceOptions(int port, Optional<Path> experiment, ExperimentStores.StoreSettings stores, Optional<String> adminToken,
                      Map<String, String> environment) {

    /** Where the example suite leaves its winner (run from the repository root). */
    static final Path SUITE_WINNER = Path.of("example-suites/target/evalunit/exp_summarize_v2/examples/winner.json");

    static ServiceOptions parse(String[] args, Map<String, String> environment) {
        int port = 8080;
        Optional<Path> experiment = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("flag " + flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = port(value);
                case "--experiment" -> experiment = Optional.of(Path.of(value));
                default -> throw new IllegalArgumentException("unknown flag " + flag + "; use --port <n> or --experiment <file>");
            }
        }
        if (experiment.isEmpty() && Files.isRegularFile(SUITE_WINNER)) {
            experiment = Optional.of(SUITE_WINNER);
        }
        ExperimentStores.StoreSettings stores = ExperimentStores.StoreSettings.inMemory();
        if (present(environment, "EVALUNIT_REDIS_URL")) {
            stores = stores.withRedis(environment.get("EVALUNIT_REDIS_URL"));
        }
        if (present(environment, "EVALUNIT_POSTGRES_URL")) {
            stores = stores.withPostgres(environment.get("EVALUNIT_POSTGRES_URL"));
        }
        return new ServiceOptions(port, experiment, stores, Optional.ofNullable(environment.get("EVALUNIT_ADMIN_TOKEN"))
                .filter(t -> !t.isBlank()), environment);
    }

    private static boolean present(Map<String, String> environment, String name) {
        return environment.get(name) != null && !environment.get(name).isBlank();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, was '" + value + "'");
    }
}
