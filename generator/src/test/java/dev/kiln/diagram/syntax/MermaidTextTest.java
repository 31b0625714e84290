package dev.kiln.diagram.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MermaidTextTest {
    @Test
    void breaksLinesDropsTagsAndDecodesEntityCodes() {
        assertEquals("a\nb c", MermaidText.shown("a<br/>b <i>c</i>"));
        assertEquals("x; \"y\" & <z>", MermaidText.shown("x#59; #quot;y#quot; #amp; #lt;z#gt;"));
    }

    /** Mermaid's own documented example: any HTML entity name or code point, not only a handful. */
    @Test
    void everyHtmlEntityNameAndCodePointDecodes() {
        assertEquals("I ♥ you ∞ times more! …→€", MermaidText.shown("I #9829; you #infin; times more! #hellip;#rarr;#euro;"));
    }

    @Test
    void aCodeThatIsNoTextStaysAsWritten() {
        // #9999999; once reached Character.toChars and failed the build with a stack trace
        for (String code : new String[] {"#9999999;", "#0;", "#8;", "#55296;", "#65535;", "#unknown;"}) {
            assertEquals(code, MermaidText.shown(code), code);
        }
    }

    @Test
    void entityEndFindsTheSemicolonOfAnyCode() {
        String s = "a#59;b#c;d#;e# f;";
        assertEquals(4, MermaidText.entityEnd(s, 1));
        assertEquals(8, MermaidText.entityEnd(s, 6), "an unknown name is still a code: text, not a comment");
        assertEquals(-1, MermaidText.entityEnd(s, 10), "no name");
        assertEquals(-1, MermaidText.entityEnd(s, 13), "a space ends the name");
        assertEquals(-1, MermaidText.entityEnd(s, 0));
    }
}
