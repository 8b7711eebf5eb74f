package org.needsspace.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body without holding a thread while the client sends it: Jetty calls back as bytes arrive.
 * A body larger than the limit is read on and dropped, up to a cap, so that the client, still sending, gets the
 * refusal rather than a reset connection; past the cap the connection is closed once the refusal is written.
 */
final class RequestBody {

    /** What reading gave: the whole body, or the news that it is too large, or why it could not be read. */
    sealed interface Outcome {
    }

    record Read(byte[] bytes) implements Outcome {
    }

    record TooLarge() implements Outcome {
    }

    record Failed(Throwable cause) implements Outcome {
    }

    private final Request request;
    private final int maxBytes;
    private final long dropAtMostBytes;
    private final Consumer<Outcome> then;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long dropped;

    private RequestBody(Request request, int maxBytes, long dropAtMostBytes, Consumer<Outcome> then) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.dropAtMostBytes = dropAtMostBytes;
        this.then = then;
    }

    /**
     * Reads the body, then hands what it gave to {@code then}: on this thread when the body has already arrived,
     * otherwise on one of the server's threads, which may block.
     */
    static void read(Request request, int maxBytes, long dropAtMostBytes, Consumer<Outcome> then) {
        new RequestBody(request, maxBytes, dropAtMostBytes, then).readAvailable();
    }

    private void readAvailable() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this::readAvailable);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                then.accept(new Failed(chunk.getFailure()));
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            if (dropped == 0 && bytes.size() + buffer.remaining() <= maxBytes) {
                byte[] piece = new byte[buffer.remaining()];
                buffer.get(piece);
                bytes.writeBytes(piece);
            } else {
                dropped += bytes.size() + buffer.remaining();
                bytes.reset();
            }
            chunk.release();
            if (chunk.isLast() || dropped > dropAtMostBytes) {
                then.accept(dropped > 0 ? new TooLarge() : new Read(bytes.toByteArray()));
                return;
            }
        }
    }
}
