package fr.normandie.ecoles.workflow.internal;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import java.util.AbstractMap;
import java.util.Set;

/**
 * The named CDI beans, seen by the engine's expression language as a map
 * ({@code ${stepDeadlines.dueDate('opening')}}). Read-only; looks beans up on each use.
 */
class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && !beanManager.getBeans(s).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(s));
        return bean == null ? null
                : beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        throw new UnsupportedOperationException("CDI beans are looked up by name only");
    }
}
