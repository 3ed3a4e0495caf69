package vn.keng.registry;

import java.util.Objects;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number, always held in E.164 form ({@code +84912345678}). Built only through
 * {@link #parse(String)}, which accepts the ways people write Vietnamese numbers
 * ({@code 0912345678}, {@code 84912345678}, {@code +84 912 345 678}, {@code 0912.345.678}) and
 * international numbers with their {@code +} prefix. No raw phone string crosses a module boundary.
 */
public final class PhoneNumber {

    public static final String DEFAULT_REGION = "VN";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /** Parses a number typed by a person or sent by a provider, with Vietnam as the default region. */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException(raw, "empty");
        }
        String trimmed = raw.strip();
        if (trimmed.length() > 32) {
            throw new InvalidPhoneNumberException(raw, "too long");
        }
        String digits = trimmed.replaceAll("[\\s.()\\-]", "");
        if (!digits.matches("\\+?\\d+")) {
            throw new InvalidPhoneNumberException(raw, "not a phone number");
        }
        if (digits.startsWith("0084")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "+" + digits; // 84912345678: the country code typed without its plus
        }
        try {
            var number = UTIL.parse(digits, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                throw new InvalidPhoneNumberException(raw, "not a valid number");
            }
            return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(raw, "not a phone number");
        }
    }

    /** Restores a number that was stored in E.164 form by this class. */
    public static PhoneNumber ofE164(String e164) {
        if (e164 == null || !e164.matches("\\+\\d{6,15}")) {
            throw new InvalidPhoneNumberException(e164, "not in E.164 form");
        }
        return new PhoneNumber(e164);
    }

    public String e164() {
        return e164;
    }

    /** The Vietnamese national form ({@code 0912345678}) for +84 numbers, E.164 otherwise. */
    public String national() {
        return e164.startsWith("+84") ? "0" + e164.substring(3) : e164;
    }

    public boolean isVietnamese() {
        return e164.startsWith("+84");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && e164.equals(other.e164);
    }

    @Override
    public int hashCode() {
        return Objects.hash(e164);
    }

    @Override
    public String toString() {
        return e164;
    }
}
