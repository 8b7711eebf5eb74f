package org.needsspace.alexaapi;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ASK SDK's service clients' HTTP calls on the JDK's own {@link HttpClient}, not the SDK's default Apache
 * client: Apache HTTP is kept out of the Lambda jar for start-up time, and the JDK client costs nothing to ship.
 * Each call is bounded by a connect and a whole-request timeout; a call that fails or times out throws, and the
 * service client turns that into a {@code ServiceException}.
 */
public final class JdkHttpApiClient implements ApiClient {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final Duration requestTimeout;
    private final Duration connectTimeout;
    /** Built on the first call, so a SnapStart snapshot never holds its selector thread. */
    private volatile HttpClient client;

    public JdkHttpApiClient(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(request.getUrl())).timeout(requestTimeout);
        if (request.getHeaders() != null) {
            for (Pair<String, String> header : request.getHeaders()) {
                if (!RESTRICTED.contains(header.getName().toLowerCase(Locale.ROOT))) {
                    http.header(header.getName(), header.getValue());
                }
            }
        }
        HttpRequest.BodyPublisher body = request.getBody() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.getBody());
        http.method(request.getMethod(), body);
        try {
            HttpResponse<String> response = client().send(http.build(), HttpResponse.BodyHandlers.ofString());
            return toApiResponse(response);
        } catch (IOException e) {
            throw new AlexaApiUnreachable("Alexa API call failed: " + request.getMethod() + " " + path(request), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlexaApiUnreachable("Alexa API call interrupted", e);
        }
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                built = client;
            }
        }
        return built;
    }

    private static ApiClientResponse toApiResponse(HttpResponse<String> response) {
        ApiClientResponse apiResponse = new ApiClientResponse();
        apiResponse.setStatusCode(response.statusCode());
        List<Pair<String, String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(new Pair<>(name, value))));
        apiResponse.setHeaders(headers);
        apiResponse.setBody(response.body());
        return apiResponse;
    }

    /** The URL without its query, for messages: reminder ids are not secret, tokens never travel in URLs. */
    private static String path(ApiClientRequest request) {
        return URI.create(request.getUrl()).getPath();
    }

    /** The call never got an HTTP answer: refused, reset or timed out. */
    public static final class AlexaApiUnreachable extends RuntimeException {
        AlexaApiUnreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
