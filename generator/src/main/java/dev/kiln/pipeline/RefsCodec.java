package dev.kiln.pipeline;

import static dev.kiln.pipeline.CompiledCodec.text;

import dev.kiln.cite.Citation;
import dev.kiln.xref.PageRefs;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What a compiled page numbers, refers to and cites ({@link PageRefs}), as bytes inside its cache entry. */
final class RefsCodec {
    private RefsCodec() {}

    static void write(DataOutputStream out, PageRefs refs) throws IOException {
        out.writeInt(refs.numbered().size());
        for (PageRefs.Numbered n : refs.numbered()) {
            text(out, n.label());
            out.writeInt(n.line());
            out.writeInt(n.column());
            text(out, n.caption());
            text(out, n.tag());
        }
        out.writeInt(refs.refs().size());
        for (PageRefs.Ref r : refs.refs()) {
            text(out, r.label());
            out.writeInt(r.form().ordinal());
            out.writeInt(r.line());
            out.writeInt(r.column());
        }
        out.writeInt(refs.citations().size());
        for (Citation c : refs.citations()) {
            out.writeBoolean(c.narrative());
            out.writeInt(c.items().size());
            for (Citation.Item i : c.items()) {
                for (String s : new String[] {i.key(), i.prefix(), i.locator(), i.label(), i.suffix()}) text(out, s);
                out.writeBoolean(i.suppressAuthor());
            }
        }
        out.writeInt(refs.nocite().size());
        for (String key : refs.nocite()) text(out, key);
        out.writeBoolean(refs.refsMarker());
    }

    static PageRefs read(DataInputStream in) throws IOException {
        List<PageRefs.Numbered> numbered = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) numbered.add(new PageRefs.Numbered(text(in), in.readInt(), in.readInt(), text(in), text(in)));
        List<PageRefs.Ref> refs = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) refs.add(new PageRefs.Ref(text(in), PageRefs.Form.values()[in.readInt()], in.readInt(), in.readInt()));
        List<Citation> citations = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            boolean narrative = in.readBoolean();
            List<Citation.Item> items = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) items.add(new Citation.Item(text(in), text(in), text(in), text(in), text(in), in.readBoolean()));
            citations.add(new Citation(items, narrative));
        }
        List<String> nocite = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) nocite.add(text(in));
        PageRefs read = new PageRefs(numbered, refs, citations, nocite, in.readBoolean());
        return read.isEmpty() ? PageRefs.NONE : read;
    }
}
