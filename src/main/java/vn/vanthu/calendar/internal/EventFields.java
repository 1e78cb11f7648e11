package vn.vanthu.calendar.internal;

/**
 * The text fields of a calendar event, cut to their columns.
 *
 * @param title what
 * @param place where
 * @param participants who takes part
 * @param preparedBy who prepares
 * @param notes notes
 */
public record EventFields(String title, String place, String participants, String preparedBy, String notes) {

    public EventFields {
        title = cut(title, 1000);
        place = cut(place, 500);
        participants = cut(participants, 1000);
        preparedBy = cut(preparedBy, 500);
        notes = cut(notes, 2000);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
