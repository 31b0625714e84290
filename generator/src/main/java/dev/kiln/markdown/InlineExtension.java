package dev.kiln.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import java.util.function.Supplier;

/** An inline parser extension with nothing to do when a block or the document ends. */
abstract class InlineExtension implements InlineParserExtension {
    @Override
    public void finalizeDocument(InlineParser parser) {}

    @Override
    public void finalizeBlock(InlineParser parser) {}

    /** The factory of one extension, started by the given characters (flexmark wants a class of its own for each). */
    abstract static class Factory implements InlineParserExtensionFactory, NoDependencies {
        private final String characters;
        private final Supplier<InlineParserExtension> make;

        Factory(String characters, Supplier<InlineParserExtension> make) {
            this.characters = characters;
            this.make = make;
        }

        @Override
        public CharSequence getCharacters() {
            return characters;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return make.get();
        }
    }
}
