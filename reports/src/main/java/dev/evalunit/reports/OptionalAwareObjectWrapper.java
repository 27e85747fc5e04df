package dev.evalunit.reports;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Exposes the view model's {@code Optional} values to templates as their content, or as missing when empty,
 * so templates test them with {@code ??} and default them with {@code !}.
 */
final class OptionalAwareObjectWrapper extends DefaultObjectWrapper {

    OptionalAwareObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
        setIterableSupport(true);
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof Optional<?> optional) {
            return wrap(optional.orElse(null));
        }
        if (value instanceof OptionalDouble optional) {
            return optional.isPresent() ? wrap(optional.getAsDouble()) : wrap(null);
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? wrap(optional.getAsInt()) : wrap(null);
        }
        if (value instanceof OptionalLong optional) {
            return optional.isPresent() ? wrap(optional.getAsLong()) : wrap(null);
        }
        return super.wrap(value);
    }
}
