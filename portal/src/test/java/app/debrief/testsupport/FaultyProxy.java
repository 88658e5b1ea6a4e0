package app.debrief.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A network between the extension and the server that can misbehave: it forwards each call, and
 * can be told to drop the answer after the server has handled the call (the server committed, the
 * caller never hears of it), to be unreachable, or to be slow.
 */
public final class FaultyProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "upgrade",
            "keep-alive", "transfer-encoding", "expect", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String upstream;
    private final List<String> forwarded = new CopyOnWriteArrayList<>();
    private final List<String> dropped = new CopyOnWriteArrayList<>();
    private final List<Predicate<String>> dropOnce = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;
    private volatile long delayMillis;

    public FaultyProxy(int upstreamPort) {
        this.upstream = "http://127.0.0.1:" + upstreamPort;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next call matching ("PUT /api/v1/requests/…") reaches the server, but its answer is lost. */
    public void dropNextAnswer(Predicate<String> call) {
        dropOnce.add(call);
    }

    public void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    /** Calls the server handled, as "METHOD /path", in order. */
    public List<String> forwarded() {
        return List.copyOf(forwarded);
    }

    /** Calls whose answers were dropped. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        try (exchange; InputStream body = exchange.getRequestBody()) {
            if (!reachable) {
                return; // closed without an answer: a network error for the caller
            }
            var request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            forwarded.add(call);
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            for (Predicate<String> drop : dropOnce) {
                if (drop.test(call) && dropOnce.remove(drop)) {
                    dropped.add(call);
                    return;
                }
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
