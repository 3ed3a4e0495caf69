package vn.keng.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Role;

/**
 * The reply keyboards: the role-aware menu of a linked person and the "share my phone" keyboard of
 * onboarding. A tapped menu button arrives as its label; {@link #commandFor(String)} turns it into
 * the plain Vietnamese command the conversation understands.
 */
@Component
@Conditional(TelegramEnabled.class)
class Menus {

    /** Menu entries: template key of the label → the text handed to the core when tapped. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("telegram.menu.fire", "Báo cháy");
        COMMANDS.put("telegram.menu.theft", "Báo trộm");
        COMMANDS.put("telegram.menu.rescue", "Cứu nạn");
        COMMANDS.put("telegram.menu.disorder", "Báo gây rối");
        COMMANDS.put("telegram.menu.my-group", "Tổ của tôi");
        COMMANDS.put("telegram.menu.duty", "Ca trực tối nay");
        COMMANDS.put("telegram.menu.report", "/baocao");
    }

    private final TelegramTexts texts;
    private final Map<String, String> labelToCommand = new LinkedHashMap<>();

    Menus(TelegramTexts texts) {
        this.texts = texts;
        for (Language language : Language.values()) {
            COMMANDS.forEach((key, command) -> labelToCommand.put(texts.get(language, key), command));
        }
    }

    /** The menu for a person: every role reports incidents; strikers see their duty; officials and police reports. */
    ReplyKeyboardMarkup menuFor(Person person) {
        Language language = person.getLanguage();
        List<KeyboardRow> rows = new ArrayList<>();
        rows.add(row(language, "telegram.menu.fire", "telegram.menu.theft"));
        rows.add(row(language, "telegram.menu.rescue", "telegram.menu.disorder"));
        KeyboardRow last = row(language, "telegram.menu.my-group");
        if (person.hasRole(Role.STRIKER)) {
            last.add(button(language, "telegram.menu.duty"));
        }
        if (person.hasRole(Role.OFFICIAL) || person.hasRole(Role.POLICE) || person.hasRole(Role.ADMIN)) {
            last.add(button(language, "telegram.menu.report"));
        }
        rows.add(last);
        return ReplyKeyboardMarkup.builder().keyboard(rows).resizeKeyboard(true).isPersistent(true).build();
    }

    /** The onboarding keyboard: one button that shares the person's own phone contact. */
    ReplyKeyboardMarkup sharePhone(Language language) {
        KeyboardButton share = KeyboardButton.builder().text(texts.get(language, "telegram.button.share-phone"))
                .requestContact(true).build();
        return ReplyKeyboardMarkup.builder().keyboardRow(new KeyboardRow(share)).resizeKeyboard(true)
                .oneTimeKeyboard(true).build();
    }

    /** The core's words for a tapped menu label, or the text unchanged. */
    String commandFor(String text) {
        return text == null ? null : labelToCommand.getOrDefault(text.strip(), text);
    }

    private KeyboardRow row(Language language, String... keys) {
        KeyboardRow row = new KeyboardRow();
        for (String key : keys) {
            row.add(button(language, key));
        }
        return row;
    }

    private KeyboardButton button(Language language, String key) {
        return new KeyboardButton(texts.get(language, key));
    }
}
