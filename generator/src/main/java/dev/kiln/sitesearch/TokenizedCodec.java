package dev.kiln.sitesearch;

import dev.kiln.search.index.IndexBuilder;
import dev.kiln.search.index.Section;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's tokenized sections as bytes for a {@link SectionCache}, and back. After a one-page
 * edit of a 10,000-page site every other page's sections are decoded from here, so the format is
 * made to be read fast: lengths and UTF-8 runs, the tokens as one run with one token per line.
 */
public final class TokenizedCodec {
    private TokenizedCodec() {}

    /** The bytes, or null for sections that cannot be stored (a token with a line break in it: tokenized each build). */
    public static byte[] encode(List<IndexBuilder.Tokenized> sections) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(sections.size());
            for (IndexBuilder.Tokenized t : sections) {
                Section s = t.section();
                string(out, s.url());
                string(out, s.pageTitle());
                string(out, s.heading());
                // the index keeps no more of the text than this, for snippets; the tokens hold the rest
                string(out, s.text().length() <= IndexBuilder.MAX_SNIPPET_SOURCE ? s.text() : s.text().substring(0, IndexBuilder.MAX_SNIPPET_SOURCE));
                out.writeBoolean(s.top());
                StringBuilder run = new StringBuilder();
                for (String token : t.tokens()) {
                    if (token.indexOf('\n') >= 0) return null;
                    run.append(token).append('\n');
                }
                out.writeInt(t.tokens().length);
                string(out, run.toString());
                for (int weight : t.weights()) out.writeInt(weight);
                out.writeInt(t.partStarts().length);
                for (int start : t.partStarts()) out.writeInt(start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails to write
        }
        return bytes.toByteArray();
    }

    /** The sections back, or null if the entry is not whole. */
    public static List<IndexBuilder.Tokenized> decode(byte[] entry) {
        ByteBuffer in = ByteBuffer.wrap(entry);
        try {
            List<IndexBuilder.Tokenized> sections = new ArrayList<>();
            for (int n = in.getInt(); n > 0; n--) {
                Section s = new Section(string(in), string(in), string(in), string(in), in.get() != 0);
                int count = in.getInt();
                if (count < 0 || count > entry.length) return null;
                String run = string(in);
                String[] tokens = new String[count];
                int from = 0;
                for (int i = 0; i < count; i++) {
                    int end = run.indexOf('\n', from);
                    if (end < 0) return null;
                    tokens[i] = run.substring(from, end);
                    from = end + 1;
                }
                if (from != run.length()) return null;
                int[] weights = new int[count];
                for (int i = 0; i < count; i++) weights[i] = in.getInt();
                int parts = in.getInt();
                if (parts < 0 || parts > 64) return null;
                int[] starts = new int[parts];
                for (int i = 0; i < parts; i++) starts[i] = in.getInt();
                sections.add(new IndexBuilder.Tokenized(s, tokens, weights, starts));
            }
            return in.hasRemaining() ? null : sections;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) throw new BufferUnderflowException();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
