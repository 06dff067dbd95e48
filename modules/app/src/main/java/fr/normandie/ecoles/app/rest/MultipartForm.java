package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.DocumentTooLargeException;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.ws.rs.core.EntityPart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} request read into its text fields and its files ({@code file} parts). A
 * file is read no further than the size limit: beyond it the request is refused without holding the rest.
 * The request as a whole is bounded before it is parsed ({@link UploadLimit}, {@link UploadLimit#maxRequestSize(long)}).
 */
final class MultipartForm {

    static final String FILE = "file";
    static final int MAX_TEXT = 1 << 20;

    private final Map<String, String> texts = new HashMap<>();
    private final List<Attachment> files = new ArrayList<>();

    private MultipartForm() {
    }

    static MultipartForm read(List<EntityPart> parts, long maxFileSize) {
        MultipartForm form = new MultipartForm();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getName().equals(FILE)) {
                String name = part.getFileName().map(MultipartForm::asUtf8).orElse(null);
                byte[] content = bytes(part, maxFileSize);
                if (content.length > maxFileSize) {
                    throw new DocumentTooLargeException(name == null ? "sans nom" : name, maxFileSize);
                }
                form.files.add(new Attachment(name, null, content));
            } else {
                byte[] text = bytes(part, MAX_TEXT);
                if (text.length > MAX_TEXT) {
                    throw new InvalidInputException(part.getName(), "Ce champ ne doit pas dépasser 1 Mo.");
                }
                StrictRequestBodies.requireUtf8(text);
                form.texts.put(part.getName(), new String(text, StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(texts.get(name)).filter(text -> !text.isBlank());
    }

    List<Attachment> files() {
        return List.copyOf(files);
    }

    /**
     * Browsers send a file's name as UTF-8 bytes, which the multipart parser reads as ISO-8859-1: read such
     * a name again as UTF-8, when its bytes are valid UTF-8.
     */
    static String asUtf8(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name; // a name really written in ISO-8859-1
        }
    }

    /** At most {@code limit + 1} bytes: enough to tell that the part is too long. */
    private static byte[] bytes(EntityPart part, long limit) {
        try (InputStream content = part.getContent()) {
            return content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new IllegalArgumentException("La partie « " + part.getName() + " » de la requête n'a pas pu être lue.");
        }
    }
}
