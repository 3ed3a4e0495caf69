package vn.keng.registry;

import java.util.List;

/**
 * What a CSV import did, or why it did nothing.
 *
 * @param households households created
 * @param people people created
 * @param errors every bad row with its line number and reason; when not empty, nothing was written
 * @param warnings facts worth knowing that did not stop the import (group sizes outside 5-15)
 */
public record ImportReport(int households, int people, List<RowError> errors, List<String> warnings) {

    public boolean accepted() {
        return errors.isEmpty();
    }

    /** A rejected row. */
    public record RowError(int line, String column, String reason) {
    }
}
