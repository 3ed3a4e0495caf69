package vn.keng.messaging;

/**
 * A file sent with a message (a report's PDF, spreadsheet or chart picture). Channels that cannot
 * carry files (SMS) send the text alone.
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }
}
