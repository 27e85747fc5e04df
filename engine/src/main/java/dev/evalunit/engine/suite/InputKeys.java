package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The configuration keys suite and dataset reading obeys; {@code dev.evalunit.engine.Constants} documents each for users. */
@API(status = INTERNAL, since = "0.1")
public final class InputKeys {

    /** Key: directories datasets may be read from besides the working directory. */
    public static final String DATASET_ROOTS = "evalunit.input.dataset-roots";

    /** Key: most cases in one dataset. */
    public static final String MAX_CASES = "evalunit.input.max-cases";

    /** Key: most characters in one field. */
    public static final String MAX_FIELD_SIZE = "evalunit.input.max-field-size";

    /** Key: largest suite or dataset file in bytes. */
    public static final String MAX_FILE_SIZE = "evalunit.input.max-file-size";

    /** Key: deepest nesting of JSON or YAML values. */
    public static final String MAX_NESTING_DEPTH = "evalunit.input.max-nesting-depth";

    /** Key: most repeats per case. */
    public static final String MAX_REPEATS = "evalunit.input.max-repeats";

    /** Key: most YAML aliases in one file. */
    public static final String MAX_YAML_ALIASES = "evalunit.input.max-yaml-aliases";

    /** Key: most YAML values in one file. */
    public static final String MAX_YAML_VALUES = "evalunit.input.max-yaml-values";

    /** Key: the directory winner exports must stay under. */
    public static final String EXPORT_DIRECTORY = "evalunit.export.directory";

    private InputKeys() {
    }
}
