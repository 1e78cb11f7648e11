package vn.vanthu.extraction;

import java.util.List;

/**
 * A table to print, such as a register: a title page, then the rows under a header repeated on every page.
 *
 * @param organization the organization's name, printed at the top of the title page
 * @param title the title in capitals ("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")
 * @param subtitleLines lines under the title ("Năm 2026", "Từ số 1 đến số 120")
 * @param columns the columns, left to right
 * @param rows the cells of each row, one per column
 */
public record PrintedTable(
        String organization, String title, List<String> subtitleLines, List<Column> columns, List<List<String>> rows) {

    public PrintedTable {
        subtitleLines = List.copyOf(subtitleLines);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A column.
     *
     * @param header the header text
     * @param weight its share of the page width, relative to the other columns
     */
    public record Column(String header, float weight) {}
}
