package vn.keng.platform;

/** A change that would break a uniqueness or consistency rule; the admin API answers 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
