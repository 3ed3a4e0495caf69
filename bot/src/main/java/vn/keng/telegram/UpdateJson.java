package vn.keng.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Telegram updates with a Jackson 2 mapper of this module's own (TelegramBots' types carry
 * Jackson 2 annotations; the rest of the service uses Jackson 3).
 */
class UpdateJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @throws IllegalArgumentException when the body is not a JSON update */
    Update read(String json) {
        try {
            Update update = mapper.readValue(json, Update.class);
            if (update == null || update.getUpdateId() == null) {
                throw new IllegalArgumentException("not a Telegram update: no update_id");
            }
            return update;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Telegram update: " + e.getOriginalMessage(), e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
