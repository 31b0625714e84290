package dev.kiln.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser, reading a link destination in angle brackets as CommonMark 0.29 and
 * later do: {@code [a](<my page.md>)} may hold spaces. flexmark follows 0.28 here, and its
 * {@code SPACE_IN_LINK_URLS} option would also let {@code [a](my page.md)} through, which the
 * spec says is not a link.
 *
 * <p>flexmark adds its reference-definition pre-processor only for its own inline parser, so
 * {@link KilnMarkdownExtension} registers it again beside this one.
 */
final class AngleBracketDestinations extends CommonmarkInlineParser {

    private AngleBracketDestinations(DataHolder options, BitSet special, BitSet delimiters,
            Map<Character, DelimiterProcessor> processors, LinkRefProcessorData refs, List<InlineParserExtensionFactory> extensions) {
        super(options, special, delimiters, processors, refs, extensions);
    }

    static final InlineParserFactory FACTORY = new InlineParserFactory() {
        @Override
        public InlineParser inlineParser(DataHolder options, BitSet special, BitSet delimiters,
                Map<Character, DelimiterProcessor> processors, LinkRefProcessorData refs, List<InlineParserExtensionFactory> extensions) {
            return new AngleBracketDestinations(options, special, delimiters, processors, refs, extensions);
        }
    };

    /** {@code <…>} up to the first unescaped {@code >}, with no {@code <} or line break inside; anything else as flexmark reads it. */
    @Override
    public BasedSequence parseLinkDestination() {
        if (peek() != '<') return super.parseLinkDestination();
        for (int i = index + 1; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < input.length() && input.charAt(i + 1) != '\n') i++;
            else if (c == '<' || c == '\n' || c == '\r') return null;
            else if (c == '>') {
                BasedSequence destination = input.subSequence(index, i + 1);
                index = i + 1;
                return destination;
            }
        }
        return null;
    }
}
