package dev.evalunit.engine.suite;

import dev.evalunit.api.Case;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.EvalVariant;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.spi.SourcePosition;
import dev.evalunit.api.UseScorer;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Reads an {@link EvalSuite} class: its annotated members supply the dataset, variants, scorers and models. */
@API(status = INTERNAL, since = "0.1")
public final class JavaSuiteReader {

    /** The unique-ID key prefix of Java suites. */
    public static final String PREFIX = "class:";

    private final ScorerCatalog scorers;
    private final ModelCatalog models;
    private final InputLimits limits;
    private final PathConfinement paths;

    public JavaSuiteReader(ScorerCatalog scorers, ModelCatalog models, InputLimits limits, PathConfinement paths) {
        this.scorers = scorers;
        this.models = models;
        this.limits = limits;
        this.paths = paths;
    }

    public static boolean isSuite(Class<?> type) {
        return type.isAnnotationPresent(EvalSuite.class) && !Modifier.isAbstract(type.getModifiers())
                && !type.isInterface() && !type.isLocalClass() && !type.isAnonymousClass();
    }

    public SuiteLoad read(Class<?> type) {
        Problems problems = new Problems();
        EvalSuite annotation = type.getAnnotation(EvalSuite.class);
        ClassSource source = ClassSource.from(type);
        String id = annotation.id().isEmpty() ? type.getSimpleName() : annotation.id();
        String name = annotation.name().isEmpty() ? id : annotation.name();
        SuiteChecks checks = new SuiteChecks(problems, limits);
        checks.suiteId(id, m -> Problem.of(source, m));
        Object instance;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(Problem.of(source, "cannot create the suite: it needs a no-argument constructor that does not"
                    + " throw (" + (e instanceof InvocationTargetException t ? t.getCause() : e) + ")"));
            return SuiteLoad.broken(PREFIX + type.getName(), name, source, problems);
        }
        JavaMembers members = new JavaMembers(type, instance, problems, limits.maxCases());
        JavaSourceFile file = JavaSourceFile.of(type);
        List<SuiteCase> cases = cases(members, source, problems);
        Map<String, Function<ModelRequest, ModelResponse>> inProcess = members.inProcessModels();
        List<SuiteVariant> variants = new ArrayList<>();
        List<String> variantIds = new ArrayList<>();
        int problemsBeforeVariants = problems.list().size();
        for (Method method : members.annotated(Variants.class)) {
            for (Variant variant : members.supply(method, Variant.class)) {
                variantIds.add(variant.id());
                if (variant.promptTemplate().isEmpty()) {
                    problems.add(Problem.of(MethodSource.from(method), "variant '" + variant.id()
                            + "' has no prompt template; @Variants supplies prompt variants"));
                    continue;
                }
                variants.add(new SuiteVariant(variant, 0, MethodSource.from(method), new PromptGenerator(
                        new PromptTemplate(variant.promptTemplate().get()), variant.systemPrompt())));
            }
        }
        for (Method method : members.annotated(EvalVariant.class)) {
            applicationVariant(method, instance, problems).ifPresent(v -> {
                variantIds.add(v.variant().id());
                variants.add(v);
            });
        }
        DeclaredNames declaredVariants = new DeclaredNames(variantIds,
                problems.list().size() == problemsBeforeVariants);
        if (variants.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(source, "the suite has no variants; add a @Variants or @EvalVariant method"));
        }
        checks.runSettings(annotation.repeats(), annotation.passRate(), m -> Problem.of(source, m),
                m -> Problem.of(source, m));
        checks.cases(cases, m -> Problem.of(source, m));
        checks.variants(variants, models, inProcess.keySet(), cases);
        List<ScorerSpec> specs = scorerSpecs(type, problems);
        List<SuiteScorer> created = new ArrayList<>(checks.scorers(specs, scorers, cases,
                Optional.empty(), spec -> m -> Problem.of(source, m)));
        boolean allCreated = created.size() == specs.size();
        created.addAll(members.methodScorers());
        DecisionSpec decisions = new DecisionsJava(type, problems, paths, file).read(id, declaredVariants,
                DecisionChecks.scorerMetrics(created, allCreated), created);
        Optional<String> caseTitle = Optional.of(annotation.caseTitle()).filter(t -> !t.isEmpty());
        checks.caseTitle(caseTitle, cases, m -> Problem.of(source, "@EvalSuite caseTitle: " + m));
        Suite suite = problems.isEmpty() ? new Suite(PREFIX + type.getName(), id, name,
                Optional.of(annotation.description()).filter(d -> !d.isEmpty()), caseTitle, source, variants, cases,
                annotation.repeats(), annotation.passRate(), created, decisions, inProcess) : null;
        return SuiteLoad.of(PREFIX + type.getName(), name, source, problems, suite);
    }

    private static List<SuiteCase> cases(JavaMembers members, TestSource suiteSource, Problems problems) {
        List<Method> datasets = members.annotated(Dataset.class);
        if (datasets.size() != 1) {
            problems.add(Problem.of(suiteSource, datasets.isEmpty()
                    ? "missing required @Dataset method supplying the cases"
                    : "a suite has exactly one @Dataset method, found " + datasets.size()));
            return List.of();
        }
        // the file that declares the method, which may be a superclass's
        TestSource source = JavaSourceFile.of(datasets.get(0).getDeclaringClass()).method(datasets.get(0).getName());
        return members.supply(datasets.get(0), Case.class).stream()
                .map(c -> new SuiteCase(c, 0, source)).toList();
    }

    private static Optional<SuiteVariant> applicationVariant(Method method, Object instance, Problems problems) {
        EvalVariant annotation = method.getAnnotation(EvalVariant.class);
        MethodSource source = MethodSource.from(method);
        if (!ApplicationGenerator.supports(method)) {
            problems.add(Problem.of(source, "an @EvalVariant method takes only Case, Variant and ModelClient "
                    + "parameters and returns String, ModelResponse or a CompletionStage of either"));
            return Optional.empty();
        }
        String id = annotation.id().isEmpty() ? method.getName() : annotation.id();
        ModelRef model;
        try {
            model = annotation.model().isEmpty() ? new ModelRef("application", method.getName())
                    : ModelRef.parse(annotation.model());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(source, e.getMessage()));
            return Optional.empty();
        }
        SamplingParams params = new SamplingParams(
                Double.isNaN(annotation.temperature()) ? OptionalDouble.empty() : OptionalDouble.of(annotation.temperature()),
                Double.isNaN(annotation.topP()) ? OptionalDouble.empty() : OptionalDouble.of(annotation.topP()),
                annotation.maxTokens() > 0 ? OptionalInt.of(annotation.maxTokens()) : OptionalInt.empty(), Map.of());
        Variant variant = new Variant(id, annotation.name().isEmpty() ? id : annotation.name(), model,
                Optional.of(annotation.system()).filter(s -> !s.isEmpty()),
                Optional.of(annotation.prompt()).filter(s -> !s.isEmpty()), params);
        return Optional.of(new SuiteVariant(variant, 0, source, new ApplicationGenerator(instance, method)));
    }

    private static List<ScorerSpec> scorerSpecs(Class<?> type, Problems problems) {
        List<ScorerSpec> specs = new ArrayList<>();
        for (UseScorer use : type.getAnnotationsByType(UseScorer.class)) {
            Map<String, Object> options = new LinkedHashMap<>();
            for (String option : use.options()) {
                Object parsed = parseOption(option);
                if (parsed instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> options.put(String.valueOf(k), v));
                } else {
                    problems.add(Problem.of(ClassSource.from(type), "@UseScorer(name = \"" + use.name()
                            + "\") option '" + option + "' must be written 'key: value'"));
                }
            }
            ScorerSpec spec = ScorerSpec.of(use.name(), options, new SourcePosition(type.getName(), 0));
            specs.add(Double.isNaN(use.threshold()) ? spec : spec.withThreshold(use.threshold()));
        }
        return specs;
    }

    /** Reads one {@code key: value} option as YAML; the text itself when it is not YAML. */
    private static Object parseOption(String option) {
        try {
            return new Yaml().load(option);
        } catch (RuntimeException e) {
            return option;
        }
    }
}
