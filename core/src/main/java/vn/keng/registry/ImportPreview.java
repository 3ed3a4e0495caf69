package vn.keng.registry;

import java.util.List;
import java.util.Set;

/**
 * What a CSV import would do, before anything is written ({@link HouseholdImport#preview}).
 *
 * @param rows the rows an import would create, by line; empty when there are errors
 * @param errors every bad row with its line number and reason; when not empty, an import writes nothing
 */
public record ImportPreview(List<PreviewRow> rows, List<ImportReport.RowError> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }

    /** One good row: the household (code or address, group id) and the person (phone in E.164). */
    public record PreviewRow(int line, String householdCode, String address, Long groupId, String name, String phone,
            Set<Role> roles, String language) {
    }
}
