package dev.kiln.serve.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and its answer. A handler sets header fields, then answers once: {@link #send}
 * with a whole body (HEAD gets the same head without it), or {@link #openStream} for an answer
 * of no known length, such as an event stream, which ends its connection when it ends.
 */
public final class Exchange {
    /** A stream's writer (live reload's broadcast) serves every open page in turn: a reader that stalls is dropped soon. */
    static final long STREAM_WRITE_MILLIS = 2000;
    /** HTTP dates as RFC 9110 writes them: two-digit day, GMT. */
    public static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Request request;
    private final Connection connection;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean answered;
    private boolean keepAlive;

    Exchange(Request request, Connection connection) {
        this.request = request;
        this.connection = connection;
        this.keepAlive = request.keepAlive();
    }

    public Request request() {
        return request;
    }

    /** Sets a header field of the answer; a later value replaces an earlier one. */
    public Exchange header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Answers with {@code body}: its length is announced, and for HEAD only the head is sent. */
    public void send(int status, byte[] body) throws IOException {
        boolean noBody = status == 304 || status == 204;
        if (!noBody) headers.put("Content-Length", String.valueOf(body.length));
        byte[] head = head(status);
        boolean withBody = !noBody && !request.isHead();
        ByteBuffer out = ByteBuffer.allocate(head.length + (withBody ? body.length : 0));
        out.put(head);
        if (withBody) out.put(body);
        connection.write(out.flip()); // one write: the head and a small body travel in one packet
    }

    /** Answers with a body written as it comes; the connection closes after it. For HEAD the stream discards what is written. */
    public OutputStream openStream(int status) throws IOException {
        keepAlive = false;
        headers.remove("Content-Length");
        connection.write(ByteBuffer.wrap(head(status)));
        if (request.isHead()) return OutputStream.nullOutputStream();
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                connection.write(ByteBuffer.wrap(b, off, len), STREAM_WRITE_MILLIS);
            }
        };
    }

    /** Answers a refusal in plain text: {@code 404 not found}. */
    public void sendText(int status, String message) throws IOException {
        header("Content-Type", "text/plain; charset=utf-8");
        send(status, textBody(status, message));
    }

    boolean answered() {
        return answered;
    }

    /** Whether the connection may carry the next request once this answer is out. */
    boolean keepAlive() {
        return keepAlive;
    }

    private byte[] head(int status) {
        if (answered) throw new IllegalStateException("this request was already answered");
        answered = true;
        StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        h.append("Date: ").append(HTTP_DATE.format(java.time.Instant.now())).append("\r\n");
        if (!keepAlive) h.append("Connection: close\r\n");
        else if (request.version().equals("HTTP/1.0")) h.append("Connection: keep-alive\r\n"); // else 1.0 clients wait for the close
        for (Map.Entry<String, String> e : headers.entrySet()) h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
        return h.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The head of a refusal sent before any handler runs, by the selector thread. */
    static byte[] refusal(int status, String message) {
        byte[] body = textBody(status, message);
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static byte[] textBody(int status, String message) {
        return (status + " " + message + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 414 -> "URI Too Long";
            case 416 -> "Range Not Satisfiable";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status";
        };
    }
}
