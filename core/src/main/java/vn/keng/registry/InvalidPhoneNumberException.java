package vn.keng.registry;

/** A phone number that cannot be understood; the message says why, for the person who typed it. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    private final String input;
    private final String reason;

    public InvalidPhoneNumberException(String input, String reason) {
        super("Invalid phone number '" + abbreviate(input) + "': " + reason);
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
