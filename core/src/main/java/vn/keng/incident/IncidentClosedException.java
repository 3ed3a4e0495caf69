package vn.keng.incident;

/** A change an incident refuses in its current status (an answer to a closed incident, closing it twice). */
public class IncidentClosedException extends IllegalStateException {

    private final transient IncidentStatus status;

    IncidentClosedException(Long id, IncidentStatus status, String action) {
        super("Incident " + id + " is " + status + "; cannot " + action);
        this.status = status;
    }

    public IncidentStatus status() {
        return status;
    }
}
