package fr.normandie.ecoles.app.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the refusals the container makes itself, before JAX-RS sees the request (a missing or
 * wrong credential: 401; a malformed request: 400; a method or a type the container refuses: 405, 415):
 * under {@code /api/} a problem detail, as every other refusal of the API; elsewhere a short French page.
 * Declared for these statuses in {@code web.xml}.
 */
@WebServlet("/errors/refusal")
public class ContainerRefusals extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer known ? known : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = ProblemMapper.frenchDetail(status);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.of(status, title(status), detail).toJson());
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
                    + title(status) + "</title></head><body><h1>" + title(status) + "</h1><p>" + detail
                    + "</p><p><a href=\"" + request.getContextPath() + "/\">Retour à l’accueil</a></p></body></html>");
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 401 -> "Authentification requise";
            case 405 -> "Méthode refusée";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Type de contenu refusé";
            default -> "Requête incorrecte";
        };
    }
}
