package vn.keng.messaging;

/**
 * One answer a person may give to a message: shown as a button on Telegram and the simulator, as
 * a numbered reply on SMS ("1=Den ngay").
 *
 * @param number the digit that selects it by SMS (1, 2, ...; 0 for "none of these")
 * @param label the text shown, in the recipient's language, rendered for the channel
 * @param data what the core receives back when it is chosen (at most 64 bytes: Telegram's limit)
 */
public record ReplyOption(int number, String label, String data) {

    public ReplyOption {
        if (number < 0 || number > 9) {
            throw new IllegalArgumentException("option numbers run from 0 to 9");
        }
        if (data == null || data.isEmpty() || data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("option data must be 1-64 bytes");
        }
    }
}
