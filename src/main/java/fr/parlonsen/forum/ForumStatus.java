package fr.parlonsen.forum;

/** draft → published → held; cancelled (with a reason) from draft or published. */
public enum ForumStatus {
    DRAFT("draft", "Brouillon"),
    PUBLISHED("published", "Publié"),
    HELD("held", "Tenu"),
    CANCELLED("cancelled", "Annulé");

    public final String code;
    public final String label;

    ForumStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static ForumStatus fromCode(String code) {
        for (ForumStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
