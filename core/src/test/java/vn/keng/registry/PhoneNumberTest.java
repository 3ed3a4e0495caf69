package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "84912345678", "+84 912 345 678", "0912.345.678", "0912-345-678",
            "(+84) 912 345 678", "0084912345678", " 0912345678 "})
    void everyWayPeopleWriteAVietnameseNumberGivesTheSameE164(String written) {
        PhoneNumber phone = PhoneNumber.parse(written);

        assertThat(phone.e164()).isEqualTo("+84912345678");
        assertThat(phone).isEqualTo(PhoneNumber.parse("0912345678")).hasSameHashCodeAs(PhoneNumber.parse("+84912345678"));
        assertThat(phone.national()).isEqualTo("0912345678");
        assertThat(phone.isVietnamese()).isTrue();
    }

    @Test
    void anInternationalNumberWithItsPlusIsAccepted() {
        PhoneNumber us = PhoneNumber.parse("+1 650 253 0000");

        assertThat(us.e164()).isEqualTo("+16502530000");
        assertThat(us.isVietnamese()).isFalse();
        assertThat(us.national()).isEqualTo("+16502530000");
    }

    @Test
    void nonsenseIsRejectedWithAReason() {
        assertThatThrownBy(() -> PhoneNumber.parse("call me maybe"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .satisfies(e -> assertThat(((InvalidPhoneNumberException) e).reason()).isEqualTo("not a phone number"))
                .hasMessageContaining("call me maybe");
    }

    @Test
    void aNumberWithTooFewOrWrongDigitsIsNotValid() {
        assertThatThrownBy(() -> PhoneNumber.parse("0912345"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .satisfies(e -> assertThat(((InvalidPhoneNumberException) e).reason()).isEqualTo("not a valid number"));
        assertThatThrownBy(() -> PhoneNumber.parse("091234567890"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .satisfies(e -> assertThat(((InvalidPhoneNumberException) e).reason()).isEqualTo("not a valid number"));
    }

    @Test
    void aVeryLongInputIsRejectedAsTooLongAndTheMessageStaysShort() {
        String longInput = "0".repeat(500);

        assertThatThrownBy(() -> PhoneNumber.parse(longInput))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .satisfies(e -> assertThat(((InvalidPhoneNumberException) e).reason()).isEqualTo("too long"))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyIsRejected(String empty) {
        assertThatThrownBy(() -> PhoneNumber.parse(empty))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .satisfies(e -> assertThat(((InvalidPhoneNumberException) e).reason()).isEqualTo("empty"));
        assertThatThrownBy(() -> PhoneNumber.parse(null)).isInstanceOf(InvalidPhoneNumberException.class);
    }

    @Test
    void storedFormIsRestoredOnlyWhenItIsE164() {
        assertThat(PhoneNumber.ofE164("+84912345678")).isEqualTo(PhoneNumber.parse("0912345678"));
        assertThatThrownBy(() -> PhoneNumber.ofE164("0912345678")).isInstanceOf(InvalidPhoneNumberException.class);
    }
}
