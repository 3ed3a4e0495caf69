package vn.keng.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.registry.ImportReport.RowError;

/**
 * Loads the households and people of one village from a CSV file (UTF-8, header row), all rows or
 * nothing. Columns, in any order, in English or Vietnamese without diacritics:
 * {@code household_code|ma_ho}, {@code address|dia_chi} (required), {@code group|to_lien_gia},
 * {@code name|ho_ten} (required), {@code phone|so_dien_thoai}, {@code roles|vai_tro}
 * (e.g. {@code RESIDENT STRIKER}), {@code language|ngon_ngu} ({@code vi}/{@code en}).
 * Rows with the same household code (or, without a code, the same address) are one household.
 */
@Service
public class HouseholdImport {

    public static final int MAX_FIELD = 300;
    public static final int MAX_ROWS = 50_000;

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("household_code", "household_code"), Map.entry("ma_ho", "household_code"),
            Map.entry("address", "address"), Map.entry("dia_chi", "address"),
            Map.entry("group", "group"), Map.entry("to_lien_gia", "group"),
            Map.entry("name", "name"), Map.entry("ho_ten", "name"),
            Map.entry("phone", "phone"), Map.entry("so_dien_thoai", "phone"),
            Map.entry("roles", "roles"), Map.entry("vai_tro", "roles"),
            Map.entry("language", "language"), Map.entry("ngon_ngu", "language"));

    private final Registry registry;
    private final PeopleStore people;
    private final HouseholdsStore households;
    private final SafetyGroupsStore groups;

    HouseholdImport(Registry registry, PeopleStore people, HouseholdsStore households, SafetyGroupsStore groups) {
        this.registry = registry;
        this.people = people;
        this.households = households;
        this.groups = groups;
    }

    @Transactional
    public ImportReport importVillage(Long villageId, Reader csv) throws IOException {
        Village village = registry.village(villageId);
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(csv, village, errors);
        if (!rows.isEmpty()) {
            checkPhonesAreNew(rows, errors);
        }
        if (!errors.isEmpty() || rows.isEmpty()) {
            if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(new RowError(1, null, "the file has no data rows"));
            }
            return new ImportReport(0, 0, errors, List.of());
        }
        return write(village, rows);
    }

    /**
     * Reads and checks the file as {@link #importVillage} does, writing nothing: every bad row with
     * its line, or the rows that an import would create.
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(Long villageId, Reader csv) throws IOException {
        Village village = registry.village(villageId);
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(csv, village, errors);
        if (!rows.isEmpty()) {
            checkPhonesAreNew(rows, errors);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(1, null, "the file has no data rows"));
        }
        if (!errors.isEmpty()) {
            return new ImportPreview(List.of(), errors);
        }
        return new ImportPreview(rows.stream().map(r -> new ImportPreview.PreviewRow(r.line(), r.code(), r.address(),
                r.groupId(), r.name(), r.phone() == null ? null : r.phone().e164(), Set.copyOf(r.roles()),
                r.language().code())).toList(), List.of());
    }

    private List<Row> parse(Reader csv, Village village, List<RowError> errors) throws IOException {
        CsvReader reader = new CsvReader(csv, MAX_FIELD);
        List<Row> rows = new ArrayList<>();
        try {
            List<String> header = reader.next();
            if (header == null) {
                return rows;
            }
            Map<String, Integer> index = headerIndex(header, errors);
            if (!errors.isEmpty()) {
                return rows;
            }
            Map<String, Long> groupIds = new HashMap<>();
            groups.findByVillageIdOrderByName(village.getId())
                    .forEach(g -> groupIds.put(key(g.getName()), g.getId()));
            Set<PhoneNumber> seenPhones = new HashSet<>();
            List<String> fields;
            while ((fields = reader.next()) != null) {
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new RowError(reader.recordLine(), null, "more than " + MAX_ROWS + " rows"));
                    break;
                }
                Row row = row(reader.recordLine(), fields, index, groupIds, seenPhones, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (CsvReader.CsvFormatException e) {
            errors.add(new RowError(e.line(), null, e.getMessage()));
        }
        return rows;
    }

    private Map<String, Integer> headerIndex(List<String> header, List<RowError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(new RowError(1, header.get(i), "unknown column"));
            } else if (index.putIfAbsent(column, i) != null) {
                errors.add(new RowError(1, header.get(i), "column appears twice"));
            }
        }
        for (String required : List.of("address", "name")) {
            if (!index.containsKey(required)) {
                errors.add(new RowError(1, required, "required column is missing"));
            }
        }
        return index;
    }

    private Row row(int line, List<String> fields, Map<String, Integer> index, Map<String, Long> groupIds,
            Set<PhoneNumber> seenPhones, List<RowError> errors) {
        int before = errors.size();
        String name = field(fields, index, "name");
        String address = field(fields, index, "address");
        String code = field(fields, index, "household_code");
        String groupName = field(fields, index, "group");
        if (name.isEmpty()) {
            errors.add(new RowError(line, "name", "name is required"));
        }
        if (address.isEmpty()) {
            errors.add(new RowError(line, "address", "address is required"));
        }
        PhoneNumber phone = null;
        String rawPhone = field(fields, index, "phone");
        if (!rawPhone.isEmpty()) {
            try {
                phone = PhoneNumber.parse(rawPhone);
                if (!seenPhones.add(phone)) {
                    errors.add(new RowError(line, "phone", "duplicate person: phone " + phone + " appears twice in the file"));
                }
            } catch (InvalidPhoneNumberException e) {
                errors.add(new RowError(line, "phone", "bad phone '" + rawPhone + "': " + e.reason()));
            }
        }
        Long groupId = null;
        if (!groupName.isEmpty()) {
            groupId = groupIds.get(key(groupName));
            if (groupId == null) {
                errors.add(new RowError(line, "group", "unknown group '" + groupName + "' in this village"));
            }
        }
        Set<Role> roles = EnumSet.of(Role.RESIDENT);
        for (String word : field(fields, index, "roles").split("[\\s,;|]+")) {
            if (!word.isBlank()) {
                try {
                    roles.add(Role.valueOf(word.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(line, "roles", "unknown role '" + word + "'"));
                }
            }
        }
        Language language = Language.VI;
        try {
            language = Language.fromCode(field(fields, index, "language"));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(line, "language", e.getMessage()));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(line, code.isEmpty() ? null : code, address, groupId, name, phone, roles, language);
    }

    private static String field(List<String> fields, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= fields.size() ? "" : fields.get(i).strip();
    }

    private void checkPhonesAreNew(List<Row> rows, List<RowError> errors) {
        Map<PhoneNumber, Integer> lines = new HashMap<>();
        rows.stream().filter(r -> r.phone() != null).forEach(r -> lines.put(r.phone(), r.line()));
        List<PhoneNumber> phones = new ArrayList<>(lines.keySet());
        for (int from = 0; from < phones.size(); from += 1000) {
            for (Person holder : people.findByPhoneIn(phones.subList(from, Math.min(phones.size(), from + 1000)))) {
                PhoneNumber taken = holder.getPhone();
                errors.add(new RowError(lines.get(taken), "phone", "duplicate person: phone " + taken + " is already registered"));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }

    private ImportReport write(Village village, List<Row> rows) {
        // One query for the village's existing households: a query per row would flush the whole
        // persistence context each time and make a large import quadratic.
        Map<String, Household> byKey = new LinkedHashMap<>();
        households.findByVillageIdOrderById(village.getId()).stream().filter(h -> h.getCode() != null)
                .forEach(h -> byKey.put("code:" + h.getCode(), h));
        int createdHouseholds = 0;
        for (Row row : rows) {
            String key = row.code() != null ? "code:" + row.code() : "address:" + key(row.address());
            Household household = byKey.get(key);
            if (household == null) {
                household = households.save(new Household(village.getId(), row.code(), row.address()));
                createdHouseholds++;
                byKey.put(key, household);
            }
            if (row.groupId() != null) {
                household.joinGroup(row.groupId());
            }
            Person person = new Person(village.getCommuneId(), row.name(), row.phone(), row.roles());
            person.placeIn(village.getId(), household.getId());
            person.changeLanguage(row.language());
            people.save(person);
        }
        households.flush();
        List<String> warnings = new ArrayList<>();
        for (SafetyGroup group : groups.findByVillageIdOrderByName(village.getId())) {
            String warning = SafetyGroup.sizeWarning(households.countByGroupId(group.getId()));
            if (warning != null) {
                warnings.add(group.getName() + ": " + warning);
            }
        }
        return new ImportReport(createdHouseholds, rows.size(), List.of(), warnings);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private record Row(int line, String code, String address, Long groupId, String name, PhoneNumber phone,
            Set<Role> roles, Language language) {
    }
}
