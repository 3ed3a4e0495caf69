package vn.keng.duty;

/** Why a night's record was annotated afterwards. */
enum AnnotationKind {
    /** An official excused the night: it shows as EXCUSED. */
    EXCUSED,
    /** The striker struck the gong by mistake and the village was told. */
    MISTAKEN_STRIKE,
    /** The duty was handed to someone else during the night. */
    HANDED_OVER
}
