package fr.parlonsen.export;

import java.util.List;

/**
 * Style identifiers the DOCX writer uses; the model file must define them (Word shows the
 * built-in ones under their French names: « Titre », « Titre 1 », « Liste à puces »…).
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING1 = "Heading1";
    static final String HEADING2 = "Heading2";
    static final String LIST_BULLET = "ListBullet";
    static final String SOURCE = "Source";
    static final String CAPTION = "Caption";
    static final String AUTHORITY = "Autorite";
    static final String TABLE = "TableGrid";

    static final List<String> REQUIRED = List.of(NORMAL, TITLE, SUBTITLE, HEADING1, HEADING2, LIST_BULLET,
            SOURCE, CAPTION, AUTHORITY, TABLE);

    private DocxStyles() {
    }
}
