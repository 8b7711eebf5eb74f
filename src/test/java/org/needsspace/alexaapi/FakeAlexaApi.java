package org.needsspace.alexaapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Alexa's reminder and settings APIs as a real HTTP server on a free loopback port, for the request's
 * {@code apiEndpoint} to point at. It checks the bearer token, the paths and every reminder's JSON (trigger type,
 * daily recurrence, the device's time zone, the locale, the text's length), keeps the reminders it accepted, and can
 * be told to answer 401, 403 (the reminder limit), 429, 500, or not at all.
 */
public final class FakeAlexaApi implements AutoCloseable {

    public enum Mode { OK, UNAUTHORIZED, MAX_REMINDERS, TOO_MANY_REQUESTS, SERVER_ERROR, HANG }

    public static final String TOKEN = "api-token-for-this-request";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REMINDERS = "/v1/alerts/reminders";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Map<String, String> zones = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> reminders = new ConcurrentHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Mode mode = Mode.OK;

    public FakeAlexaApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeAlexaApi device(String deviceId, String zone) {
        zones.put(deviceId, zone);
        return this;
    }

    public void answer(Mode newMode) {
        mode = newMode;
    }

    public Map<String, JsonNode> reminders() {
        return Map.copyOf(reminders);
    }

    /** The user deleted the reminder themselves: the API no longer knows it. */
    public void deletedInTheAlexaApp(String id) {
        reminders.remove(id);
    }

    /** "POST /v1/alerts/reminders", ... in the order they came. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** What the fake found wrong with the calls it was sent; empty when every call was as Alexa wants it. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = read(exchange.getRequestBody());
            synchronized (this) {
                calls.add(method + " " + path);
            }
            if (mode == Mode.HANG) {
                released.await(30, TimeUnit.SECONDS);
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                problem("no bearer token on " + method + " " + path);
                send(exchange, 401, "{\"code\":\"UNAUTHORIZED\"}");
                return;
            }
            switch (mode) {
                case UNAUTHORIZED -> send(exchange, 401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"no permission\"}");
                case MAX_REMINDERS -> send(exchange, 403,
                        "{\"code\":\"MAX_REMINDERS_EXCEEDED\",\"message\":\"too many reminders\"}");
                case TOO_MANY_REQUESTS -> send(exchange, 429, "{\"code\":\"TOO_MANY_REQUESTS\"}");
                case SERVER_ERROR -> send(exchange, 500, "{\"code\":\"INTERNAL_SERVER_ERROR\"}");
                default -> route(exchange, method, path, body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        if (method.equals("GET") && path.startsWith("/v2/devices/") && path.endsWith("/settings/System.timeZone")) {
            String device = path.substring("/v2/devices/".length(), path.length() - "/settings/System.timeZone".length());
            String zone = zones.get(device);
            if (zone == null) {
                send(exchange, 404, "{\"code\":\"DEVICE_NOT_FOUND\"}");
            } else {
                send(exchange, 200, JSON.writeValueAsString(zone));
            }
        } else if (method.equals("POST") && path.equals(REMINDERS)) {
            JsonNode reminder = JSON.readTree(body);
            checkReminder(reminder);
            String id = "amzn1.alert.reminder." + ids.incrementAndGet();
            reminders.put(id, reminder);
            send(exchange, 201, "{\"alertToken\":\"" + id + "\",\"status\":\"ON\",\"version\":\"1\"}");
        } else if (path.startsWith(REMINDERS + "/")) {
            String id = path.substring(REMINDERS.length() + 1);
            if (!reminders.containsKey(id)) {
                send(exchange, 404, "{\"code\":\"NOT_FOUND\"}");
            } else if (method.equals("PUT")) {
                JsonNode reminder = JSON.readTree(body);
                checkReminder(reminder);
                reminders.put(id, reminder);
                send(exchange, 200, "{\"alertToken\":\"" + id + "\",\"status\":\"ON\",\"version\":\"2\"}");
            } else if (method.equals("DELETE")) {
                reminders.remove(id);
                send(exchange, 200, "");
            } else {
                send(exchange, 405, "");
            }
        } else {
            problem("unexpected call " + method + " " + path);
            send(exchange, 404, "{}");
        }
    }

    private void checkReminder(JsonNode reminder) {
        JsonNode trigger = reminder.path("trigger");
        if (!"SCHEDULED_ABSOLUTE".equals(trigger.path("type").asText())) {
            problem("trigger type " + trigger.path("type"));
        }
        if (!zones.containsValue(trigger.path("timeZoneId").asText())) {
            problem("time zone " + trigger.path("timeZoneId") + " is no device's zone");
        }
        JsonNode rules = trigger.path("recurrence").path("recurrenceRules");
        if (rules.size() != 1 || !rules.get(0).asText().startsWith("FREQ=DAILY;")) {
            problem("not a daily recurrence: " + trigger.path("recurrence"));
        }
        if (trigger.path("recurrence").path("startDateTime").asText().isEmpty()) {
            problem("no start of the recurrence");
        }
        JsonNode content = reminder.path("alertInfo").path("spokenInfo").path("content");
        if (content.size() != 1 || content.get(0).path("locale").asText().isEmpty()) {
            problem("spoken content without a locale: " + content);
        }
        int length = content.path(0).path("text").asText().length();
        if (length == 0 || length > DailyReminderRequest.MAX_TEXT_LENGTH) {
            problem("reminder text of " + length + " characters");
        }
    }

    private synchronized void problem(String what) {
        problems.add(what);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
