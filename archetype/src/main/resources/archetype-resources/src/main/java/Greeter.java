package ${package};

/** Application code: builds the prompt the greeting feature sends to its model. */
public final class Greeter {

    private final String style;

    public Greeter(String style) {
        this.style = style;
    }

    /** The prompt for greeting a person. */
    public String prompt(String name) {
        return style.equals("friendly") ? "Hello " + name + ", nice to see you!" : "Hello " + name;
    }
}
