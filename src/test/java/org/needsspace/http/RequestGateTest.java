package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Response;
import org.junit.jupiter.api.Test;

class RequestGateTest {

    private final RequestGate gate = new RequestGate(ServeLimits.defaults(), () -> 0);

    private static Response responseWith(HttpFields.Mutable headers) {
        Response response = mock(Response.class);
        when(response.getHeaders()).thenReturn(headers);
        return response;
    }

    @Test
    void answersKeepTheConnectionUntilTheStopBeginsAndCloseItAfter() {
        HttpFields.Mutable running = HttpFields.build();
        gate.closeConnectionIfStopping(responseWith(running));
        assertNull(running.get("Connection"));

        gate.beginStopping();
        HttpFields.Mutable stopping = HttpFields.build();
        stopping.put("Connection", "keep-alive");
        gate.closeConnectionIfStopping(responseWith(stopping));

        assertEquals("close", stopping.get("Connection"));
        assertEquals(1, stopping.getValuesList("Connection").size());
    }
}
