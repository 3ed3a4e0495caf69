package vn.keng.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.keng.registry.PhoneNumber;

class VietnameseCarrierTest {

    @ParameterizedTest
    @CsvSource({ "0961234567,VIETTEL", "0321234567,VIETTEL", "0861234567,VIETTEL", "0912345678,VINAPHONE",
            "0841234567,VINAPHONE", "0881234567,VINAPHONE", "0901234567,MOBIFONE", "0701234567,MOBIFONE",
            "0898123456,MOBIFONE", "0921234567,VIETNAMOBILE", "0591234567,GMOBILE", "0871234567,ITELECOM",
            "+84 98 123 4567,VIETTEL" })
    void tellsTheLikelyNetworkByPrefix(String number, VietnameseCarrier carrier) {
        assertThat(VietnameseCarrier.of(PhoneNumber.parse(number))).contains(carrier);
    }

    @ParameterizedTest
    @ValueSource(strings = { "+14155550123", "02439999999" })
    void knowsNoNetworkForForeignOrFixedNumbers(String number) {
        assertThat(VietnameseCarrier.of(PhoneNumber.parse(number))).isEmpty();
    }
}
