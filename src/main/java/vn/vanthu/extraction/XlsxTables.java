package vn.vanthu.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an Excel workbook, the spreadsheet twin of {@link PdfTableRenderer}: the organization and the
 * title in bold on the first two rows, the column headers on the fourth, then the rows; column widths follow the
 * columns' weights.
 */
public final class XlsxTables {

    private XlsxTables() {}

    public static byte[] write(
            String sheetName,
            String organization,
            String title,
            List<PrintedTable.Column> columns,
            List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            cell(sheet.createRow(0), 0, organization, bold);
            cell(sheet.createRow(1), 0, title, bold);
            Row header = sheet.createRow(3);
            for (int i = 0; i < columns.size(); i++) {
                cell(header, i, columns.get(i).header(), bold);
                sheet.setColumnWidth(i, (int) Math.min(255 * 256, columns.get(i).weight() * 700));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(4 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    cell(row, c, rows.get(r).get(c), null);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
