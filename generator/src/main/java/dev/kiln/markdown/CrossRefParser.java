package dev.kiln.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @eq:name}, {@code [@eq:name]} and {@code [-@eq:name]} before flexmark reads the
 * brackets as a link. A bare {@code @} counts only after a space or punctuation, so an address such
 * as {@code me@eq:x.org} stays text; a name's trailing {@code .} or {@code :} ends the sentence,
 * not the name. Only {@code eq:} is a kind Kiln numbers so far: {@code @someone} stays text.
 */
final class CrossRefParser implements InlineParserExtension {
    private static final Pattern BARE = Pattern.compile("@(eq:[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.:-]*[\\p{L}\\p{N}_])?)");
    private static final Pattern BRACKETED = Pattern.compile("\\[(-?)@(eq:[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*)\\]");
    /** A label written where no display formula ends: after inline math, say, where it would silently show as text. */
    private static final Pattern STRAY_LABEL = Pattern.compile("\\{#(eq:[^}\\s]*)\\}");

    CrossRefParser(LightInlineParser parser) {}

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        CharSequence rest = input.subSequence(start);
        char c = input.charAt(start);
        if (c == '{') {
            Matcher stray = STRAY_LABEL.matcher(rest);
            if (stray.lookingAt()) {
                parser.flushTextNode();
                parser.getBlock().appendChild(new StrayLabel(input.subSequence(start, start + stray.end())));
                parser.setIndex(start + stray.end());
                return true;
            }
            return false;
        }
        Matcher m = (c == '@' ? BARE : BRACKETED).matcher(rest);
        if (!m.lookingAt()) return false;
        if (c == '@' && start > 0 && Character.isLetterOrDigit(input.charAt(start - 1))) return false;
        parser.flushTextNode();
        boolean bare = c == '@';
        String label = bare ? m.group(1) : m.group(2);
        parser.getBlock().appendChild(new CrossRef(input.subSequence(start, start + m.end()), label, bare || m.group(1).isEmpty()));
        parser.setIndex(start + m.end());
        return true;
    }

    @Override
    public void finalizeDocument(InlineParser parser) {}

    @Override
    public void finalizeBlock(InlineParser parser) {}

    static final class Factory implements InlineParserExtensionFactory, NoDependencies {
        @Override
        public CharSequence getCharacters() {
            return "@[{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new CrossRefParser(parser);
        }
    }
}
