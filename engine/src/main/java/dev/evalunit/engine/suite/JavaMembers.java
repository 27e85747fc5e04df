package dev.evalunit.engine.suite;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.spi.SourcePosition;
import org.junit.platform.engine.support.descriptor.MethodSource;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Stream;

/** The annotated methods of one suite instance, invoked reflectively with problems instead of exceptions. */
final class JavaMembers {

    private final Class<?> type;
    private final Object instance;
    private final Problems problems;
    private final int maxItems;

    /** @param maxItems the most elements a supplier method is read for; one more shows that it supplied too many */
    JavaMembers(Class<?> type, Object instance, Problems problems, int maxItems) {
        this.type = type;
        this.instance = instance;
        this.problems = problems;
        this.maxItems = maxItems;
    }

    /** Methods carrying the annotation, superclasses first, each class in declaration order. */
    List<Method> annotated(Class<? extends Annotation> annotation) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Method> methods = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(annotation) && !method.isSynthetic()) {
                    method.setAccessible(true);
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    /** Calls a no-argument supplier method and returns its elements of the given type. */
    <T> List<T> supply(Method method, Class<T> element) {
        MethodSource source = MethodSource.from(method);
        if (method.getParameterCount() != 0) {
            problems.add(Problem.of(source, "a supplier method takes no parameters"));
            return List.of();
        }
        Object result;
        try {
            result = method.invoke(instance);
        } catch (InvocationTargetException e) {
            problems.add(Problem.of(source, method.getName() + " threw " + e.getCause()));
            return List.of();
        } catch (IllegalAccessException e) {
            problems.add(Problem.of(source, "cannot call " + method.getName() + ": " + e.getMessage()));
            return List.of();
        }
        Stream<?> items;
        if (result instanceof Stream<?> stream) {
            items = stream;
        } else if (result instanceof Iterable<?> iterable) {
            List<Object> all = new ArrayList<>();
            for (var it = iterable.iterator(); it.hasNext() && all.size() <= maxItems; ) {
                all.add(it.next());
            }
            items = all.stream();
        } else if (result instanceof Object[] array) {
            items = Stream.of(array);
        } else {
            problems.add(Problem.of(source, method.getName() + " must return a Collection, Iterable, Stream or array of "
                    + element.getSimpleName() + ", returned " + (result == null ? "null" : result.getClass().getName())));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        items.limit(maxItems + 1L).forEach(item -> {
            if (element.isInstance(item)) {
                out.add(element.cast(item));
            } else {
                problems.add(Problem.of(source, method.getName() + " supplied " + item + " where a "
                        + element.getSimpleName() + " was expected"));
            }
        });
        return out;
    }

    /** The suite's {@link InProcessModel} methods as functions, by model name. */
    Map<String, Function<ModelRequest, ModelResponse>> inProcessModels() {
        Map<String, Function<ModelRequest, ModelResponse>> models = new LinkedHashMap<>();
        for (Method method : annotated(InProcessModel.class)) {
            String name = method.getAnnotation(InProcessModel.class).value();
            Class<?> returns = method.getReturnType();
            if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != ModelRequest.class
                    || (returns != String.class && returns != ModelResponse.class)) {
                problems.add(Problem.of(MethodSource.from(method),
                        "an @InProcessModel method takes a ModelRequest and returns a String or a ModelResponse"));
            } else if (models.put(name, request -> model(method, request)) != null) {
                problems.add(Problem.of(MethodSource.from(method), "duplicate in-process model '" + name + "'"));
            }
        }
        return models;
    }

    /** The suite's {@link EvalScorer} methods as scorers. */
    List<SuiteScorer> methodScorers() {
        List<SuiteScorer> scorers = new ArrayList<>();
        for (Method method : annotated(EvalScorer.class)) {
            EvalScorer annotation = method.getAnnotation(EvalScorer.class);
            Class<?> returns = method.getReturnType();
            if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != ScoringInput.class
                    || !(Score.class.isAssignableFrom(returns) || List.class.isAssignableFrom(returns)
                    || CompletionStage.class.isAssignableFrom(returns))) {
                problems.add(Problem.of(MethodSource.from(method), "an @EvalScorer method takes a ScoringInput and "
                        + "returns a Score, a List<Score> or a CompletionStage<List<Score>>"));
                continue;
            }
            String name = annotation.name().isEmpty() ? method.getName() : annotation.name();
            ScorerSpec spec = ScorerSpec.of(name, Map.of(),
                    new SourcePosition(type.getName() + "#" + method.getName(), 0));
            if (!Double.isNaN(annotation.threshold())) {
                spec = spec.withThreshold(annotation.threshold());
            }
            scorers.add(new SuiteScorer(spec, methodScorer(method)));
        }
        return scorers;
    }

    private Scorer methodScorer(Method method) {
        return input -> {
            try {
                Object result = method.invoke(instance, input);
                if (result instanceof Score score) {
                    return CompletableFuture.completedFuture(List.of(score));
                }
                if (result instanceof CompletionStage<?> stage) {
                    return stage.thenApply(JavaMembers::scores);
                }
                return CompletableFuture.completedFuture(scores(result));
            } catch (InvocationTargetException e) {
                return CompletableFuture.failedFuture(e.getCause());
            } catch (IllegalAccessException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Score> scores(Object result) {
        return (List<Score>) result;
    }

    private ModelResponse model(Method method, ModelRequest request) {
        long started = System.nanoTime();
        try {
            Object result = method.invoke(instance, request);
            return result instanceof ModelResponse response ? response
                    : ModelResponse.of(String.valueOf(result), Duration.ofNanos(System.nanoTime() - started));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ModelCallException failure) {
                throw failure;
            }
            throw new ModelCallException(ErrorKind.APPLICATION, "in-process model "
                    + method.getName() + " threw " + e.getCause(), null, e.getCause());
        } catch (IllegalAccessException e) {
            throw new ModelCallException(ErrorKind.APPLICATION, e.getMessage(), null, e);
        }
    }
}
