package dev.kiln.diagram;

import dev.kiln.cache.DiskCache;
import dev.kiln.js.JsRuntime;
import dev.kiln.problem.Limits;
import dev.kiln.write.MermaidAssets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Checks a diagram left to mermaid.js with mermaid.js's own parser, in the GraalJS engine the
 * build already runs KaTeX in, so a syntax error fails the build at its place instead of showing
 * the reader Mermaid's bomb icon. Loading mermaid.js takes seconds in the interpreter, so it starts
 * only when a diagram is not in the cache; a diagram checked once is not checked again.
 */
final class MermaidCheck implements AutoCloseable {
    /** A syntax error at a 1-based line and column of the diagram. */
    record Failure(int line, int column, String message) {}

    private static final String OK = "ok";
    /** Not checked (past the time budget, or a browser feature this engine lacks): passed, and asked again next build. */
    private static final String UNCHECKED = "unchecked";
    private static final Pattern AT = Pattern.compile("on line (\\d+)(?:, column (\\d+))?");

    private final JsRuntime js = new JsRuntime(List.of("kiln/js/mermaid-prelude.js",
            "META-INF/resources/webjars/mermaid/" + MermaidAssets.VERSION + "/dist/mermaid.min.js", "kiln/js/mermaid-check.js"));
    private final DiskCache cache;

    MermaidCheck(DiskCache cache) {
        this.cache = cache;
    }

    /** The diagram's syntax error, or null when mermaid.js parses it (or could not be asked). */
    Failure check(String source) {
        String key = DiskCache.key("mermaid-parse", MermaidAssets.VERSION, source);
        // errors are kept too: mermaid.js's parser gives a source the same verdict every time
        String verdict = cache.through(key, cached -> cached, () -> parse(source), v -> v.equals(UNCHECKED) ? null : v);
        if (verdict.equals(OK) || verdict.equals(UNCHECKED)) return null;
        Failure f = failure(verdict);
        return new Failure(f.line() + removedAbove(source), f.column(), f.message());
    }

    private String parse(String source) {
        try {
            return js.call("kilnCheckMermaid", Limits.RENDER_TIME, MermaidCheck::settle, blankComments(source));
        } catch (JsRuntime.TimeoutException e) {
            return UNCHECKED; // not worth a stuck build: mermaid.js will say so in the browser
        }
    }

    /** Waits for the parse's promise: its callbacks run as the call returns to Java, before this does. */
    private static String settle(Value promise) {
        String[] verdict = {OK};
        promise.invokeMember("then", (ProxyExecutable) ok -> OK, (ProxyExecutable) err -> {
            Value e = err.length > 0 ? err[0] : null;
            String name = e != null && e.hasMember("name") ? e.getMember("name").toString() : "";
            String message = e == null ? "mermaid.js cannot parse this diagram" : e.hasMember("message") ? e.getMember("message").asString() : e.toString();
            verdict[0] = engineGap(name, message) ? UNCHECKED : message;
            return null;
        });
        return verdict[0];
    }

    /**
     * Whether an error is this engine lacking a browser feature rather than the author's mistake:
     * a TypeError or ReferenceError, also when mermaid.js rethrows it as a plain error with the
     * same message ({@code box} checks colours with the DOM's {@code Option}: "Option is not defined").
     */
    static boolean engineGap(String name, String message) {
        return name.equals("TypeError") || name.equals("ReferenceError") || ENGINE_GAP.matcher(message).find();
    }

    private static final Pattern ENGINE_GAP = Pattern.compile("^[\\w$.]+ is not (?:defined|a function|a constructor)$|^Cannot read propert");

    /** Mermaid's message ("Parse error on line 2: … Expecting …") as a position and one line of text. */
    static Failure failure(String message) {
        Matcher at = AT.matcher(message);
        int line = 1;
        int column = 1;
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            if (at.group(2) != null) column = Integer.parseInt(at.group(2));
        }
        String[] lines = message.strip().split("\n");
        // langium (pie, gitGraph, …): "Parsing failed:" then one line per error, the first one placed;
        // jison (sequence, class, …): the position, the source and a caret, then "Expecting …"
        boolean langium = lines[0].startsWith("Parsing failed:");
        boolean lexical = lines[0].startsWith("Lexical error"); // jison's: "… Unrecognized text." then the caret
        String text = langium ? lines[0].substring("Parsing failed:".length()).strip()
                : lexical ? lines[0].replaceFirst("^Lexical error on line \\d+\\.\\s*", "").strip() : lines[lines.length - 1].strip();
        if (langium && text.isEmpty() && lines.length > 1) text = lines[1].strip();
        text = text.replaceFirst("^(Lexer|Parse) error on line \\d+(, column \\d+)?: ?", "");
        return new Failure(line, column, text.isEmpty() ? message.strip() : text);
    }

    /**
     * Mermaid drops {@code %%} comment lines and leading front matter and blank lines before it
     * parses, and counts lines from what is left. Comments are sent as blank lines, so only the
     * lines above the diagram's first statement are missing from its count.
     */
    static String blankComments(String source) {
        return COMMENT.matcher(source).replaceAll("");
    }

    /** How many lines mermaid removes above the diagram: front matter, then comments and blank lines. */
    static int removedAbove(String source) {
        String[] lines = blankComments(source).split("\n", -1);
        int i = 0;
        if (lines.length > 1 && lines[0].strip().equals("---")) {
            int end = 1;
            while (end < lines.length && !lines[end].strip().equals("---")) end++;
            if (end < lines.length) i = end + 1;
        }
        while (i < lines.length - 1 && lines[i].isBlank()) i++;
        return i;
    }

    private static final Pattern COMMENT = Pattern.compile("(?m)^[ \\t]*%%(?!\\{).*$");

    @Override
    public void close() {
        js.close();
    }
}
