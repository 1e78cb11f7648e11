package vn.vanthu.account.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.vanthu.account.UnitRow;
import vn.vanthu.account.Usernames;

/**
 * Reads a unit list from CSV (comma or semicolon, UTF-8, quotes as RFC 4180) or XLSX (first sheet). The first row
 * names the columns, in Vietnamese or English, in any order.
 */
final class UnitListReader {

    private static final Map<String, String> HEADERS = headers();

    private UnitListReader() {}

    /** The rows of the file; throws {@link IllegalArgumentException} when the file or its header is unusable. */
    static List<UnitRow> read(String fileName, byte[] bytes) {
        List<List<String>> table =
                fileName != null && fileName.toLowerCase().endsWith(".xlsx") ? xlsx(bytes) : csv(bytes);
        if (table.isEmpty()) {
            throw new IllegalArgumentException("Tệp không có dòng nào.");
        }
        Map<String, Integer> columns = columns(table.get(0));
        for (String required : List.of("name", "code", "headName")) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(
                        "Thiếu cột bắt buộc: " + required + " (Tên đơn vị, Mã đơn vị, Thủ trưởng)");
            }
        }
        List<UnitRow> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new UnitRow(
                    i + 1,
                    cell(cells, columns, "name"),
                    cell(cells, columns, "code"),
                    cell(cells, columns, "email"),
                    cell(cells, columns, "headName"),
                    cell(cells, columns, "kind"),
                    cell(cells, columns, "organId"),
                    cell(cells, columns, "parentCode")));
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = HEADERS.get(Usernames.fromFullName(header.get(i)));
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        return columns;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String key) {
        Integer index = columns.get(key);
        return index == null || index >= cells.size() ? "" : cells.get(index).trim();
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Không đọc được tệp Excel: " + e.getMessage());
        }
    }

    /** RFC 4180 with the separator guessed from the header line; a byte-order mark is skipped. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lineEnd = text.indexOf('\n');
        String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
        char separator = first.chars().filter(c -> c == ';').count()
                        > first.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Tệp CSV có dấu ngoặc kép chưa đóng.");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            table.add(row);
        }
        return table;
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String s : List.of("name", "ten", "tendonvi", "tencoquan")) h.put(s, "name");
        for (String s : List.of("code", "ma", "madonvi", "viettat", "kyhieu")) h.put(s, "code");
        for (String s : List.of("email", "emails", "thudientu", "diachithu", "diachiemail")) h.put(s, "email");
        for (String s : List.of("headname", "head", "thutruong", "hieutruong", "nguoidungdau", "hotenthutruong"))
            h.put(s, "headName");
        for (String s : List.of("kind", "loai", "loaidonvi")) h.put(s, "kind");
        for (String s : List.of("organid", "madinhdanh")) h.put(s, "organId");
        for (String s : List.of("parentcode", "parent", "macaptren", "madonvicaptren", "captren"))
            h.put(s, "parentCode");
        return Map.copyOf(h);
    }
}
