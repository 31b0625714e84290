package dev.kiln.render;

import dev.kiln.site.NavItem;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/**
 * The navigation tree as ready-made Freemarker models, built once per build and shared by every
 * page. Every page walks the whole visible tree; wrapping the records afresh through reflection
 * on each page was the largest single cost of rendering a 10,000-page site. The models are
 * immutable, so threads can share them.
 */
final class NavModels {
    private NavModels() {}

    static TemplateSequenceModel of(List<NavItem> items) {
        return new Sequence(items.stream().map(Item::new).toList());
    }

    /** {@code title}, {@code url}, {@code children} and {@code contains(url)}, as on {@link NavItem}. */
    private static final class Item implements TemplateHashModel {
        private final NavItem item;
        private final TemplateScalarModel title;
        private final TemplateScalarModel url;
        private final TemplateSequenceModel children;
        private final TemplateMethodModelEx contains;

        Item(NavItem item) {
            this.item = item;
            this.title = new SimpleScalar(item.title());
            this.url = new SimpleScalar(item.url());
            this.children = NavModels.of(item.children());
            this.contains = args -> {
                if (args.size() != 1) throw new TemplateModelException("contains(url) takes one argument");
                return item.contains(String.valueOf(args.get(0))) ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            };
        }

        @Override
        public TemplateModel get(String key) {
            return switch (key) {
                case "title" -> title;
                case "url" -> url;
                case "children" -> children;
                case "contains" -> contains;
                default -> null;
            };
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public String toString() {
            return item.toString();
        }
    }

    private record Sequence(List<? extends TemplateModel> items) implements TemplateSequenceModel {
        @Override
        public TemplateModel get(int index) {
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
