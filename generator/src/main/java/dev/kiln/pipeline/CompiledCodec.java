package dev.kiln.pipeline;

import dev.kiln.markdown.HeadingRef;
import dev.kiln.markdown.NoteRef;
import dev.kiln.problem.Problem;
import dev.kiln.render.CompiledPage;
import dev.kiln.render.PendingAnchor;
import dev.kiln.site.Page;
import dev.kiln.site.PageBody;
import dev.kiln.site.PageInfo;
import dev.kiln.site.SiteIndex;
import dev.kiln.xref.PageRefs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A compiled page as bytes for the page cache, and back: everything but its body, which is
 * stored apart ({@link #body}) and read only when a step needs it. The page's identity ({@link PageInfo})
 * is not stored: it is part of the cache key, and the build that reads an entry supplies it.
 * Links to other pages are stored by source path and resolved against the reading build's index.
 */
final class CompiledCodec {
    /** Bumped when the layout of an entry changes; the code fingerprint in every key covers the rest. */
    private static final int FORMAT = 5;

    private CompiledCodec() {}

    static byte[] encode(BuildMemo.Compiled compiled) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(compiled.page().page().bodyHtml().length() * 2 + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Page page = compiled.page().page();
            out.writeInt(FORMAT);
            text(out, page.title());
            text(out, page.description());
            out.writeInt(page.headings().size());
            for (HeadingRef h : page.headings()) {
                out.writeInt(h.level());
                text(out, h.text());
                text(out, h.id());
            }
            strings(out, page.anchors());
            strings(out, page.features().stream().map(Enum::name).toList());
            out.writeInt(page.notes().size());
            for (NoteRef n : page.notes()) {
                text(out, n.title());
                text(out, n.id());
            }
            out.writeInt(compiled.page().anchorLinks().size());
            for (PendingAnchor a : compiled.page().anchorLinks()) {
                text(out, a.target().source().relativePath());
                text(out, a.fragment());
                text(out, a.file().toString());
                out.writeInt(a.line());
                out.writeInt(a.column());
            }
            RefsCodec.write(out, compiled.page().refs());
            out.writeInt(compiled.warnings().size());
            for (Problem w : compiled.warnings()) {
                text(out, w.file() == null ? "" : w.file().toString());
                out.writeInt(w.line());
                out.writeInt(w.column());
                text(out, w.message());
                text(out, w.hint());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails to write
        }
        return bytes.toByteArray();
    }

    /** The entry as a compiled page of {@code info}, or null if it is not one this build can use. */
    static BuildMemo.Compiled decode(String key, byte[] entry, PageInfo info, SiteIndex index, PageBody body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            if (in.readInt() != FORMAT) return null;
            String title = text(in);
            String description = text(in);
            List<HeadingRef> headings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) headings.add(new HeadingRef(in.readInt(), text(in), text(in)));
            Set<String> anchors = strings(in);
            Set<Page.Feature> features = EnumSet.noneOf(Page.Feature.class);
            for (String f : strings(in)) features.add(Page.Feature.valueOf(f));
            List<NoteRef> notes = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) notes.add(new NoteRef(text(in), text(in)));
            List<PendingAnchor> links = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                PageInfo target = index.byPath(text(in));
                PendingAnchor link = target == null ? null : new PendingAnchor(target, text(in), Path.of(text(in)), in.readInt(), in.readInt());
                if (link == null) return null; // the key covers the set of pages, so only a damaged entry gets here
                links.add(link);
            }
            PageRefs refs = RefsCodec.read(in);
            List<Problem> warnings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String file = text(in);
                warnings.add(new Problem(file.isEmpty() ? null : Path.of(file), in.readInt(), in.readInt(), text(in), text(in)));
            }
            if (in.available() != 0) return null;
            Page page = new Page(info, title, description, List.copyOf(headings), body, Set.copyOf(anchors),
                    java.util.Collections.unmodifiableSet(features), List.copyOf(notes));
            return new BuildMemo.Compiled(key, new CompiledPage(page, List.copyOf(links), refs), List.of(), List.copyOf(warnings));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or truncated entry is a miss: the page is compiled again
        }
    }

    /** The body's two HTML forms, for the body entry. */
    static byte[] body(PageBody body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.html().length() * 2 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, body.html());
            text(out, body.reportHtml());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One of a body entry's two HTML forms, the page's own or the full report's ({@code report}),
     * or null if the entry is damaged. Only that form is decoded: a page laid out again needs
     * its own form only, and decoding is most of reading a body back.
     */
    static String bodyHtml(byte[] entry, boolean report) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            int first = in.readInt();
            if (first < 0 || first > in.available() - 4) return null;
            if (!report) return new String(entry, 4, first, StandardCharsets.UTF_8);
            in.skipNBytes(first);
            String html = text(in);
            return in.available() == 0 ? html : null;
        } catch (IOException e) {
            return null;
        }
    }

    static void text(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("truncated");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, java.util.Collection<String> all) throws IOException {
        out.writeInt(all.size());
        for (String s : all) text(out, s);
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        Set<String> all = new LinkedHashSet<>();
        for (int i = in.readInt(); i > 0; i--) all.add(text(in));
        return all;
    }
}
