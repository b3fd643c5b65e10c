package cn.gongzhuling.academy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts ONE Payara Micro with the real WAR for all browser test classes of the JVM, on a free
 * port with a fresh data directory (so the demo data is freshly seeded), and stops it when the
 * JVM's tests are done. Its console output goes to target/payara-browser-tests.log.
 *
 * <p>Use with {@code @ExtendWith(AppServer.class)} and a {@link Running} parameter.
 */
public final class AppServer implements BeforeAllCallback, ParameterResolver {

    private static final Logger LOG = Logger.getLogger(AppServer.class.getName());
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AppServer.class);
    private static final Set<Integer> TAKEN_BY_OTHERS = Set.of(8080, 8181);
    /** About 25 s on an idle 2-core machine; several minutes when other builds share the machine. */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("academy.browser.startTimeoutSeconds", 600));

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    private static Running running(ExtensionContext context) {
        // The root store lives as long as the JVM's test run and closes the server at its end.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, k -> start(), Running.class);
    }

    private static Running start() {
        Path jar = existing("payara.microJar");
        Path war = existing("app.war");
        Path build = Path.of(System.getProperty("academy.build.dir", "target")).toAbsolutePath();
        try {
            Files.createDirectories(build);
            Path dataDir = Files.createTempDirectory(build, "browser-data-");
            Path log = build.resolve("payara-browser-tests.log");
            int port = freePort();
            String baseUrl = "http://localhost:" + port;
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dapp.data.dir=" + dataDir,
                    "-Dapp.public-url=" + baseUrl + "/",
                    // the tests walk the small hand-made demo; the year of report history would change their counts
                    "-Dapp.demo.history=false",
                    "-jar", jar.toString(),
                    "--deploy", war.toString(),
                    "--contextroot", "/",
                    "--port", String.valueOf(port),
                    "--nocluster");
            Files.writeString(log, String.join(" ", command) + "\n\n", StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Running running = new Running(process, baseUrl, dataDir, log);
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "stop-payara-for-browser-tests"));
            running.awaitReady();
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro for the browser tests", e);
        }
    }

    private static Path existing(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file (got "
                    + value + "); run the tests with mvn verify, which builds and copies it");
        }
        return Path.of(value).toAbsolutePath();
    }

    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                if (!TAKEN_BY_OTHERS.contains(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    /** The running server; closed (process stopped, data deleted) at the end of the test run. */
    @SuppressWarnings("deprecation") // CloseableResource: JUnit 5.13 also closes plain AutoCloseable values
    public static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final Process process;
        private final String baseUrl;
        private final Path dataDir;
        private final Path log;
        private final AtomicBoolean closed = new AtomicBoolean();

        Running(Process process, String baseUrl, Path dataDir, Path log) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.dataDir = dataDir;
            this.log = log;
        }

        /** Absolute URL of a path such as "/login.xhtml". */
        public String url(String path) {
            return baseUrl + path;
        }

        public Path log() {
            return log;
        }

        void awaitReady() {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest probe = HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                    .timeout(Duration.ofSeconds(60)).build(); // the first page can take long on a busy machine
            Instant started = Instant.now();
            Instant deadline = started.plus(START_TIMEOUT);
            String lastAnswer = "no answer yet";
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with " + process.exitValue()
                            + " before answering; see " + log + "\n" + tail());
                }
                try {
                    int status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        LOG.info(() -> "Payara Micro for browser tests ready at " + baseUrl + " after "
                                + Duration.between(started, Instant.now()).toSeconds() + " s; log: " + log);
                        return;
                    }
                    lastAnswer = "HTTP " + status;
                } catch (IOException e) {
                    lastAnswer = e.toString(); // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                sleep(500);
            }
            close();
            throw new IllegalStateException("Payara Micro did not answer GET " + url("/login.xhtml") + " with 200 within "
                    + START_TIMEOUT.toSeconds() + " s (last: " + lastAnswer + "); see " + log + "\n" + tail());
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            deleteTree(dataDir);
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(log unreadable: " + e + ")";
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warning(() -> "could not delete " + root + ": " + e);
        }
    }
}
