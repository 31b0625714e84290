package dev.kiln.diagram;

import dev.kiln.cache.DiskCache;
import dev.kiln.diagram.flowchart.Flowchart;
import dev.kiln.diagram.flowchart.FlowchartParser;
import dev.kiln.diagram.layout.FlowchartLayout;
import dev.kiln.diagram.layout.SequenceLayout;
import dev.kiln.diagram.sequence.SequenceParser;
import dev.kiln.diagram.svg.SequenceSvg;
import dev.kiln.diagram.svg.SvgWriter;
import dev.kiln.diagram.syntax.DiagramSyntaxException;
import dev.kiln.diagram.syntax.NotDrawnAtBuildTime;

/**
 * Mermaid sources to what the page shows. Flowcharts (laid out with ELK) and sequence diagrams
 * (laid out in rows and columns) are parsed and written as inline SVG at build time, so the
 * reader downloads no diagram JavaScript; other diagram types (class, state, gantt, …) are left
 * for mermaid.js in the browser, once its own parser has accepted them. SVGs are cached by source.
 */
public final class DiagramRenderer implements AutoCloseable {
    /** Part of every cache key: bump it when the parser, layout or SVG output changes. */
    public static final String VERSION = "flowchart-4+elk-0.12.0";
    /** Part of the cache key of sequence diagrams: bump it when their parser, layout or SVG output changes. */
    public static final String SEQUENCE_VERSION = "sequence-1";
    /** Stands for the SVG's element-id prefix in cached output; the page puts a unique one in its place. */
    public static final String ID_TOKEN = "kiln-diagram-id";

    /** What a {@code mermaid} block becomes. */
    public sealed interface Result {
        /** @param type {@code flowchart} or {@code sequence}, for the figure's class */
        record Svg(String svg, String type) implements Result {}

        /** Not drawn at build time: drawn by mermaid.js in the browser. */
        record ClientSide(String source) implements Result {}

        /**
         * A syntax error at a 1-based line and column of the source, said as the build reports it.
         *
         * @param hint what the author can do, for the problem's second line
         */
        record Error(int line, int column, String message, String hint) implements Result {
            /** A flowchart's own error. */
            Error(int line, int column, String message) {
                this(line, column, "flowchart: " + message,
                        "Kiln draws Mermaid flowcharts at build time; the syntax it accepts is listed in README.md under Diagrams");
            }
        }
    }

    private final DiskCache cache;
    private final dev.kiln.i18n.UiStrings ui;
    private final SvgWriter writer;
    private final SequenceSvg sequenceWriter;
    private final MermaidCheck mermaid;

    /** @param ui the site's UI strings, for the diagrams' accessible descriptions */
    public DiagramRenderer(DiskCache cache, dev.kiln.i18n.UiStrings ui) {
        this.cache = cache;
        this.ui = ui;
        this.writer = new SvgWriter(ui);
        this.sequenceWriter = new SequenceSvg(ui);
        this.mermaid = new MermaidCheck(cache);
    }

    /** The line shown above a diagram left to mermaid.js, for a reader whose JavaScript is off. */
    public String scriptNote() {
        return ui.get("diagramNeedsScript");
    }

    public Result render(String source) {
        if (FlowchartParser.isFlowchart(source)) {
            String key = DiskCache.key("mermaid-flowchart", VERSION, ui.toString(), source);
            return cache.through(key, svg -> new Result.Svg(svg, "flowchart"), () -> draw(source), DiagramRenderer::cached);
        }
        if (SequenceParser.isSequence(source)) {
            String key = DiskCache.key("mermaid-sequence", SEQUENCE_VERSION, ui.toString(), source);
            return cache.through(key, svg -> new Result.Svg(svg, "sequence"), () -> drawSequence(source), DiagramRenderer::cached);
        }
        return clientSide(source);
    }

    private static String cached(Result r) {
        return r instanceof Result.Svg svg ? svg.svg() : null;
    }

    private Result drawSequence(String source) {
        try {
            return new Result.Svg(sequenceWriter.write(SequenceLayout.layout(SequenceParser.parse(source)), ID_TOKEN), "sequence");
        } catch (DiagramSyntaxException e) {
            return new Result.Error(e.line(), e.column(), "sequence diagram: " + e.getMessage(),
                    "Kiln draws Mermaid sequence diagrams at build time; the syntax it accepts is listed in README.md under Diagrams");
        } catch (NotDrawnAtBuildTime e) {
            return clientSide(source);
        }
    }

    /** A diagram for mermaid.js, once mermaid.js's own parser has accepted it. */
    private Result clientSide(String source) {
        MermaidCheck.Failure failure = mermaid.check(source);
        if (failure == null) return new Result.ClientSide(source);
        return new Result.Error(failure.line(), failure.column(), "diagram: mermaid.js cannot parse this: " + failure.message(),
                "fix the diagram's syntax (Mermaid's documentation lists each diagram type's); the message is mermaid.js's own");
    }

    /** Stops the JavaScript engine that checked diagrams, if one started. */
    @Override
    public void close() {
        mermaid.close();
    }

    private Result draw(String source) {
        Flowchart chart;
        try {
            chart = FlowchartParser.parse(source);
        } catch (DiagramSyntaxException e) {
            return new Result.Error(e.line(), e.column(), e.getMessage());
        } catch (NotDrawnAtBuildTime e) {
            return clientSide(source); // Mermaid that Kiln cannot draw as written
        }
        try {
            return new Result.Svg(writer.write(FlowchartLayout.layout(chart), ID_TOKEN), "flowchart");
        } catch (FlowchartLayout.LayoutTimeoutException e) {
            return new Result.Error(1, 1, e.getMessage());
        } catch (StackOverflowError e) {
            // ELK recurses through the graph; the parser's limits keep real charts far from this
            return new Result.Error(1, 1, "this flowchart is too deep to lay out; split it into several diagrams");
        }
    }
}
