package dev.evalunit.reports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium driven from the command line (no DevTools protocol): loads a file with a fresh
 * profile and no network services, and reports the DOM after the page's scripts ran, or a screenshot, plus
 * every console message (Chromium logs them to stderr as {@code CONSOLE} lines with
 * {@code --enable-logging=stderr --v=0}; uncaught exceptions and CSP violations included).
 */
final class HeadlessChromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /**
     * What a page load produced.
     *
     * @param output  the serialised DOM ({@code --dump-dom}); empty for screenshots
     * @param console the console messages
     */
    record Load(String output, List<String> console) {
    }

    private final Path profiles;

    HeadlessChromium(Path profiles) {
        this.profiles = profiles;
    }

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Loads the page and returns its DOM after the scripts ran. */
    Load dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    /**
     * Loads a copy of the page with {@code script} run after its own (the copy drops the page's
     * Content-Security-Policy so the script may run); the script fills an object {@code out} with strings, which
     * come back as a map. The page must log nothing to the console.
     */
    Map<String, String> drive(Path page, String script) throws IOException, InterruptedException {
        Path driven = Files.createTempFile(profiles, "driven", ".html");
        Files.writeString(driven, Files.readString(page, StandardCharsets.UTF_8)
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", "<script>(function () { var out = {};\n" + script
                        + "\nvar pre = document.createElement(\"pre\"); pre.id = \"driver\";"
                        + " pre.textContent = JSON.stringify(out); document.body.appendChild(pre); }());</script></body>"),
                StandardCharsets.UTF_8);
        Load load = dumpDom(driven);
        if (!load.console().isEmpty()) {
            throw new IllegalStateException("the driven page logged: " + load.console());
        }
        String dom = load.output();
        int start = dom.indexOf("<pre id=\"driver\">");
        if (start < 0) {
            throw new IllegalStateException("the driver script did not finish; the page is:\n" + dom);
        }
        String json = dom.substring(start + "<pre id=\"driver\">".length(), dom.indexOf("</pre>", start))
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() { });
    }

    /** Loads the page and writes a PNG screenshot of a {@code width × height} window. */
    Load screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(page, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars");
    }

    private Load run(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(profiles, "chromium-profile");
        Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
        Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
        List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--enable-logging=stderr",
                "--v=0"));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish loading " + page + " within 120 s");
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chromium exited with " + process.exitValue() + ":\n" + err);
        }
        List<String> console = err.lines().filter(line -> line.contains(":CONSOLE")).toList();
        return new Load(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }
}
