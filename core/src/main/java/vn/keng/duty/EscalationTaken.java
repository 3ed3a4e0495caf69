package vn.keng.duty;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One escalation step taken for a night, and when. */
@Embeddable
public record EscalationTaken(@Enumerated(EnumType.STRING) RoundStep step, Instant takenAt) {
}
