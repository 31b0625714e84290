package dev.kiln.diagram.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MermaidTextTest {
    @Test
    void breaksLinesDropsTagsAndDecodesEntityCodes() {
        assertEquals("a\nb c", MermaidText.shown("a<br/>b <i>c</i>"));
        assertEquals("x; \"y\" & <z>", MermaidText.shown("x#59; #quot;y#quot; #amp; #lt;z#gt;"));
    }

    @Test
    void aCodeOutsideUnicodeStaysAsWritten() {
        // #9999999; once reached Character.toChars and failed the build with a stack trace
        assertEquals("#9999999;", MermaidText.shown("#9999999;"));
        assertEquals("#unknown;", MermaidText.shown("#unknown;"));
    }

    @Test
    void entityEndFindsTheSemicolonOfACodeOnly() {
        String s = "a#59;b#c;";
        assertEquals(4, MermaidText.entityEnd(s, 1));
        assertEquals(-1, MermaidText.entityEnd(s, 6));
        assertEquals(-1, MermaidText.entityEnd(s, 0));
    }
}
