package app.debrief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the packaged jar in its own process, its output captured to a file. */
final class JarRun implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Path path;
    private final Map<String, String> environment;
    private final int port;
    private Process process;
    private Path output;

    JarRun(Path path, Map<String, String> environment, int port) {
        this.path = path;
        this.environment = environment;
        this.port = port;
    }

    static JarRun start(Path jar, Path path, Map<String, String> environment) throws IOException {
        var run = new JarRun(path, environment, PackagedJarIT.freePort());
        run.launch(jar);
        return run;
    }

    int port() {
        return port;
    }

    private void launch(Path jar) throws IOException {
        output = Files.createTempFile(Path.of("target").toAbsolutePath(), "jar-run-", ".log");
        // the temporary folder of this test JVM: the checkout, and so the data folders, may be under /tmp
        var builder = new ProcessBuilder(JAVA, "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-jar",
                jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        configure(builder.environment());
        process = builder.start();
    }

    private void configure(Map<String, String> target) {
        var values = new HashMap<String, String>();
        values.put("PATH", path.toString());
        values.put("HOME", System.getProperty("user.home"));
        if (port != 0) {
            values.put("PORT", String.valueOf(port));
        }
        values.putAll(environment);
        target.clear();
        target.putAll(values);
    }

    String awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String log = log();
            if (log.contains("Debrief is ready at")) {
                return log;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Debrief stopped before it was ready:\n" + log);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Debrief was not ready within " + READY_TIMEOUT + ":\n" + log());
    }

    String runToFailure(Path jar) throws Exception {
        launch(jar);
        if (!process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Debrief kept running with a bad configuration:\n" + log());
        }
        if (process.exitValue() == 0) {
            throw new AssertionError("Debrief exited 0 with a bad configuration:\n" + log());
        }
        return log();
    }

    String shell(String command) throws Exception {
        var builder = new ProcessBuilder(path.resolve("sh").toString(), "-c", command).redirectErrorStream(true);
        configure(builder.environment());
        var shell = builder.start();
        String text = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        shell.waitFor();
        return text;
    }

    String log() throws IOException {
        return Files.readString(output);
    }

    /** Stops the jar as a service manager would, with SIGTERM, and waits for a clean exit. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Debrief did not stop within a minute of SIGTERM");
            }
        }
    }

}
