package dev.evalunit.archrules;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import org.apiguardian.api.API;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One name per concept: finds simple type names that the project's main sources declare more than once.
 *
 * <p>Every top-level type counts, and every nested type a reader outside its file can see (declared
 * {@code public}, or a member of an interface, inside owners that are visible too). A name is a clash when
 * two such types share it and at least one of them is top-level: a top-level type is used by its simple name,
 * so a second type of that name forces qualified names on whoever needs both. Nested types that share a name
 * with each other only ({@code Score.Failed}, {@code Outcome.Failed}) are read through their owners and do
 * not clash.
 *
 * <p>The sources are parsed, not compiled, with the JDK's own parser, so the check needs neither the modules'
 * classes nor their dependencies.
 */
@API(status = INTERNAL, since = "0.1")
public final class TypeNames {

    /** A type the check counts: its simple name, where it is declared, and whether it is top-level. */
    public record DeclaredType(String simpleName, String qualifiedName, Path source, boolean topLevel) {
    }

    private TypeNames() {
    }

    /**
     * The clashes among the types declared under every {@code src/main/java} directory of the modules directly
     * below {@code projectRoot}, by simple name, each with every declaration of that name.
     */
    public static Map<String, List<DeclaredType>> clashes(Path projectRoot) {
        Map<String, List<DeclaredType>> byName = declaredTypes(sourceFiles(projectRoot)).stream()
                .collect(Collectors.groupingBy(DeclaredType::simpleName, TreeMap::new, Collectors.toList()));
        byName.values().removeIf(types -> types.size() < 2 || types.stream().noneMatch(DeclaredType::topLevel));
        return byName;
    }

    /** The clashes as one message, a line per declaration, for a failing check. */
    public static String describe(Map<String, List<DeclaredType>> clashes, Path projectRoot) {
        StringBuilder message = new StringBuilder(clashes.size() + " type name(s) declared more than once:");
        clashes.forEach((name, types) -> {
            message.append("\n  ").append(name);
            for (DeclaredType type : types) {
                message.append("\n    ").append(type.qualifiedName())
                        .append(type.topLevel() ? "" : " (nested)")
                        .append("  ").append(projectRoot.relativize(type.source()));
            }
        });
        return message.toString();
    }

    private static List<Path> sourceFiles(Path projectRoot) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(projectRoot)) {
            for (Path sources : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> walk = Files.walk(sources)) {
                    walk.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> !p.endsWith("package-info.java") && !p.endsWith("module-info.java"))
                            .sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sources under " + projectRoot, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no src/main/java sources in the modules under " + projectRoot.toAbsolutePath());
        }
        return files;
    }

    private static List<DeclaredType> declaredTypes(List<Path> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null, units);
            List<DeclaredType> types = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                Path source = Path.of(unit.getSourceFile().toUri());
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
                for (Tree declaration : unit.getTypeDecls()) {
                    if (declaration instanceof ClassTree type) {
                        String name = type.getSimpleName().toString();
                        types.add(new DeclaredType(name, pkg + name, source, true));
                        addVisibleMembers(type, pkg + name, source, types);
                    }
                }
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the project's sources", e);
        }
    }

    private static void addVisibleMembers(ClassTree owner, String ownerName, Path source, List<DeclaredType> types) {
        // Members of interfaces and annotations are public without saying so.
        boolean implicitlyPublic = owner.getKind() == Tree.Kind.INTERFACE || owner.getKind() == Tree.Kind.ANNOTATION_TYPE;
        for (Tree member : owner.getMembers()) {
            if (member instanceof ClassTree nested
                    && (implicitlyPublic || nested.getModifiers().getFlags().contains(Modifier.PUBLIC))) {
                String name = nested.getSimpleName().toString();
                types.add(new DeclaredType(name, ownerName + "." + name, source, false));
                addVisibleMembers(nested, ownerName + "." + name, source, types);
            }
        }
    }
}
