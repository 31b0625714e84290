package dev.kiln.markdown;

/**
 * An editor's note ({@code !!! editor "Title"}) in a page body, which the home page lists.
 *
 * @param title the note's title as written, or empty when the author wrote none (the layout then
 *              shows the UI string for "Editor's note")
 * @param id    the note's element id on its page: {@code editor-note-1}, {@code editor-note-2}…
 */
public record NoteRef(String title, String id) {}
