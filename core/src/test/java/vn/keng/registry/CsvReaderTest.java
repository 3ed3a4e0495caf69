package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> read(String csv, int maxField) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv), maxField);
        List<List<String>> records = new ArrayList<>();
        List<String> record;
        while ((record = reader.next()) != null) {
            records.add(record);
        }
        return records;
    }

    private static List<List<String>> read(String csv) throws IOException {
        return read(csv, 300);
    }

    @Test
    void plainFieldsAreTrimmed() throws IOException {
        assertThat(read("name,phone\n Nguyễn Văn An , 0912345678\n"))
                .containsExactly(List.of("name", "phone"), List.of("Nguyễn Văn An", "0912345678"));
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws IOException {
        List<List<String>> records = read("a,b,c\n\"Xóm 1, Thôn 3\",\"say \"\"OK\"\"\",\"line one\nline two\"\nx,y,z\n");

        assertThat(records).containsExactly(List.of("a", "b", "c"),
                List.of("Xóm 1, Thôn 3", "say \"OK\"", "line one\nline two"), List.of("x", "y", "z"));
    }

    @Test
    void recordLinesCountTheLineBreaksInsideQuotedFields() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("h1,h2\n\"a\nb\nc\",d\ne,f\n"), 300);

        reader.next();
        assertThat(reader.recordLine()).isEqualTo(1);
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("e", "f");
        assertThat(reader.recordLine()).isEqualTo(5);
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() throws IOException {
        assertThat(read("\uFEFFname,phone\nAn,0912345678")).first().isEqualTo(List.of("name", "phone"));
    }

    @Test
    void crlfLineEndsAndBlankLinesAreHandled() throws IOException {
        assertThat(read("a,b\r\n1,2\r\n\r\n3,4\r\n"))
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThem() throws IOException {
        assertThat(read("ho_ten;dia_chi\nLê Thị Bình;Xóm 2, Thôn Đồng Tâm\n"))
                .containsExactly(List.of("ho_ten", "dia_chi"), List.of("Lê Thị Bình", "Xóm 2, Thôn Đồng Tâm"));
    }

    @Test
    void emptyFieldsAndAMissingLastLineBreakAreKept() throws IOException {
        assertThat(read("a,b,c\n1,,\n,2,")).containsExactly(List.of("a", "b", "c"), List.of("1", "", ""),
                List.of("", "2", ""));
    }

    @Test
    void anOversizeFieldStopsTheReadWithItsLine() {
        String csv = "a,b\n1,2\n3," + "x".repeat(11) + "\n";

        assertThatThrownBy(() -> read(csv, 10))
                .isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("longer than 10");
    }

    @Test
    void anOversizeQuotedFieldIsCaughtToo() {
        String csv = "a\n\"" + "y".repeat(50) + "\"\n";

        assertThatThrownBy(() -> read(csv, 10))
                .isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void aHugeFieldIsRefusedWithoutReadingItAll() {
        long[] consumed = {0};
        java.io.Reader endless = new java.io.Reader() { // a quoted field that never ends: 100 million characters
            @Override
            public int read(char[] buffer, int offset, int length) {
                if (consumed[0] == 0) {
                    buffer[offset] = '"';
                    consumed[0] = 1;
                    return 1;
                }
                if (consumed[0] >= 100_000_000L) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + length, 'z');
                consumed[0] += length;
                return length;
            }

            @Override
            public void close() {
            }
        };
        CsvReader reader = new CsvReader(endless, 300);

        assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvReader.CsvFormatException.class,
                e -> assertThat(e.line()).isEqualTo(1)).hasMessageContaining("longer than");
        assertThat(consumed[0]).as("characters read before refusing").isLessThan(200_000L);
    }

    @Test
    void anUnclosedQuoteIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> read("a,b\n1,2\n\"open,3\n"))
                .isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("not closed");
    }

    @Test
    void aByteOrderMarkBeforeASemicolonHeaderIsDroppedAndTheSemicolonSeparates() throws IOException {
        assertThat(read("\uFEFFho_ten;dia_chi\r\nAn;Xóm 1, Thôn 2\r\n"))
                .containsExactly(List.of("ho_ten", "dia_chi"), List.of("An", "Xóm 1, Thôn 2"));
    }

    @Test
    void theFirstSeparatorOutsideQuotesDecides() throws IOException {
        assertThat(read("\"name, full\";address\nAn;Xóm 1, Thôn 2\n"))
                .containsExactly(List.of("name, full", "address"), List.of("An", "Xóm 1, Thôn 2"));
    }

    @Test
    void quotedFieldsKeepTheirSpacesAndTextAfterAClosingQuoteIsKept() throws IOException {
        assertThat(read("a,b,c\n\" x \", y ,\"ab\"cd\n"))
                .containsExactly(List.of("a", "b", "c"), List.of(" x ", "y", "abcd"));
    }

    @Test
    void recordLinesCountBlankLinesAndCrlfInsideQuotedFields() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("\r\nh1,h2\r\n\r\n\r\n\"a\r\nb\",c\r\n\r\nd,e"), 300);

        reader.next();
        assertThat(reader.recordLine()).isEqualTo(2);
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(5);
        assertThat(reader.next()).containsExactly("d", "e");
        assertThat(reader.recordLine()).isEqualTo(8);
        assertThat(reader.next()).isNull();
    }

    @Test
    void anUnclosedQuoteAfterBlankLinesAndAMultiLineRecordReportsTheLineItOpensOn() {
        assertThatThrownBy(() -> read("a,b\n\"1\n2\",3\n\n\n4,\"open\n5,6\n"))
                .isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(6))
                .hasMessage("a quoted field is not closed");
    }

    @Test
    void aFieldOfExactlyTheLimitIsAccepted() throws IOException {
        assertThat(read("a\n" + "x".repeat(10) + "\n", 10)).last().isEqualTo(List.of("x".repeat(10)));
    }
}
