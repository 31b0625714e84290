package dev.kiln.serve.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request-head parser on its own: what it accepts, what it refuses, and that it judges bytes as they arrive. */
class RequestParserTest {
    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aBrowserHeadIsRead() throws BadRequest {
        ByteBuffer in = bytes("GET /a%20b.html?x=1 HTTP/1.1\r\nHost: localhost:8000\r\nAccept:text/html\r\nX-Two: a\r\nx-two: b\r\n\r\nNEXT");
        Request r = RequestParser.parse(in);
        assertNotNull(r);
        assertEquals("GET", r.method());
        assertEquals("/a%20b.html", r.rawPath());
        assertEquals("localhost:8000", r.host());
        assertEquals("text/html", r.header("ACCEPT"));
        assertEquals(java.util.List.of("a", "b"), r.headers().get("x-two"));
        assertEquals('N', in.get(in.position()), "the position stops after the head: a pipelined request follows");
        assertEquals(true, r.keepAlive());
    }

    @Test
    void anAbsoluteTargetNamesItsHost() throws BadRequest {
        Request r = RequestParser.parse(bytes("GET http://127.0.0.1:8000/p.html?q HTTP/1.1\r\nHost: evil.example\r\n\r\n"));
        assertEquals("127.0.0.1:8000", r.host());
        assertEquals("/p.html", r.rawPath());
    }

    @Test
    void anAbsoluteTargetEndsItsAuthorityAtAQueryToo() throws BadRequest {
        Request r = RequestParser.parse(bytes("GET http://localhost:8080?x=/a HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        assertEquals("localhost:8080", r.host());
        assertEquals("/", r.rawPath());
    }

    /** A client that ends a request with an extra CRLF leaves only that behind: it is consumed, so the connection counts as idle. */
    @Test
    void emptyLinesBeforeARequestAreConsumed() throws BadRequest {
        ByteBuffer in = bytes("\r\n\r\n");
        assertNull(RequestParser.parse(in));
        assertEquals(4, in.position());
    }

    @Test
    void httpDatesHaveTwoDigitDays() {
        assertEquals("Tue, 03 Jun 2025 07:08:09 GMT", Exchange.HTTP_DATE.format(java.time.Instant.parse("2025-06-03T07:08:09Z")));
    }

    /** Fed one byte at a time, as a slow client sends it: incomplete until the last byte, the same request then. */
    @Test
    void aHeadArrivingByteByByteIsReadOnceWhole() throws BadRequest {
        byte[] all = "GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        for (int n = 1; n < all.length; n++) assertNull(RequestParser.parse(ByteBuffer.wrap(all, 0, n)), n + " bytes");
        Request r = RequestParser.parse(ByteBuffer.wrap(all));
        assertEquals("HTTP/1.0", r.version());
        assertEquals(true, r.keepAlive());
    }

    /** These are refused from their first bad byte, before any end of head arrives: no waiting for a timeout. */
    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/1.1\n", "\u0016\u0003\u0001", "GET / HTTP/1.1\rX", "\u0001\u0002", "GET /\u00e9"})
    void badBytesAreRefusedBeforeTheHeadEnds(String start) {
        assertEquals(400, assertThrows(BadRequest.class, () -> RequestParser.parse(bytes(start))).status);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET  /x HTTP/1.1", "GET /x", "GET /x HTTP/1.1 extra", "G(T /x HTTP/1.1", "GET x HTTP/1.1", "GET /x HTTPS/1.1",
    })
    void malformedRequestLinesAre400(String line) {
        assertEquals(400, assertThrows(BadRequest.class, () -> RequestParser.parse(bytes(line + "\r\nHost: h\r\n\r\n"))).status);
    }

    @Test
    void limitsHaveTheirOwnStatus() {
        assertEquals(505, assertThrows(BadRequest.class, () -> RequestParser.parse(bytes("GET / HTTP/2.0\r\nHost: h\r\n\r\n"))).status);
        assertEquals(414, assertThrows(BadRequest.class, () -> RequestParser.parse(bytes("GET /" + "a".repeat(9000)))).status);
        assertEquals(431, assertThrows(BadRequest.class,
                () -> RequestParser.parse(bytes("GET / HTTP/1.1\r\nX: " + "a".repeat(17_000) + "\r\n\r\n"))).status);
        assertEquals(400, assertThrows(BadRequest.class,
                () -> RequestParser.parse(bytes("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"))).status);
    }

    @Test
    void aRequestWithABodyEndsItsConnection() throws BadRequest {
        assertEquals(false, RequestParser.parse(bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n")).keepAlive());
        assertEquals(false, RequestParser.parse(bytes("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")).keepAlive());
        assertEquals(false, RequestParser.parse(bytes("GET / HTTP/1.0\r\n\r\n")).keepAlive());
    }
}
