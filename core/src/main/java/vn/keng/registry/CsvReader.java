package vn.keng.registry;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file one record at a time with Apache Commons CSV (RFC 4180: double-quoted
 * fields with separators, quotes and line breaks, CRLF or LF line ends). What it adds: the separator
 * is detected (the first comma or semicolon outside quotes: Excel in Vietnamese locales writes
 * semicolons), a leading UTF-8 BOM is dropped, blank lines are skipped, unquoted fields are trimmed,
 * a field longer than the limit stops the read, and every record and error carries the source line
 * on which its record started, counting the line breaks inside quoted fields.
 */
final class CsvReader {

    private static final int LOOK_AHEAD = 8192;
    private static final char BOM = '\uFEFF';

    private final LineMarks lines;
    private final int maxField;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long lastLine;
    private int recordLine;

    CsvReader(Reader in, int maxField) {
        // a record of 64 full fields, plus what the buffers may have read ahead of it
        this.lines = new LineMarks(in, (long) maxField * 64 + 4L * LOOK_AHEAD);
        this.maxField = maxField;
    }

    /** The line on which the last record returned started. */
    int recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    List<String> next() throws IOException {
        if (records == null) {
            open();
        }
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (RecordTooLong e) {
            throw new CsvFormatException(nextRecordLine(), "a field is longer than " + maxField + " characters");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                // The only malformed input this format rejects: with trailing data allowed after a
                // closing quote, Commons CSV fails only when the input ends inside a quoted field.
                throw new CsvFormatException(nextRecordLine(), "a quoted field is not closed");
            }
            throw e.getCause();
        }
        recordLine = nextRecordLine();
        lastLine = parser.getCurrentLineNumber();
        lines.sinceRecord = 0;
        for (String field : record) {
            if (field.length() > maxField) {
                throw new CsvFormatException(recordLine, "a field is longer than " + maxField + " characters");
            }
        }
        return record.toList();
    }

    /** The first line after the last record that is not empty: the parser skips empty lines silently. */
    private int nextRecordLine() {
        return lines.blank.nextClearBit((int) lastLine + 1);
    }

    private void open() throws IOException {
        BufferedReader in = new BufferedReader(lines, LOOK_AHEAD);
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(in)).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setTrailingData(true).get();
        parser = CSVParser.builder().setReader(in).setFormat(format).get();
        records = parser.iterator();
    }

    /** The first comma or semicolon outside quotes in the first few kilobytes (the header), else a comma. */
    private static char separator(BufferedReader in) throws IOException {
        in.mark(LOOK_AHEAD);
        try {
            boolean quoted = false;
            for (int i = 0; i < LOOK_AHEAD; i++) {
                int c = in.read();
                if (c == -1) {
                    break;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == ',' || c == ';')) {
                    return (char) c;
                }
            }
            return ',';
        } finally {
            in.reset();
        }
    }

    /** Counts the input's lines as the parser does (CR, LF or CRLF ends one) and notes which are empty. */
    private static final class LineMarks extends FilterReader {

        private final BitSet blank = new BitSet();
        private final long maxRecord;
        /** Characters read since the last record was returned: one huge field is refused before it is all read. */
        long sinceRecord;
        private int line = 1;
        private boolean empty = true;
        private boolean afterCr;

        LineMarks(Reader in, long maxRecord) {
            super(in);
            this.maxRecord = maxRecord;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c != -1) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) {
            if (++sinceRecord > maxRecord) {
                throw new RecordTooLong();
            }
            boolean crlf = afterCr && c == '\n';
            afterCr = c == '\r';
            if (crlf) {
                return;
            }
            if (c == '\r' || c == '\n') {
                if (empty) {
                    blank.set(line);
                }
                line++;
                empty = true;
            } else {
                empty = false;
            }
        }
    }

    /** The input is not well-formed CSV. */
    /** Thrown from inside the parser's read; {@link #next} turns it into a format error with the record's line. */
    private static final class RecordTooLong extends RuntimeException {
        RecordTooLong() {
            super(null, null, false, false);
        }
    }

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
