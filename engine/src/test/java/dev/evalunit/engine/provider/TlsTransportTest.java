package dev.evalunit.engine.provider;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.evalunit.engine.testing.WireFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls over {@code https}: the HTTP client sets TLS up on its first {@code https} connection from the JVM's
 * default context, so a trust store given the usual way ({@code javax.net.ssl.trustStore}) is honoured, plain and
 * streamed, and a server it does not trust fails the call with the reason. Each call runs in a JVM of its own
 * ({@link TlsCallMain}), as the default context is built once per JVM; the server's certificate is made here by
 * {@code keytool} for {@code localhost} and {@code 127.0.0.1}.
 */
class TlsTransportTest {

    private static final String PASSWORD = "evalunit-test";

    @TempDir
    Path temp;
    private Path keyStore;
    private WireMockServer server;

    @BeforeEach
    void start() throws Exception {
        keyStore = temp.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        server = new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).httpsPort(0)
                .keystorePath(keyStore.toString()).keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)
                .keystoreType("PKCS12"));
        server.start();
        server.stubFor(post("/v1/chat/completions").withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", WireFormats.SSE)
                        .withBody(WireFormats.openAiStream("over", " tls"))));
        server.stubFor(post("/v1/chat/completions").atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(WireFormats.openAi("over tls"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aTrustStoreGivenTheUsualWayIsHonouredPlainAndStreamed() throws Exception {
        List<String> trust = List.of("-Djavax.net.ssl.trustStore=" + keyStore,
                "-Djavax.net.ssl.trustStorePassword=" + PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12");

        assertThat(call(trust, "localhost", false)).isEqualTo("answer: over tls");
        assertThat(call(trust, "127.0.0.1", true)).isEqualTo("answer: over tls");
    }

    @Test
    void aServerTheJvmDoesNotTrustFailsTheCallWithTheReason() throws Exception {
        assertThat(call(List.of(), "localhost", false)).startsWith("failure: ")
                .contains("unable to find valid certification path");
    }

    /** The line {@link TlsCallMain} printed for one call to the server under {@code host}. */
    private String call(List<String> jvmOptions, String host, boolean stream) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")), TlsCallMain.class.getName(),
                "https://" + host + ":" + server.httpsPort() + "/v1", Boolean.toString(stream)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return output.lines().filter(line -> line.startsWith("answer: ") || line.startsWith("failure: "))
                .findFirst().orElse(output);
    }
}
