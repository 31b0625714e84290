package dev.kiln.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An MkDocs-style admonition: {@code !!! type "Title"} (always open), {@code ??? type "Title"}
 * (collapsible, closed) or {@code ???+ type "Title"} (collapsible, open), with its body indented.
 */
public final class Admonition extends Block {
    private final String type;
    private final String title;
    private final boolean collapsible;
    private final boolean open;
    private String id = "";

    /** @param title the quoted title, or null when none was written ({@code ""} means: no title bar) */
    Admonition(BasedSequence chars, String type, String title, boolean collapsible, boolean open) {
        super(chars);
        this.type = type;
        this.title = title;
        this.collapsible = collapsible;
        this.open = open;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public boolean collapsible() {
        return collapsible;
    }

    public boolean open() {
        return open;
    }

    /** An editor's note: a correction the home page lists, with its own look. */
    public boolean editorNote() {
        return type.equals("editor");
    }

    /** The element id the parser gave an editor's note, or empty. */
    String id() {
        return id;
    }

    void setId(String id) {
        this.id = id;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
