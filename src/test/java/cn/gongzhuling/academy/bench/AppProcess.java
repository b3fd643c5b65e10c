package cn.gongzhuling.academy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Payara Micro started as the run profile starts it (java -jar payara-micro.jar --deploy ...
 * --nocluster), timed from process start to the first HTTP 200 of a probe path, and measured
 * (RSS from /proc, heap after a full GC with jcmd) while it runs. Stopped by its own process id.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("is ready \\((\\d+) ms\\)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final Path log;
    private final long startMillis;

    private AppProcess(Process process, Path log, long startMillis) {
        this.process = process;
        this.log = log;
        this.startMillis = startMillis;
    }

    /** Payara Micro sometimes fails to deploy on a loaded machine (JACC policy provider, null context class loader). */
    static final class DeployFailed extends IllegalStateException {
        DeployFailed(String message) {
            super(message);
        }
    }

    /** Starts Payara Micro with the WAR, retrying (up to three times) when the deployment itself failed. */
    static AppProcess start(Path payaraJar, Path war, int port, Map<String, String> systemProperties, Path log,
                            String probe, Duration timeout, Runnable beforeRetry) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(payaraJar, war, port, systemProperties, log, probe, timeout);
            } catch (DeployFailed e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.println("[bench] " + e.getMessage() + "; starting again");
                Files.copy(log, log.resolveSibling(log.getFileName() + ".failed-" + attempt),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                beforeRetry.run();
            }
        }
    }

    /** Starts Payara Micro with the WAR and waits until {@code probe} answers 200. */
    static AppProcess startOnce(Path payaraJar, Path war, int port, Map<String, String> systemProperties, Path log,
                            String probe, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", payaraJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster"));
        Files.createDirectories(log.getParent());
        Files.writeString(log, String.join(" ", command) + "\n\n", StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe))
                .timeout(Duration.ofSeconds(20)).build();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            if (Files.readString(log, StandardCharsets.UTF_8).contains("Exception while deploying the app")) {
                stop(process);
                throw new DeployFailed("Payara Micro failed to deploy " + war.getFileName() + " (see " + log + ")");
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new AppProcess(process, log, (System.nanoTime() - started) / 1_000_000);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro did not answer " + probe + " within " + timeout + "; see " + log);
    }

    /** Process start to first 200, in ms. */
    long startMillis() {
        return startMillis;
    }

    /** The app's own start-up work (migrations, seed, course import) as its banner reports it, or -1. */
    long appReadyMillis() throws IOException {
        Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in MB (Linux /proc), or -1. */
    long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** Heap in use after a full GC (jcmd GC.run, then GC.heap_info), in MB, or -1. */
    long heapAfterGcMegabytes() {
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            run(jcmd, String.valueOf(process.pid()), "GC.run");
            Matcher m = HEAP_USED.matcher(run(jcmd, String.valueOf(process.pid()), "GC.heap_info"));
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
