package dev.kiln.serve.http;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * One client's socket. The selector thread reads request heads into {@link #in}; a worker thread
 * writes the answer. The channel stays non-blocking throughout, so a write that finds the
 * client's window full waits on a selector of the writing thread's own, for at most the write
 * time limit: a client that stops reading cannot hold a thread for ever.
 */
final class Connection {
    private static final ThreadLocal<Selector> WRITE_WAIT = ThreadLocal.withInitial(() -> {
        try {
            return Selector.open();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    });

    final SocketChannel channel;
    /** Bytes read and not yet parsed, in write mode between reads. */
    final ByteBuffer in = ByteBuffer.allocate(RequestParser.MAX_HEAD + 2);
    /** When the selector thread gives up on this connection: the idle limit, or the head's time limit once its first byte is in. */
    long deadline;
    /** Whether a worker owns the connection (it is answering a request), so the selector leaves it alone. */
    volatile boolean busy;
    /** Set by the worker: whether the answer left the connection fit for another request. */
    volatile boolean reusable;
    /** Set by the selector thread once it has closed and uncounted the connection. */
    boolean dropped;
    private final long writeTimeoutMillis;

    Connection(SocketChannel channel, long writeTimeoutMillis) throws IOException {
        this.channel = channel;
        this.writeTimeoutMillis = writeTimeoutMillis;
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    }

    /** Writes all of {@code data}, or fails after the write time limit passes with no progress. */
    void write(ByteBuffer data) throws IOException {
        write(data, writeTimeoutMillis);
    }

    /** As {@link #write(ByteBuffer)}, with its own limit: an event stream gives a stalled reader less time than a page. */
    void write(ByteBuffer data, long timeoutMillis) throws IOException {
        while (data.hasRemaining()) {
            if (channel.write(data) > 0) continue;
            Selector waiter = WRITE_WAIT.get();
            SelectionKey key = channel.register(waiter, SelectionKey.OP_WRITE);
            try {
                if (waiter.select(timeoutMillis) == 0) throw new IOException("the client stopped reading for " + timeoutMillis + " ms");
            } finally {
                key.cancel();
                waiter.selectNow(); // forget the cancelled key, so the channel can register again
            }
        }
    }

    /** Closes the calling thread's write selector, if it opened one: a selector holds file descriptors until closed. */
    static void releaseThreadSelector() {
        try {
            WRITE_WAIT.get().close();
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // nothing more to free
        }
        WRITE_WAIT.remove();
    }

    /** A short answer written only if the socket takes it at once: for refusals sent from the selector thread. */
    void writeIfRoom(byte[] data) {
        try {
            channel.write(ByteBuffer.wrap(data));
        } catch (IOException ignored) {
            // the client is gone; nothing to tell it
        }
    }

    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket whose peer vanished
        }
    }
}
