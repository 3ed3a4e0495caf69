package vn.keng.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma or semicolon separated fields, double-quoted fields with
 * embedded separators, quotes and line breaks, CRLF or LF line ends, a leading UTF-8 BOM. Reads
 * one record at a time, so a large file never sits whole in memory; a field longer than the limit
 * stops the read with the line number.
 */
final class CsvReader {

    private final Reader in;
    private final int maxField;
    private char separator;
    private int line = 1;
    private int recordLine;
    private int peeked = -2;

    CsvReader(Reader in, int maxField) {
        this.in = in;
        this.maxField = maxField;
    }

    /** The line on which the last record returned started. */
    int recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    List<String> next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd(c);
                continue;
            }
            if (c == '\uFEFF' && recordLine == 0) {
                continue;
            }
            unread(c);
            recordLine = line;
            return record();
        }
    }

    private List<String> record() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException(recordLine, "a quoted field is not closed");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        unread(n);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c);
                }
                continue;
            }
            if (c == -1 || c == '\r' || c == '\n') {
                fields.add(fieldWasQuoted ? field.toString() : field.toString().strip());
                if (c != -1) {
                    consumeLineEnd(c);
                }
                return fields;
            }
            if (isSeparator((char) c)) {
                fields.add(fieldWasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                fieldWasQuoted = true;
            } else {
                append(field, (char) c);
            }
        }
    }

    private boolean isSeparator(char c) {
        if (separator == 0 && (c == ',' || c == ';')) {
            separator = c; // the header decides: Excel in Vietnamese locales writes semicolons
        }
        return c == separator;
    }

    private void append(StringBuilder field, char c) {
        if (field.length() >= maxField) {
            throw new CsvFormatException(recordLine, "a field is longer than " + maxField + " characters");
        }
        field.append(c);
    }

    private void consumeLineEnd(int c) throws IOException {
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                unread(n);
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        peeked = c;
    }

    /** The input is not well-formed CSV. */
    static final class CsvFormatException extends RuntimeException {
        private final int line;

        CsvFormatException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
