package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.schools.ExportFormat;
import fr.normandie.ecoles.funding.FileContent;
import jakarta.ws.rs.core.Response;

/** Generated files as HTTP answers: their media type, and a name to save them under. */
final class Downloads {

    private Downloads() {
    }

    /** Opens in the browser when it can (a PDF), saved under its name otherwise. */
    static Response inline(FileContent file) {
        return answer(file, "inline");
    }

    static Response attachment(FileContent file) {
        return answer(file, "attachment");
    }

    /** @throws IllegalArgumentException for a format other than csv or xlsx (400) */
    static ExportFormat format(String extension) {
        return ExportFormat.ofExtension(extension).orElseThrow(() -> new IllegalArgumentException(
                "Format d'export inconnu : " + extension + " (attendu : csv ou xlsx)."));
    }

    private static Response answer(FileContent file, String disposition) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + file.fileName() + "\"").build();
    }
}
