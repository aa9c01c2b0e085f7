package org.childsafe.lessons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells are quoted and cannot start a spreadsheet formula (CSV injection). */
class CsvTest {

    @Test
    void prefixesCellsThatASpreadsheetWouldReadAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(Csv.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.cell("\tx")).isEqualTo("\"'\tx\"");
    }

    @Test
    void quotesEveryCellAndDoublesInnerQuotes() {
        assertThat(Csv.row(Arrays.asList("Nguyễn \"Lan\"", 57.1, null))).isEqualTo("\"Nguyễn \"\"Lan\"\"\",\"57.1\",\"\"\r\n");
        assertThat(Csv.row(List.of("a,b"))).isEqualTo("\"a,b\"\r\n");
    }
}
