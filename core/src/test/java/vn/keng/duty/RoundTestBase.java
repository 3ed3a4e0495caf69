package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.testing.CoreTestApplication;
import vn.keng.testing.FakeChannels;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;

/**
 * One application context for the duty tests: H2 (or PostgreSQL with -Pintegration), the test clock,
 * the channels faked at the SPI (so that the real notifications find routes and write outbox rows),
 * no dispatcher.
 */
@SpringBootTest(classes = {CoreTestApplication.class, DutyTestSupport.class, FakeChannels.class},
        properties = {"keng.demo.enabled=false", "keng.messaging.dispatcher.enabled=false"})
abstract class RoundTestBase {

    static final LocalDate NIGHT = LocalDate.of(2026, 11, 27);

    Registry registry;
    GongRounds rounds;
    RoundRecords records;
    DutyDialog dialog;
    MutableClock clock;
    RecordingNotifications sent;
    TransactionTemplate tx;
    JdbcTemplate jdbc;

    /** Method injection: Spring Modulith's verification (which sees this test jar from the app) flags fields. */
    @Autowired
    void inject(Registry registry, GongRounds rounds, RoundRecords records, DutyDialog dialog, MutableClock clock,
            RecordingNotifications sent, TransactionTemplate tx, JdbcTemplate jdbc) {
        this.registry = registry;
        this.rounds = rounds;
        this.records = records;
        this.dialog = dialog;
        this.clock = clock;
        this.sent = sent;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    RoundFixture fixture(String zone) {
        return tx.execute(s -> new RoundFixture(registry, zone));
    }

    RoundFixture fixture() {
        return fixture("Asia/Ho_Chi_Minh");
    }

    /** Moves the clock to a commune-local time of the night and runs a step there. */
    boolean runAt(RoundFixture f, String localTime, RoundStep step) {
        return runAt(f, NIGHT, localTime, step);
    }

    boolean runAt(RoundFixture f, LocalDate night, String localTime, RoundStep step) {
        clock.set(f.at(night, localTime));
        return rounds.run(f.commune, night, step);
    }

    RoundEntry entry(RoundFixture f, long gongPoint) {
        return records.night(f.commune, NIGHT).stream().filter(e -> e.gongPointId() == gongPoint).findFirst()
                .orElseThrow();
    }

    /** What a person writes at a commune-local time of the night, through the duty dialog handler. */
    FakeDialog says(RoundFixture f, long person, String localTime, String keyword, String rest) {
        Instant at = f.at(NIGHT, localTime);
        clock.set(at);
        FakeDialog d = FakeDialog.text(person(person), keyword, rest, at);
        dialog.handle(d);
        return d;
    }

    FakeDialog taps(RoundFixture f, long person, String localTime, String data) {
        Instant at = f.at(NIGHT, localTime);
        clock.set(at);
        FakeDialog d = FakeDialog.option(person(person), data, at);
        dialog.handle(d);
        return d;
    }

    static java.util.Map<String, Object> params(vn.keng.messaging.Notice notice) {
        return new java.util.HashMap<>(notice.params());
    }

    Person person(long id) {
        return registry.person(id);
    }
}
