package vn.keng.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.report.Report;
import vn.keng.report.SampleReports;

/** The report JSON is the admin API's contract: its fields, in their order, with nulls kept where the API had them. */
class JsonShapeTest {

    static final List<String> ROW = List.of("id", "name", "nights", "onTime", "late", "missed", "serviceDown",
            "excused", "substitute", "onTimeShare", "alarmStrikes", "mistakenStrikes", "incidents", "incidentsByKind",
            "falseAlarms", "unverified", "medianMinutesToComing", "worstMinutesToComing", "medianMinutesToClose",
            "worstMinutesToClose", "groups", "households", "householdsInGroups", "groupCoverage", "groupsOutsideRange",
            "gongPoints", "householdsPerGong", "needsAnotherGong", "villagesNeedingGong", "smsSegments", "calls", "notices",
            "patrols");

    final JsonNode json = read(SampleReports.full());

    @Test
    void theRootKeepsItsFieldsAndAddsTheSpreadOfTheRecords() {
        assertThat(names(json)).containsExactly("communeId", "commune", "province", "villageId", "period",
                "previousPeriod", "noData", "householdsPerGongThreshold", "callCostCurrency", "villages", "total", "strikers",
                "incidentsPerMonth", "generatedAt", "spread");
        assertThat(json.get("villageId").isNull()).isTrue();
        assertThat(names(json.get("period"))).containsExactly("kind", "code", "from", "to");
        assertThat(json.get("spread").get("nights").asInt()).isEqualTo(365);
        assertThat(json.get("spread").get("gongPoints").asInt()).isEqualTo(3);
    }

    @Test
    void villageRowsCarryThePreviousPeriodAndTheTotalRowHasNoIdOrName() {
        JsonNode village = json.get("villages").get(0);
        List<String> withPrevious = new ArrayList<>(ROW);
        withPrevious.add("previous");
        assertThat(names(village)).containsExactlyElementsOf(withPrevious);
        assertThat(names(village.get("previous"))).containsExactlyElementsOf(ROW);
        assertThat(names(village.get("incidentsByKind"))).containsExactly("FIRE", "THEFT", "RESCUE", "DISORDER", "OTHER");
        assertThat(names(village.get("gongPoints"))).containsExactlyInAnyOrder("good", "damaged", "lost");
        assertThat(names(json.get("total"))).containsExactlyElementsOf(withPrevious.subList(2, withPrevious.size()));
        assertThat(names(json.get("strikers").get(0))).containsExactly("personId", "name", "village", "nights");
        assertThat(json.get("incidentsPerMonth").get("2026-07").asInt()).isEqualTo(5);
    }

    @Test
    void nullFiguresStayAsNulls() {
        JsonNode empty = read(SampleReports.empty());
        assertThat(empty.get("villages").isEmpty()).isTrue();
        assertThat(empty.get("total").get("onTimeShare").isNull()).isTrue();
        assertThat(empty.get("total").get("medianMinutesToComing").isNull()).isTrue();
        assertThat(empty.get("total").get("groupCoverage").isNull()).isTrue();
        assertThat(empty.get("total").get("householdsPerGong").isNull()).isTrue();
    }

    private static JsonNode read(Report report) {
        return JsonMapper.builder().build().readTree(new String(JsonReport.render(report), StandardCharsets.UTF_8));
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
