package dev.evalunit.engine.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a run was made at, read from the repository files ({@code .git/HEAD}, the ref it names, or
 * {@code packed-refs}) without starting a process. Worktrees and submodules ({@code .git} as a file naming
 * the real directory) are followed; anything unreadable means "unknown".
 */
final class GitCommit {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCommit() {
    }

    /** The commit of the repository holding {@code directory}, if there is one. */
    static Optional<String> of(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.exists(git)) {
                try {
                    return read(Files.isDirectory(git) ? git : linked(git));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Path linked(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!text.startsWith("gitdir:")) {
            throw new IOException(file + " is not a gitdir link");
        }
        return file.getParent().resolve(text.substring("gitdir:".length()).trim()).normalize();
    }

    private static Optional<String> read(Path gitDir) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).trim();
        if (!head.startsWith("ref:")) {
            return hash(head);
        }
        String ref = head.substring("ref:".length()).trim();
        Path common = commonDir(gitDir);
        for (Path base : new Path[] {gitDir, common}) {
            Path loose = base.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return hash(Files.readString(loose, StandardCharsets.UTF_8).trim());
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return hash(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }

    /** A linked worktree keeps its refs in the main repository, named by its {@code commondir} file. */
    private static Path commonDir(Path gitDir) throws IOException {
        Path pointer = gitDir.resolve("commondir");
        return Files.isRegularFile(pointer)
                ? gitDir.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim()).normalize() : gitDir;
    }

    private static Optional<String> hash(String text) {
        return HASH.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
