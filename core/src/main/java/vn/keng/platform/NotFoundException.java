package vn.keng.platform;

/** Something asked for by id does not exist; the admin API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
