package vn.keng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, and only that module names it in a query. A schema change in one
 * module can then never silently break another: the others reach its data through its services,
 * its API types or its events, which the compiler and {@code verify()} see.
 * <p>
 * The owner of a table is the module that maps it ({@code @Entity}, {@code @Table},
 * {@code @CollectionTable}) or writes it with SQL ({@code insert into}, {@code update},
 * {@code delete from}); a table with two owners fails. Queries are read from the string literals of
 * every module's main sources: SQL names tables, JPQL names entities. Quartz's and Spring Modulith's
 * own tables belong to those libraries.
 */
class TableOwnershipTest {

    /** Tables of the libraries: Quartz's (scheduler) and the event publication registry. */
    private static final Pattern LIBRARY = Pattern.compile("qrtz_\\w+|event_publication\\w*");

    /**
     * Reads of another module's tables still to be moved to events or the owner's API (the report read
     * model took the rounds, patrols and incidents: {@code report_night}, {@code report_patrol}, {@code report_incident}).
     */
    static final Set<String> KNOWN_READS = Set.of(
            "report -> commune", "report -> gong_point", "report -> household", "report -> inbound_message",
            "report -> outbound_message", "report -> person", "report -> safety_group",
            "report -> village", "report -> village_notice");

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(from|join|update|into|delete\\s+from)\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern TABLE = Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\(\\s*name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[^{]*?\\b(?:class|record)\\s+(\\w+)", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package vn\\.keng\\.(\\w+)", Pattern.MULTILINE);

    record Source(String module, Path path, String text) {
    }

    /** table or entity name (lower case) → owning modules */
    static Map<String, Set<String>> owners(List<Source> sources) {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Source source : sources) {
            Matcher entity = ENTITY.matcher(source.text());
            while (entity.find()) {
                String name = entity.group(1);
                own(owners, name.toLowerCase(), source.module());
                own(owners, name.replaceAll("(?<!^)([A-Z])", "_$1").toLowerCase(), source.module());
            }
            Matcher table = TABLE.matcher(source.text());
            while (table.find()) {
                own(owners, table.group(1).toLowerCase(), source.module());
            }
            for (String literal : literals(source.text())) {
                Matcher write = WRITE.matcher(literal);
                while (write.find()) {
                    own(owners, write.group(2).toLowerCase(), source.module());
                }
            }
        }
        owners.keySet().removeIf(name -> LIBRARY.matcher(name).matches());
        return owners;
    }

    /** "module -> table" for every query naming a table or entity another module owns. */
    static Set<String> foreignReads(List<Source> sources, Map<String, Set<String>> owners) {
        Set<String> reads = new TreeSet<>();
        for (Source source : sources) {
            for (String literal : literals(source.text())) {
                Matcher named = NAMED.matcher(literal);
                while (named.find()) {
                    Set<String> owner = owners.get(named.group(2).toLowerCase());
                    if (owner != null && !owner.contains(source.module())) {
                        reads.add(source.module() + " -> " + named.group(2).toLowerCase());
                    }
                }
            }
        }
        return reads;
    }

    @Test
    void everyTableHasOneOwner() {
        Map<String, Set<String>> owners = owners(sources());
        assertThat(owners).containsKeys("person", "village", "nightly_duty", "incident", "outbound_message",
                "village_notice");
        assertThat(owners).allSatisfy((table, modules) -> assertThat(modules).as(table).hasSize(1));
    }

    @Test
    void noModuleQueriesAnotherModulesTables() {
        List<Source> sources = sources();
        Set<String> reads = foreignReads(sources, owners(sources));
        assertThat(reads).as("queries naming another module's tables").isSubsetOf(KNOWN_READS);
        assertThat(KNOWN_READS).as("reads moved away since: take them off the list").isSubsetOf(reads);
    }

    @Test
    void theRuleSeesAForeignQuery() {
        List<Source> sources = List.of(
                new Source("registry", Path.of("Village.java"), "@Entity\nclass Village {}"),
                new Source("registry", Path.of("Villages.java"), "String q = \"update village set name = ?\";"),
                new Source("incident", Path.of("Locks.java"),
                        "String sql = \"select id from village where id = ? for update\";\n"
                                + "String jpql = \"\"\"\n select v from Village v\n \"\"\";\n"
                                + "// this comment names village in from village, and is no query\n"));
        Map<String, Set<String>> owners = owners(sources);
        assertThat(owners.get("village")).containsExactly("registry");
        assertThat(foreignReads(sources, owners)).containsExactly("incident -> village");
    }

    private static void own(Map<String, Set<String>> owners, String name, String module) {
        owners.computeIfAbsent(name, n -> new TreeSet<>()).add(module);
    }

    private static List<String> literals(String text) {
        List<String> literals = new ArrayList<>();
        Matcher m = STRING.matcher(text);
        while (m.find()) {
            literals.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return literals;
    }

    /** Every module's main Java sources, found from the build's root folder. */
    private static List<Source> sources() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("core/src/main/java"))) {
            root = root.getParent();
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String text = Files.readString(file);
                        Matcher pkg = PACKAGE.matcher(text);
                        if (pkg.find()) {
                            sources.add(new Source(pkg.group(1), file, text));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
