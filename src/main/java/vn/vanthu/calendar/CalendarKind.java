package vn.vanthu.calendar;

/** Whose work calendar it is. */
public enum CalendarKind {
    /** The head's (lịch công tác của thủ trưởng, lãnh đạo). */
    HEAD,
    /** The unit's (lịch công tác của cơ quan, đơn vị). */
    UNIT
}
