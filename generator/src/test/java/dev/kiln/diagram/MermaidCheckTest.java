package dev.kiln.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** mermaid.js's messages, from its two kinds of parser, as a place and one line. */
class MermaidCheckTest {
    @Test
    void aJisonMessageGivesItsLineAndTheExpectation() {
        MermaidCheck.Failure f = MermaidCheck.failure("Parse error on line 3:\n...Alice->>Bob: Hello  Bob->>: no one\n----------------------^\n"
                + "Expecting '+', '-', '()', 'ACTOR', got 'TXT'");
        assertEquals(new MermaidCheck.Failure(3, 1, "Expecting '+', '-', '()', 'ACTOR', got 'TXT'"), f);
    }

    @Test
    void aLangiumMessageGivesItsLineAndColumn() {
        MermaidCheck.Failure f = MermaidCheck.failure("Parsing failed: Lexer error on line 3, column 8: unexpected character: ->x<- at offset: 20, skipped 1 characters.");
        assertEquals(new MermaidCheck.Failure(3, 8, "unexpected character: ->x<- at offset: 20, skipped 1 characters."), f);
    }

    @Test
    void aLexicalErrorSaysWhatWasNotRecognised() {
        MermaidCheck.Failure f = MermaidCheck.failure("Lexical error on line 2. Unrecognized text.\n...ceDiagram  A->>B ?? hi\n-----------------^");
        assertEquals(new MermaidCheck.Failure(2, 1, "Unrecognized text."), f);
    }

    /** Mermaid counts lines after dropping front matter, comments and leading blank lines: Kiln counts them back. */
    @Test
    void linesMermaidDropsAreCountedBack() {
        String source = "---\ntitle: T\n---\n%% who talks\n\nsequenceDiagram\n  %% then\n  A->>B: hi\n";
        assertEquals(5, MermaidCheck.removedAbove(source), "front matter, a comment and a blank line above the first statement");
        assertEquals(source.split("\n", -1).length, MermaidCheck.blankComments(source).split("\n", -1).length, "comments become blank lines");
        assertEquals(0, MermaidCheck.removedAbove("sequenceDiagram\n  A->>B: hi"));
    }

    /** mermaid.js rethrew "Option is not defined" as a plain error, and a valid `box` failed the build. */
    @Test
    void aBrowserFeatureThisEngineLacksIsNotTheAuthorsError() {
        assertTrue(MermaidCheck.engineGap("Error", "Option is not defined"));
        assertTrue(MermaidCheck.engineGap("ReferenceError", "anything"));
        assertTrue(MermaidCheck.engineGap("Error", "Cannot read properties of undefined (reading 'x')"));
        assertFalse(MermaidCheck.engineGap("Error", "Parse error on line 2:\nA is not defined\n^"));
        assertFalse(MermaidCheck.engineGap("Error", "Trying to inactivate an inactive participant (B)"));
    }
}
