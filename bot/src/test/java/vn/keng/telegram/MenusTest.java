package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;

import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Role;

class MenusTest {

    private final Menus menus = new Menus(new TelegramTexts());

    @Test
    void aResidentReportsIncidentsAndSeesTheirGroup() {
        assertThat(labels(menus.menuFor(person(Role.RESIDENT)))).containsExactly(
                "🔥 Báo cháy", "🚨 Báo trộm", "🆘 Cứu nạn", "⚠️ Gây rối", "Tổ của tôi");
    }

    @Test
    void aStrikerAlsoSeesTonightsDutyAndAnOfficialOrPoliceTheReports() {
        assertThat(labels(menus.menuFor(person(Role.STRIKER)))).contains("Ca trực tối nay").doesNotContain("Báo cáo");
        assertThat(labels(menus.menuFor(person(Role.OFFICIAL)))).contains("Báo cáo").doesNotContain("Ca trực tối nay");
        assertThat(labels(menus.menuFor(person(Role.POLICE, Role.STRIKER)))).contains("Báo cáo", "Ca trực tối nay");
    }

    @Test
    void anEnglishSpeakerGetsTheMenuInEnglish() {
        Person person = person(Role.RESIDENT);
        person.changeLanguage(Language.EN);
        assertThat(labels(menus.menuFor(person))).contains("🔥 Report fire", "My group");
    }

    @Test
    void theSharePhoneButtonRequestsTheContact() {
        KeyboardButton button = menus.sharePhone(Language.VI).getKeyboard().get(0).get(0);
        assertThat(button.getText()).isEqualTo("📱 Chia sẻ số điện thoại");
        assertThat(button.getRequestContact()).isTrue();
    }

    private static Person person(Role... roles) {
        return new Person(1L, "Nguyễn Văn An", null, Set.of(roles));
    }

    private static List<String> labels(ReplyKeyboardMarkup keyboard) {
        return keyboard.getKeyboard().stream().flatMap(List::stream).map(KeyboardButton::getText).toList();
    }
}
