package dev.kiln.diagram.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.cache.DiskCache;
import dev.kiln.diagram.DiagramRenderer;
import dev.kiln.diagram.flowchart.Flowchart.Shape;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.NotDrawnAtBuildTime;
import dev.kiln.i18n.UiStrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mermaid 11's {@code A@{ shape: …, label: … }}: drawn where Kiln has the shape, left to mermaid.js where it does not, an error where it is wrong. */
class NodePropertiesTest {
    @ParameterizedTest
    @CsvSource({"rect,RECT", "rounded,ROUND", "pill,STADIUM", "subproc,SUBROUTINE", "db,CYLINDER", "circ,CIRCLE",
            "dbl-circ,DOUBLE_CIRCLE", "diam,DIAMOND", "decision,DIAMOND", "hex,HEXAGON", "lean-r,PARALLELOGRAM",
            "lean-l,PARALLELOGRAM_ALT", "trap-b,TRAPEZOID", "trap-t,TRAPEZOID_ALT", "odd,ASYMMETRIC"})
    void mermaidsShapeNamesGiveKilnsShapes(String name, Shape shape) throws DiagramSyntaxException {
        Flowchart chart = FlowchartParser.parse("flowchart TD\nA@{ shape: " + name + " } --> B");
        assertEquals(shape, chart.node("A").shape());
        assertEquals("A", chart.node("A").label(), "without a label the id is shown");
        assertEquals(1, chart.edges().size());
    }

    @Test
    void aLabelCanBeQuotedAndThePropertiesCanSpanLines() throws DiagramSyntaxException {
        Flowchart chart = FlowchartParser.parse("flowchart TD\nOk@{\n  shape: diamond\n  label: \"Valid, at last?<br>yes\"\n}\nOk --> Done@{label: Done!}");
        assertEquals(Shape.DIAMOND, chart.node("Ok").shape());
        assertEquals("Valid, at last?\nyes", chart.node("Ok").label());
        assertEquals("Done!", chart.node("Done").label());
    }

    @Test
    void mermaidsOtherShapesAndIconsGoToMermaidJsAsWritten() {
        for (String source : java.util.List.of("flowchart TD\nA@{ shape: doc } --> B", "flowchart TD\nA@{ icon: \"fa:user\", form: square }")) {
            assertThrows(NotDrawnAtBuildTime.class, () -> FlowchartParser.parse(source));
            // closed, so the JavaScript engine that checks it for mermaid.js leaves no thread behind
            try (DiagramRenderer renderer = new DiagramRenderer(new DiskCache(null), UiStrings.of("en", java.util.Map.of()))) {
                assertInstanceOf(DiagramRenderer.Result.ClientSide.class, renderer.render(source), source);
            }
        }
    }

    @Test
    void aMistakeIsAnErrorAtItsPlace() {
        DiagramSyntaxException shape = assertThrows(DiagramSyntaxException.class, () -> FlowchartParser.parse("flowchart TD\nA@{ shape: diamnd }"));
        assertEquals(2, shape.line());
        assertEquals(12, shape.column());
        assertTrue(shape.getMessage().contains("unknown shape `diamnd`"), shape.getMessage());
        DiagramSyntaxException key = assertThrows(DiagramSyntaxException.class, () -> FlowchartParser.parse("flowchart TD\nA@{ colour: red }"));
        assertEquals(5, key.column());
        assertTrue(key.getMessage().contains("unknown node property `colour`"), key.getMessage());
        DiagramSyntaxException open = assertThrows(DiagramSyntaxException.class, () -> FlowchartParser.parse("flowchart TD\nA@{ shape: rect\nB --> C"));
        assertEquals(2, open.line());
        assertEquals(2, open.column());
    }
}
