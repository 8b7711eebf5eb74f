package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.Test;

class RequestGateTest {

    private final RequestGate gate = new RequestGate(ServeLimits.defaults(), () -> 0);

    private static HttpExchange exchangeWith(Headers responseHeaders) {
        HttpExchange exchange = mock(HttpExchange.class);
        when(exchange.getResponseHeaders()).thenReturn(responseHeaders);
        return exchange;
    }

    @Test
    void answersKeepTheConnectionUntilTheStopBeginsAndCloseItAfter() {
        Headers running = new Headers();
        gate.closeConnectionIfStopping(exchangeWith(running));
        assertNull(running.getFirst("Connection"));

        gate.beginStopping();
        Headers stopping = new Headers();
        stopping.set("Connection", "keep-alive");
        gate.closeConnectionIfStopping(exchangeWith(stopping));

        assertEquals("close", stopping.getFirst("Connection"));
        assertEquals(1, stopping.get("Connection").size());
    }
}
