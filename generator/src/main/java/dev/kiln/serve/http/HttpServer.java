package dev.kiln.serve.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server for the author's own machine. One selector thread accepts connections
 * and reads request heads, so idle keep-alive connections and slow clients hold no thread; a
 * bounded pool answers whole heads. It replaced the JDK's {@code com.sun.net.httpserver}, whose
 * parser gives no answer at all to a bare-LF request or TLS bytes, only silence until a timeout.
 *
 * <p>Limits: {@value #MAX_CONNECTIONS} open connections, {@value #MAX_WORKERS} requests answered
 * at once (event streams included), a head must arrive whole within the request time once it has
 * begun, an idle connection closes after {@value #IDLE_SECONDS} s, and a client that stops
 * reading an answer is dropped after the request time.
 */
public final class HttpServer implements AutoCloseable {
    public static final int MAX_CONNECTIONS = 1000;
    public static final int MAX_WORKERS = 256;
    public static final int IDLE_SECONDS = 30;

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Handler handler;
    private final long requestMillis;
    private final ThreadPoolExecutor workers;
    /** Connections whose answer is out and which may carry another request: the selector thread takes them back. */
    private final ConcurrentLinkedQueue<Connection> returned = new ConcurrentLinkedQueue<>();
    private final Thread loop;
    private volatile boolean running = true;
    private int open;

    /** Binds {@code address} (port 0: any free port) and starts serving. */
    public HttpServer(InetSocketAddress address, Handler handler, java.time.Duration requestTime) throws IOException {
        this.handler = handler;
        this.requestMillis = requestTime.toMillis();
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        try {
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(address, 256);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(2, MAX_WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Runnable releasing = () -> {
                try {
                    r.run();
                } finally {
                    Connection.releaseThreadSelector(); // a pool thread that ends frees its write selector
                }
            };
            Thread t = new Thread(releasing, "kiln-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        loop = new Thread(this::run, "kiln-http-selector");
        loop.setDaemon(true);
        loop.start();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.socket().getLocalSocketAddress();
    }

    private void run() {
        while (running) {
            try {
                selector.select(250);
            } catch (IOException | RuntimeException e) {
                if (running) System.err.println("kiln serve: " + e);
                continue;
            }
            long now = System.nanoTime() / 1_000_000; // deadlines on the monotonic clock: a clock step must not expire them
            Connection back;
            while ((back = returned.poll()) != null) resume(back, now);
            java.util.Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                try {
                    if (!key.isValid()) continue;
                    if (key.isAcceptable()) accept(key, now);
                    else if (key.isReadable() && key.attachment() instanceof Connection c) read(key, c, now);
                } catch (RuntimeException e) { // one connection's trouble must not stop the server
                    if (running) System.err.println("kiln serve: " + e);
                    if (key.attachment() instanceof Connection c && !c.busy) drop(c);
                }
            }
            if (acceptPausedUntil != 0 && now >= acceptPausedUntil) {
                acceptPausedUntil = 0;
                listener.keyFor(selector).interestOps(SelectionKey.OP_ACCEPT);
            }
            expire(now);
        }
    }

    /** When accepting failed (out of file descriptors): accepting waits a moment, while idle connections expire and free some. */
    private long acceptPausedUntil;

    private void accept(SelectionKey key, long now) {
        while (true) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                System.err.println("kiln serve: cannot accept a connection: " + e.getMessage());
                key.interestOps(0);
                acceptPausedUntil = now + 200;
                return;
            }
            if (channel == null) return;
            Connection c;
            try {
                c = new Connection(channel, requestMillis);
            } catch (IOException e) { // the client reset before it was set up
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // gone
                }
                continue;
            }
            if (open >= MAX_CONNECTIONS) {
                c.writeIfRoom(Exchange.refusal(503, "too many connections; try again"));
                c.close();
                continue;
            }
            open++;
            c.deadline = now + IDLE_SECONDS * 1000L;
            try {
                channel.register(selector, SelectionKey.OP_READ, c);
            } catch (IOException e) {
                open--;
                c.close();
            }
        }
    }

    private void read(SelectionKey key, Connection c, long now) {
        if (c.busy) return; // a worker owns it; a stale readiness must not start a second answer
        int n;
        try {
            boolean wasEmpty = c.in.position() == 0;
            n = c.channel.read(c.in);
            if (n > 0 && wasEmpty) c.deadline = now + requestMillis; // the head has begun: it must be whole in time
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            drop(c);
            return;
        }
        tryRequest(key, c);
    }

    /** Parses what {@code c} has buffered: answers a whole head, refuses a bad one, or waits for more. */
    private void tryRequest(SelectionKey key, Connection c) {
        c.in.flip();
        Request request;
        try {
            request = RequestParser.parse(c.in);
        } catch (BadRequest e) {
            c.writeIfRoom(Exchange.refusal(e.status, e.getMessage()));
            drop(c);
            return;
        }
        c.in.compact();
        if (request == null) {
            if (!c.in.hasRemaining()) { // the buffer is full and the head still has no end
                c.writeIfRoom(Exchange.refusal(431, "the request head is larger than " + RequestParser.MAX_HEAD + " bytes"));
                drop(c);
            }
            return;
        }
        key.interestOps(0);
        c.busy = true;
        try {
            workers.execute(() -> answer(c, request));
        } catch (RejectedExecutionException e) {
            c.writeIfRoom(Exchange.refusal(503, "too many requests at once; try again"));
            drop(c);
        }
    }

    private void answer(Connection c, Request request) {
        Exchange exchange = new Exchange(request, c);
        c.reusable = false;
        try {
            handler.handle(exchange);
            if (!exchange.answered()) exchange.sendText(500, "the server gave no answer");
            c.reusable = exchange.keepAlive();
        } catch (IOException e) {
            // the client went away, or stopped reading
        } catch (RuntimeException e) {
            System.err.println("kiln serve: internal error answering " + request.target() + ": " + e);
            if (!exchange.answered()) {
                try {
                    exchange.sendText(500, "internal error; see the terminal");
                } catch (IOException ignored) {
                    // the client is gone too
                }
            }
        } finally {
            returned.add(c); // the selector thread closes it or reads the next request: it alone keeps the books
            selector.wakeup();
        }
    }

    /** Takes back a connection after its answer: a pipelined request already buffered is parsed at once. */
    private void resume(Connection c, long now) {
        SelectionKey key = c.channel.keyFor(selector);
        if (!c.reusable || !running || key == null || !key.isValid()) {
            drop(c);
            return;
        }
        c.busy = false;
        c.deadline = now + (c.in.position() > 0 ? requestMillis : IDLE_SECONDS * 1000L);
        key.interestOps(SelectionKey.OP_READ);
        if (c.in.position() > 0) tryRequest(key, c);
    }

    /** Closes connections past their deadline: a head still incomplete is told 408 first. */
    private void expire(long now) {
        for (SelectionKey key : selector.keys()) {
            if (!(key.attachment() instanceof Connection c) || c.busy || now < c.deadline) continue;
            if (c.in.position() > 0) c.writeIfRoom(Exchange.refusal(408, "the request did not arrive whole within " + requestMillis / 1000 + " s"));
            drop(c);
        }
    }

    private void drop(Connection c) {
        if (c.dropped) return;
        c.dropped = true;
        SelectionKey key = c.channel.keyFor(selector);
        if (key != null) key.cancel();
        c.close();
        open--;
    }

    /** Stops accepting, closes every connection, and ends the threads; open streams fail their next write. */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) if (key.attachment() instanceof Connection c) c.close();
        try {
            listener.close();
            selector.close();
        } catch (IOException ignored) {
            // closing
        }
        workers.shutdownNow();
    }
}
