package dev.kiln.render;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Parts of the view model made only when a template first reads them, then kept. Every page's
 * model offers the home page's cards, the notes list and the navigation, but an edit build lays
 * out one page of 10,000: making the cards for all of them was most of its model step.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) value = make.get();
            return value;
        }
    }

    /** A list that a template reads like any other, made on its first read. */
    static <E> List<E> list(Supplier<List<E>> make) {
        Lazy<List<E>> lazy = of(make);
        return new AbstractList<>() {
            @Override
            public E get(int index) {
                return lazy.get().get(index);
            }

            @Override
            public int size() {
                return lazy.get().size();
            }
        };
    }

    /** A Freemarker sequence made on its first read. */
    static TemplateSequenceModel sequence(Supplier<TemplateSequenceModel> make) {
        Lazy<TemplateSequenceModel> lazy = of(make);
        return new TemplateSequenceModel() {
            @Override
            public TemplateModel get(int index) throws TemplateModelException {
                return lazy.get().get(index);
            }

            @Override
            public int size() throws TemplateModelException {
                return lazy.get().size();
            }
        };
    }
}
