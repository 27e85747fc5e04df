package dev.evalunit.archrules;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The boundary rules of one module, checked against the module's own compiled classes
 * ({@code target/classes}, the working directory of a module's tests being the module): every public
 * top-level type states its status with {@link API}, the packages a module exports as API depend neither on its
 * internal packages nor on Jackson, and no two packages depend on each other.
 */
@API(status = INTERNAL, since = "0.1")
public final class ApiBoundary {

    private final List<String> apiPackages = new ArrayList<>();
    private final List<String> internalPackages = new ArrayList<>();
    private final List<String> wiringClasses = new ArrayList<>();

    private ApiBoundary() {
    }

    /** The rules for a module with no API packages of its own beyond what {@link #api} adds. */
    public static ApiBoundary module() {
        return new ApiBoundary();
    }

    /** ArchUnit package patterns ({@code dev.evalunit.api..}) of the packages this module exports as API. */
    public ApiBoundary api(String... packages) {
        apiPackages.addAll(List.of(packages));
        return this;
    }

    /** ArchUnit package patterns of this module's internal packages, which the API packages must not use. */
    public ApiBoundary internal(String... packages) {
        internalPackages.addAll(List.of(packages));
        return this;
    }

    /**
     * Leaves out of the cycle rule the dependencies of one class that wires implementations from sub-packages
     * which in turn implement interfaces of its own package (a composition root).
     */
    public ApiBoundary wiring(String className) {
        wiringClasses.add(className);
        return this;
    }

    /** Checks every rule against the module's main classes; throws one {@link AssertionError} naming every violation of every rule. */
    public void check() {
        check(Path.of("target", "classes"));
    }

    void check(Path classDirectory) {
        // Only the module's own classes count; resolving the rest from the class path would only cost time.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses mine = new ClassFileImporter().importPath(classDirectory);
        if (mine.isEmpty()) {
            throw new AssertionError("no classes under " + classDirectory.toAbsolutePath());
        }
        List<String> violations = new ArrayList<>();
        for (ArchRule rule : rules()) {
            EvaluationResult result = rule.evaluate(mine);
            if (result.hasViolation()) {
                violations.add(result.getFailureReport().toString());
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(String.join("\n", violations));
        }
    }

    private List<ArchRule> rules() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(classes().that().arePublic().and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().beAnnotatedWith(API.class)
                .because("a public type states whether it is API (STABLE, EXPERIMENTAL) or INTERNAL"));
        if (!apiPackages.isEmpty()) {
            String[] api = apiPackages.toArray(String[]::new);
            List<String> forbidden = new ArrayList<>(internalPackages);
            forbidden.add("com.fasterxml.jackson..");
            rules.add(noClasses().that().resideInAnyPackage(api)
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("API packages must not expose internals or the JSON library"));
        }
        SliceRule cycles = slices().matching("dev.evalunit.(**)").should().beFreeOfCycles();
        for (String wiring : wiringClasses) {
            cycles = cycles.ignoreDependency(DescribedPredicate.describe(wiring,
                    (JavaClass c) -> c.getName().equals(wiring)), DescribedPredicate.alwaysTrue());
        }
        rules.add(cycles);
        return rules;
    }
}
