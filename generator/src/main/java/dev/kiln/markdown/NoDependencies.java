package dev.kiln.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * For flexmark factories that need no ordering against other extensions' factories. (Each parser
 * still needs its own factory class: flexmark resolves factories by class and rejects a class
 * registered twice, so one generic factory cannot serve both block parsers.)
 */
interface NoDependencies extends Dependent {
    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
