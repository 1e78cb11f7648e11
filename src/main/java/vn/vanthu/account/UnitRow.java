package vn.vanthu.account;

/**
 * One row of an imported unit list, as read.
 *
 * @param row the row number as the spreadsheet shows it
 * @param name the unit's name
 * @param code its short code
 * @param emails its addresses, separated by {@code ;} or {@code ,}
 * @param headName the head's full name
 * @param kind the kind ({@code SCHOOL}, {@code OFFICE}, … or the Vietnamese word), may be blank
 * @param organId the edXML OrganId, may be blank
 * @param parentCode the code of the unit above it, may be blank for the import's parent
 */
public record UnitRow(
        int row,
        String name,
        String code,
        String emails,
        String headName,
        String kind,
        String organId,
        String parentCode) {}
