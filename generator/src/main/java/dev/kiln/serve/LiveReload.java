package dev.kiln.serve;

import dev.kiln.demo.engine.Json;
import dev.kiln.problem.Problem;
import dev.kiln.serve.http.Exchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Tells open pages what happened, over Server-Sent Events on {@code /_kiln/events}: {@code reload}
 * after a good build, {@code css} when only stylesheets changed (the page swaps them without
 * reloading), {@code problems} with the errors of a broken build (the page shows them over the
 * last good version). The small client script is injected into HTML as it is served.
 */
final class LiveReload {
    static final String EVENTS = "/_kiln/events";
    static final String SCRIPT = "/_kiln/live.js";
    static final String EVENTS_TYPE = "text/event-stream; charset=utf-8";

    /** An open event stream, and the latch its request thread waits on until the stream ends. */
    private record Client(OutputStream out, CountDownLatch closed) {}

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile String lastState = "";

    /** Adds the client script before {@code </body>}, tagged with the generation the page came from. */
    static byte[] inject(byte[] html, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-generation=\"" + generation + "\"></script>";
        int at = page.lastIndexOf("</body>");
        return (at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Holds an event stream open for one page, starting with what the page must know: the
     * current generation (a page from an older one reloads) and the problems of a broken build.
     * Returns when the page goes away (a write fails; the heartbeat finds out) or the server stops.
     */
    void serve(Exchange exchange, long generation) throws IOException {
        OutputStream stream = exchange.header("Content-Type", EVENTS_TYPE).header("Cache-Control", "no-store").openStream(200);
        Client client = new Client(stream, new CountDownLatch(1));
        clients.add(client);
        if (!send(client, "retry: 300\n\n" + event("hello", String.valueOf(generation)) + lastState)) return;
        try {
            client.closed().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void reload(long generation, boolean cssOnly) {
        lastState = "";
        broadcast(event(cssOnly ? "css" : "reload", String.valueOf(generation)));
    }

    void problems(List<Problem> problems) {
        StringBuilder json = new StringBuilder("[");
        for (Problem p : problems) {
            if (json.length() > 1) json.append(',');
            json.append("{\"location\":").append(Json.quote(p.location())).append(",\"message\":").append(Json.quote(p.message()))
                    .append(",\"hint\":").append(Json.quote(p.hint() == null ? "" : p.hint())).append('}');
        }
        lastState = event("problems", json.append(']').toString());
        broadcast(lastState);
    }

    /** A comment line now and then keeps proxies and the browser from closing an idle stream. */
    void heartbeat() {
        broadcast(": keep-alive\n\n");
    }

    void closeAll() {
        for (Client client : clients) drop(client);
    }

    private void broadcast(String message) {
        for (Client client : clients) send(client, message);
    }

    private boolean send(Client client, String message) {
        try {
            synchronized (client) {
                client.out().write(message.getBytes(StandardCharsets.UTF_8));
                client.out().flush();
            }
            return true;
        } catch (IOException e) {
            drop(client);
            return false;
        }
    }

    private void drop(Client client) {
        clients.remove(client);
        client.closed().countDown();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    static final String CLIENT = """
            (function () {
              "use strict";
              var me = document.currentScript, generation = me && me.getAttribute("data-generation");
              var key = "kiln-scroll:" + location.pathname;
              var saved = sessionStorage.getItem(key);
              if (saved !== null) {
                sessionStorage.removeItem(key);
                var y = Number(saved);
                window.addEventListener("load", function () { window.scrollTo(0, y); });
                if (document.readyState === "complete") window.scrollTo(0, y);
              }
              function reload() {
                sessionStorage.setItem(key, String(window.scrollY));
                location.reload();
              }
              function overlay(problems) {
                var box = document.getElementById("kiln-problems");
                if (!box) {
                  box = document.createElement("div");
                  box.id = "kiln-problems";
                  box.setAttribute("role", "alert");
                  box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;"
                    + "background:#1d1f23;color:#f5f5f5;border:2px solid #f28b82;border-radius:8px;padding:1rem 1.25rem;"
                    + "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 8px 32px rgba(0,0,0,.4);white-space:pre-wrap";
                  document.body.appendChild(box);
                }
                box.textContent = "";
                var head = document.createElement("strong");
                head.textContent = "Build failed: the page shows the last good build.";
                box.appendChild(head);
                problems.forEach(function (p) {
                  var line = document.createElement("div");
                  line.className = "kiln-problem";
                  line.textContent = p.location + ": " + p.message + (p.hint ? "\\n    " + p.hint : "");
                  box.appendChild(line);
                });
              }
              var events = new EventSource("%s");
              events.addEventListener("hello", function (e) {
                if (generation && e.data !== generation) return reload();
                // the server now sends this page every change; tools (and tests) can wait for this mark
                document.documentElement.setAttribute("data-kiln-live", "connected");
              });
              events.addEventListener("reload", reload);
              events.addEventListener("css", function (e) {
                var box = document.getElementById("kiln-problems");
                if (box) box.remove();
                generation = e.data;
                document.querySelectorAll("link[rel=stylesheet]").forEach(function (link) {
                  var url = new URL(link.href);
                  if (url.origin !== location.origin) return;
                  url.searchParams.set("kiln", e.data);
                  var next = link.cloneNode();
                  next.href = url.href;
                  next.onload = function () { link.remove(); };
                  link.after(next);
                });
              });
              events.addEventListener("problems", function (e) { overlay(JSON.parse(e.data)); });
            })();
            """.formatted(EVENTS);
}
