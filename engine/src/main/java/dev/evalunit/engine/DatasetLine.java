package dev.evalunit.engine;

import dev.evalunit.engine.suite.Location;
import dev.evalunit.engine.suite.Suite;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A line of a dataset file, as a case node reports it as its source ({@code faq.jsonl?line=4}): selecting it
 * selects that case. The YAML suites that may read the dataset are the {@code *.eval.yaml} files in the
 * classpath's directories that name the dataset's file name.
 *
 * @param path the dataset, a classpath resource name or a file path ({@code /} separated)
 * @param line its line
 */
record DatasetLine(String path, int line) {

    DatasetLine {
        path = path.replace('\\', '/');
    }

    /** The classpath locations of the suites that may read this dataset. */
    List<Location> candidateSuites() {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        List<Location> suites = new ArrayList<>();
        try {
            ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                    .orElse(DatasetLine.class.getClassLoader());
            for (URL root : Collections.list(loader.getResources(""))) {
                if (root.getProtocol().equals("file")) {
                    suites.addAll(suitesNaming(Path.of(root.toURI()), fileName));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classpath to find the suites of " + path, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a classpath root is not a file: " + e.getInput(), e);
        }
        return suites;
    }

    private static List<Location> suitesNaming(Path root, String fileName) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> candidates = files.filter(f -> f.getFileName().toString()
                    .endsWith(DiscoverySelectorResolver.SUITE_FILE_SUFFIX)).sorted().toList();
            // byte-wise, so a suite that is not UTF-8 (reported when it is loaded) does not end the search
            String name = new String(fileName.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            List<Location> suites = new ArrayList<>();
            for (Path file : candidates) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(name)) {
                    suites.add(new Location.ClasspathLocation(root.relativize(file).toString().replace('\\', '/')));
                }
            }
            return suites;
        }
    }

    /** The ids of the suite's cases whose source is this line. */
    List<String> caseIds(Suite suite) {
        return suite.cases().stream().filter(c -> c.line() == line && at(c.source())).map(c -> c.testCase().id())
                .toList();
    }

    private boolean at(TestSource source) {
        String own;
        if (source instanceof ClasspathResourceSource resource) {
            own = resource.getClasspathResourceName();
        } else if (source instanceof FileSource file) {
            own = file.getFile().getAbsolutePath().replace('\\', '/');
        } else {
            return false;
        }
        return own.equals(path) || path.endsWith("/" + own) || own.endsWith("/" + path);
    }
}
