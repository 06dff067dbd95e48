package fr.normandie.ecoles.schools;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of documents a project's file accepts, as recognised from their content: PDF, images and
 * office files. Each has its media type, the extensions its files carry and a French name.
 */
public enum DocumentType {
    PDF("application/pdf", "document PDF", "pdf"),
    PNG("image/png", "image PNG", "png"),
    JPEG("image/jpeg", "image JPEG", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document Word", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "classeur Excel", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "texte OpenDocument", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "classeur OpenDocument", "ods"),
    DOC("application/msword", "document Word 97-2003", "doc"),
    XLS("application/vnd.ms-excel", "classeur Excel 97-2003", "xls");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    DocumentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type's name in French, as users read it. */
    public String label() {
        return label;
    }

    /**
     * The file name under which the document is handed back: the given one when its extension fits the
     * content, else the given one with the right extension added, so that no program opens the file as
     * something it is not.
     */
    public String fileNameFor(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extensions.contains(extension) ? name : name + "." + extensions.get(0);
    }
}
