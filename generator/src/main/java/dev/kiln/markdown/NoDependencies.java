package dev.kiln.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** For flexmark factories that need no ordering against other extensions' factories. */
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
