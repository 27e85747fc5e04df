package ex.a2;

/** Shares its name with private and package-private nested types only. */
public final class Hidden {
}
