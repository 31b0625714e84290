package dev.kiln.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
