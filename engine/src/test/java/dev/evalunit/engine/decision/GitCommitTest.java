package dev.evalunit.engine.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commit is read from repository files: loose refs, packed refs, detached heads and linked worktrees. */
class GitCommitTest {

    private static final String A = "1111111111111111111111111111111111111111";
    private static final String B = "2222222222222222222222222222222222222222";

    @TempDir
    Path repo;

    @Test
    void aBranchHeadIsReadFromItsLooseRefFromASubdirectory() throws IOException {
        Files.createDirectories(repo.resolve(".git/refs/heads"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repo.resolve(".git/refs/heads/main"), A + "\n");

        assertThat(GitCommit.of(Files.createDirectories(repo.resolve("module/src")))).contains(A);
    }

    @Test
    void aPackedRefAndADetachedHeadAreRead() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/release\n");
        Files.writeString(repo.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + B + " refs/heads/release\n");
        assertThat(GitCommit.of(repo)).contains(B);

        Files.writeString(repo.resolve(".git/HEAD"), A + "\n");
        assertThat(GitCommit.of(repo)).contains(A);
    }

    @Test
    void aLinkedWorktreeFindsItsRefInTheMainRepository() throws IOException {
        Path main = Files.createDirectories(repo.resolve("main/.git/refs/heads"));
        Path worktreeGit = Files.createDirectories(repo.resolve("main/.git/worktrees/feature"));
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Files.writeString(main.resolve("feature"), B + "\n");
        Path checkout = Files.createDirectories(repo.resolve("feature"));
        Files.writeString(checkout.resolve(".git"), "gitdir: " + worktreeGit + "\n");

        assertThat(GitCommit.of(checkout)).contains(B);
    }

    @Test
    void noRepositoryOrAnUnreadableHeadMeansUnknown() throws IOException {
        assertThat(GitCommit.of(repo)).isEmpty();
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/missing\n");
        assertThat(GitCommit.of(repo)).isEmpty();
    }
}
