package dev.kiln.sitesearch;

import dev.kiln.search.index.IndexBuilder;
import dev.kiln.search.index.Section;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A page's tokenized sections as bytes for a {@link SectionCache}, and back. */
public final class TokenizedCodec {
    private TokenizedCodec() {}

    /** The bytes, or null for a section whose heading or title is too long to store (it is then tokenized each build). */
    public static byte[] encode(List<IndexBuilder.Tokenized> sections) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(sections.size());
            for (IndexBuilder.Tokenized t : sections) {
                Section s = t.section();
                out.writeUTF(s.url());
                out.writeUTF(s.pageTitle());
                out.writeUTF(s.heading());
                // the index keeps no more of the text than this, for snippets; the tokens hold the rest
                out.writeUTF(s.text().length() <= IndexBuilder.MAX_SNIPPET_SOURCE ? s.text() : s.text().substring(0, IndexBuilder.MAX_SNIPPET_SOURCE));
                out.writeBoolean(s.top());
                out.writeInt(t.tokens().length);
                for (int i = 0; i < t.tokens().length; i++) {
                    out.writeUTF(t.tokens()[i]);
                    out.writeInt(t.weights()[i]);
                }
                out.writeInt(t.partStarts().length);
                for (int start : t.partStarts()) out.writeInt(start);
            }
        } catch (IOException e) {
            return null; // only writeUTF's 64 KB limit can get here
        }
        return bytes.toByteArray();
    }

    /** The sections back, or null if the entry is not whole. */
    public static List<IndexBuilder.Tokenized> decode(byte[] entry) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            List<IndexBuilder.Tokenized> sections = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                Section s = new Section(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean());
                int count = in.readInt();
                if (count < 0 || count > entry.length) return null;
                String[] tokens = new String[count];
                int[] weights = new int[count];
                for (int i = 0; i < count; i++) {
                    tokens[i] = in.readUTF();
                    weights[i] = in.readInt();
                }
                int parts = in.readInt();
                if (parts < 0 || parts > 64) return null;
                int[] starts = new int[parts];
                for (int i = 0; i < parts; i++) starts[i] = in.readInt();
                sections.add(new IndexBuilder.Tokenized(s, tokens, weights, starts));
            }
            return in.available() == 0 ? sections : null;
        } catch (IOException e) {
            return null;
        }
    }
}
