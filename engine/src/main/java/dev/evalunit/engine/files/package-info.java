/** Internal: a run directory's files (JSON Lines, {@code summary.json}, the {@code latest} entry) read and written with Jackson. */
package dev.evalunit.engine.files;
