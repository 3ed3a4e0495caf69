package vn.keng.duty;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A note added to a night's record afterwards; the record itself is never rewritten. */
@Embeddable
record Annotation(@Enumerated(EnumType.STRING) AnnotationKind kind, String note, String author,
        Instant createdAt) {

    public Annotation {
        if (kind == null || author == null || author.isBlank() || createdAt == null) {
            throw new IllegalArgumentException("kind, author and time are required");
        }
        if (note != null && note.length() > 500) {
            throw new IllegalArgumentException("the note is longer than 500 characters");
        }
    }
}
